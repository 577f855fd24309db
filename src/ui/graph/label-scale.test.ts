import { describe, expect, it } from 'vitest';
import { scaledLabel } from './label-scale';
import { estimateWidth, reservedWidth } from './label-text';

// In tests there is no canvas: labels are measured with estimateWidth (6.6 px a character at 12 px, 9.9 at 1.5 times).
describe('presenter labels: one line at a larger font', () => {
  const titles = ['The keeper climbs the lighthouse stairs at dawn', 'Dawn', 'Mara reads the letter twice', 'Anextraordinarilylongsingleword here'];

  it('stay on one line inside the room the layout reserved, measured at the larger font', () => {
    for (const title of titles) {
      const label = scaledLabel(title, '⚠2', 1.5);
      expect(label).not.toContain('\n');
      expect(estimateWidth(label) * 1.5, label).toBeLessThanOrEqual(reservedWidth(title) + 0.001);
    }
  });

  it('shorten a long title with an ellipsis, keep the badge, and leave a short one whole', () => {
    // 120 px hold 12 characters at 9.9 px: "The keep…" (9) and " ⚠2" (3).
    expect(scaledLabel('The keeper climbs the lighthouse stairs at dawn', '⚠2', 1.5)).toBe('The keep… ⚠2');
    expect(scaledLabel('The keeper climbs the lighthouse stairs at dawn', '', 1.5)).toBe('The keeper…');
    // A short title has the layout's minimum room (48 px): 4 characters at 9.9 px fit.
    expect(scaledLabel('Dawn', '', 1.5)).toBe('Dawn');
  });
});
