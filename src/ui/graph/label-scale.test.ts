import { describe, expect, it } from 'vitest';
import { LANE_ROW_PX, PRESENTER_LABEL_SCALE, scaledLabel } from './label-scale';
import { estimateWidth, LABEL_FONT_PX, reservedWidth } from './label-text';

// In tests there is no canvas: labels are measured with estimateWidth (6.6 px a character at 12 px, 7.425 at 13.5).
const s = PRESENTER_LABEL_SCALE;
const LONG = 'The keeper climbs the lighthouse stairs at dawn';

describe('presenter labels: up to two lines at a larger font', () => {
  const titles = [LONG, 'Dawn', 'Mara reads the letter twice', 'Anextraordinarilylongsingleword here'];

  it('two lines of the larger font fit a lane row, so labels of neighbouring rows never meet', () => {
    expect(2 * LABEL_FONT_PX * s).toBeLessThanOrEqual(LANE_ROW_PX);
    expect(s).toBeGreaterThan(1.1);
  });

  it('keep every line inside the room the layout reserved, measured at the larger font', () => {
    for (const title of titles) {
      const lines = scaledLabel(title, '⚠2', s).split('\n');
      expect(lines.length, title).toBeLessThanOrEqual(2);
      for (const line of lines) expect(estimateWidth(line) * s, line).toBeLessThanOrEqual(reservedWidth(title) + 0.001);
    }
  });

  it('show a long title over two lines, far more than ten characters of it, and keep the badge', () => {
    // 120 px hold 16 characters at 7.425 px: "The keeper" (the next word does not fit), then the rest shortened (badge kept).
    expect(scaledLabel(LONG, '⚠2', s)).toBe('The keeper\nclimbs the l… ⚠2');
    expect(scaledLabel(LONG, '', s)).toBe('The keeper\nclimbs the ligh…');
    expect(scaledLabel('Mara reads the letter twice', '', s)).toBe('Mara reads the\nletter twice');
    // A short title has the layout's minimum room (48 px): 4 characters at 7.425 px fit.
    expect(scaledLabel('Dawn', '', s)).toBe('Dawn');
  });
});
