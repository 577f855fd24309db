import { describe, expect, it } from 'vitest';
import { intensityTick } from './intensity-tick';

describe('intensity axis ticks', () => {
  it('label each gridline with its own value, not one rounded to a tenth', () => {
    expect([0, 0.25, 0.5, 0.75, 1].map(intensityTick)).toEqual(['0', '0.25', '0.5', '0.75', '1']);
  });

  it('drop the floating-point noise of ticks a chart adds up (0.1 + 0.2)', () => {
    expect(intensityTick(0.1 + 0.2)).toBe('0.3');
  });
});
