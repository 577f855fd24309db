import { describe, expect, it } from 'vitest';
import { estimateWidth, summedMeasure, wrapLabel } from './label-text';

/** Each character 10 px wide: easy to reason about. */
const tenPx = (t: string): number => t.length * 10;

describe('event labels beside the node', () => {
  it('keeps a short title on one line as it is', () => {
    expect(wrapLabel('The barometer falls', '', 300, tenPx)).toBe('The barometer falls');
  });

  it('wraps a longer title at a word boundary onto a second line, each line within the width', () => {
    const label = wrapLabel('Elin feeds a gull with a broken wing', '', 200, tenPx);
    const lines = label.split('\n');
    expect(lines).toEqual(['Elin feeds a gull', 'with a broken wing']);
    for (const l of lines) expect(tenPx(l)).toBeLessThanOrEqual(200);
  });

  it('shortens what does not fit two lines with an ellipsis, keeping the conflict badge', () => {
    const label = wrapLabel('On the anniversary, Elin climbs to the lamp room alone', '⚠2', 150, tenPx);
    const lines = label.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('… ⚠2')).toBe(true);
    for (const l of lines) expect(tenPx(l)).toBeLessThanOrEqual(150);
  });

  it('cuts a single word longer than a line', () => {
    const label = wrapLabel('Supercalifragilisticexpialidocious', '', 100, tenPx);
    for (const l of label.split('\n')) expect(tenPx(l)).toBeLessThanOrEqual(100);
    expect(label.startsWith('Supercali')).toBe(true);
  });

  it('estimates widths generously when nothing can measure', () => {
    expect(estimateWidth('abcdefghij')).toBeGreaterThanOrEqual(55);
  });

  it('measures a label as the sum of its characters, asking the canvas once per character', () => {
    const asked: string[] = [];
    // Widths that differ per character, astral ones (an emoji) included.
    const canvas = (t: string): number => {
      asked.push(t);
      return t === '\u{1F30A}' ? 16 : t === 'é' ? 7 : t.charCodeAt(0) % 5 + 3;
    };
    const measure = summedMeasure(canvas);
    const each = (t: string): number => [...t].reduce((sum, c) => sum + (c === '\u{1F30A}' ? 16 : c === 'é' ? 7 : c.charCodeAt(0) % 5 + 3), 0);
    for (const text of ['Storm #1', 'Storm #2 \u{1F30A}', 'Café \u{1F30A}\u{1F30A}', '']) expect(measure(text)).toBe(each(text));
    expect(asked.filter((t) => t === 'S')).toHaveLength(1);
    expect(asked.filter((t) => t === '\u{1F30A}')).toHaveLength(1);
    expect(asked.every((t) => [...t].length === 1)).toBe(true);
  });
});
