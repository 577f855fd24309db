import { LABEL_FONT_PX, measureLabel, oneLineLabel, reservedWidth } from './label-text';

/**
 * Presenter view draws canvas labels this much larger (15 px in model units instead of
 * 12), on ONE line: two lines of 15 px (with Cytoscape's label margin) are taller than the
 * lane layout's row (rowPx 28), so labels of neighbouring rows would run together. One
 * line leaves a clear gap; the whole title is in the tooltip. The lane layout is not redone.
 */
export const PRESENTER_LABEL_SCALE = 15 / LABEL_FONT_PX;

let scale = 1;

/** The label scale the canvas draws with now (1 outside presenter view). */
export function labelScale(): number {
  return scale;
}

/** Sets the label scale; the caller restyles the canvas (cy.style().update()). */
export function setLabelScale(next: number): void {
  scale = next;
}

const shortened = new Map<string, string>();

/**
 * A title (and its badge) on one line at a font `s` times the normal one, within the same
 * room the lane layout reserved for it: text width grows with the font, so a long title
 * is shortened with an ellipsis. Cached per title, badge and scale.
 */
export function scaledLabel(title: string, badge: string, s: number): string {
  const key = `${s}|${badge}|${title}`;
  let text = shortened.get(key);
  if (text === undefined) {
    text = oneLineLabel(title, badge, reservedWidth(title), (t) => measureLabel(t) * s);
    if (shortened.size > 20_000) shortened.clear();
    shortened.set(key, text);
  }
  return text;
}
