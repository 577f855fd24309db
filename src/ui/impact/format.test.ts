import { describe, expect, it } from 'vitest';
import { impactDelta, impactPercent, impactTier, scaleTotal } from './format';

describe('numbers in the Impact panel', () => {
  it('writes impacts as percentages with one decimal', () => {
    expect(impactPercent(0.4213)).toBe('42.1%');
    expect(impactPercent(0.05)).toBe('5.0%');
    expect(impactPercent(1)).toBe('100.0%');
  });

  it('writes per-scale totals with two decimals, also above 1', () => {
    expect(scaleTotal(2.345)).toBe('2.35');
    expect(scaleTotal(0)).toBe('0.00');
  });

  it('shows what a what-if changes in percentage points, and nothing for no change', () => {
    expect(impactDelta(0.42, 0.7)).toBe('+28.0');
    expect(impactDelta(0.42, 0.3)).toBe('−12.0');
    expect(impactDelta(0.42, 0.42)).toBe('');
  });

  it('tints in five steps, the weakest reach still visible', () => {
    expect(impactTier(0.05)).toBe(1);
    expect(impactTier(0.2)).toBe(1);
    expect(impactTier(0.21)).toBe(2);
    expect(impactTier(0.99)).toBe(5);
  });
});
