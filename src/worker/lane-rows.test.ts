import { describe, expect, it } from 'vitest';
import { rowsKept } from './lane-rows';

describe('rowsKept', () => {
  it('keeps a lane whose events still use its rows, and grows it when they need more', () => {
    expect(rowsKept(4, 4, 0)).toBe(4);
    expect(rowsKept(5, 4, 0)).toBe(5);
    expect(rowsKept(5, 4, 3)).toBe(5);
    expect(rowsKept(3, 0, 0)).toBe(3);
  });

  it('gives back empty rows once an event has left the lane', () => {
    expect(rowsKept(3, 4, 1)).toBe(3);
    expect(rowsKept(6, 8, 40)).toBe(6);
  });

  it('keeps rows emptied by events moving within the lane while they are few', () => {
    expect(rowsKept(3, 4, 0)).toBe(4);
    expect(rowsKept(6, 8, 0)).toBe(8);
  });

  it('gives back two or more empty rows once they are more than a quarter of the lane, however they fell empty', () => {
    expect(rowsKept(5, 7, 0)).toBe(5);
    expect(rowsKept(4, 20, 0)).toBe(4);
  });
});
