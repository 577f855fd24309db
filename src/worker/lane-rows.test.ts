import { describe, expect, it } from 'vitest';
import { rowsKept } from './lane-rows';

describe('rowsKept', () => {
  it('keeps a lane whose events still use its rows, and grows it when they need more', () => {
    expect(rowsKept(4, 4)).toBe(4);
    expect(rowsKept(5, 4)).toBe(5);
    expect(rowsKept(3, 0)).toBe(3);
  });

  it('keeps one empty row, and empty rows that are at most a quarter of the lane', () => {
    expect(rowsKept(3, 4)).toBe(4);
    expect(rowsKept(6, 8)).toBe(8);
  });

  it('gives back two or more empty rows once they are more than a quarter of the lane', () => {
    expect(rowsKept(5, 7)).toBe(5);
    expect(rowsKept(4, 20)).toBe(4);
  });
});
