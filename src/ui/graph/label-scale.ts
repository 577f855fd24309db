import { LABEL_FONT_PX, measureLabel, reservedWidth, wrapLabel } from './label-text';

/**
 * Presenter view draws canvas labels this much larger in model units (13.5 px instead of 12),
 * and the fit zooms in until they are large on screen (graph-controller.ts). Why 13.5 and no
 * more: a label keeps up to two lines, and two lines of 13.5 px (27 px, line-height 1) still fit
 * the lane layout's row (LANE_ROW_PX), so labels of neighbouring rows never run together. At
 * 15 px only one line fitted, which cut most titles to ten characters. The lane layout is not
 * redone: each line still fits the room the layout reserved, measured at the larger font.
 */
export const PRESENTER_LABEL_SCALE = 13.5 / LABEL_FONT_PX;

/** The worker's lane layout row height (lane-layout.ts, rowPx): two label lines must fit it. */
export const LANE_ROW_PX = 28;

let scale = 1;

/** The label scale the canvas draws with now (1 outside presenter view). */
export function labelScale(): number {
  return scale;
}

/** Sets the label scale; the caller restyles the canvas (cy.style().update()). */
export function setLabelScale(next: number): void {
  scale = next;
}

const wrapped = new Map<string, string>();

/**
 * A title (and its badge) in at most two lines at a font `s` times the normal one, within the
 * same room the lane layout reserved for it: text width grows with the font, so a title breaks
 * sooner and a long one is shortened with an ellipsis on its second line. Cached per title,
 * badge and scale.
 */
export function scaledLabel(title: string, badge: string, s: number): string {
  const key = `${s}|${badge}|${title}`;
  let text = wrapped.get(key);
  if (text === undefined) {
    text = wrapLabel(title, badge, reservedWidth(title), (t) => measureLabel(t) * s);
    if (wrapped.size > 20_000) wrapped.clear();
    wrapped.set(key, text);
  }
  return text;
}

/**
 * The time ruler's and the lane headers' text in presenter view against their usual 11 px
 * (demo.css sets 16 px): the ruler spaces its ticks and the gutter fits its headers for it.
 */
export const PRESENTER_TEXT_SCALE = 16 / 11;
