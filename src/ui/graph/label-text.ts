/**
 * Event labels drawn beside their nodes: at most two lines of LABEL_WIDTH model px,
 * shortened with an ellipsis after that (the whole title is in the tooltip and the
 * Inspector). The worker's lane layout reserves the same width (lane-layout.ts,
 * labelPx), so labels on one row never run into each other.
 */
export const LABEL_FONT_PX = 12;
export const LABEL_WIDTH = 120;
export const LABEL_FONT = `${LABEL_FONT_PX}px Inter, "Segoe UI", system-ui, sans-serif`;

/**
 * The width the worker's lane layout reserves for a title's label (lane-layout.ts,
 * labelWidth, with the same constants): the label is wrapped into it.
 */
export function reservedWidth(title: string): number {
  return Math.min(LABEL_WIDTH, Math.max(48, title.length * 7));
}

export type Measure = (text: string) => number;

/** A generous estimate where no canvas can measure (tests, workers). */
export const estimateWidth: Measure = (text) => text.length * LABEL_FONT_PX * 0.55;

/**
 * A text's width as the sum of its characters' advances, each measured once by `measureOne`.
 * Why not measure each label whole: opening a 20,000-event story wrapped every title with a
 * few canvas measurements each, 0.7 s of measureText in one main-thread task. A sum leaves
 * out kerning, which moves a pair of letters by a fraction of a pixel in the label font.
 */
export function summedMeasure(measureOne: Measure): Measure {
  const ascii = new Float64Array(128).fill(-1);
  const other = new Map<number, number>();
  return (text) => {
    let width = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (unit < 128) {
        let w = ascii[unit]!;
        if (w < 0) ascii[unit] = w = measureOne(String.fromCharCode(unit));
        width += w;
        continue;
      }
      const point = text.codePointAt(i)!;
      if (point > 0xffff) i++;
      let w = other.get(point);
      if (w === undefined) other.set(point, (w = measureOne(String.fromCodePoint(point))));
      width += w;
    }
    return width;
  };
}

let canvasMeasure: Measure | null | undefined;

/** Text width in the canvas's label font: each character measured once by a 2D context (see summedMeasure). */
export function measureLabel(text: string): number {
  if (canvasMeasure === undefined) {
    const ctx = typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
    if (ctx) {
      ctx.font = LABEL_FONT;
      canvasMeasure = summedMeasure((t) => ctx.measureText(t).width);
    } else canvasMeasure = null;
  }
  return (canvasMeasure ?? estimateWidth)(text);
}

/** The longest prefix of `text` (ending with '…') that fits `width`. */
function ellipsize(text: string, width: number, measure: Measure): string {
  if (measure(text) <= width) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (measure(`${text.slice(0, mid).trimEnd()}…`) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo).trimEnd()}…`;
}

/** The title on one line of `width`, shortened with an ellipsis when longer; `suffix` (a badge) stays visible at the end. */
export function oneLineLabel(title: string, suffix = '', width = LABEL_WIDTH, measure: Measure = measureLabel): string {
  const tail = suffix ? ` ${suffix}` : '';
  const text = title.trim().split(/\s+/).join(' ');
  if (measure(text + tail) <= width) return text + tail;
  return `${ellipsize(text, width - measure(`…${tail}`) + measure('…'), measure)}${tail}`;
}

/**
 * The title broken into at most two lines of `width` at word boundaries, the second
 * shortened with an ellipsis when the title is longer; `suffix` (a conflict badge)
 * always stays visible at the end.
 */
export function wrapLabel(title: string, suffix = '', width = LABEL_WIDTH, measure: Measure = measureLabel): string {
  const words = title.trim().split(/\s+/);
  const tail = suffix ? ` ${suffix}` : '';
  const whole = words.join(' ') + tail;
  if (measure(whole) <= width) return whole;
  let first = '';
  let i = 0;
  while (i < words.length) {
    const next = first ? `${first} ${words[i]}` : words[i]!;
    if (measure(next) > width) break;
    first = next;
    i++;
  }
  // A single word wider than a line: cut it.
  if (i === 0) return `${ellipsize(words[0]!, width, measure)}\n${ellipsize(words.slice(1).join(' '), width - measure(tail), measure)}${tail}`.trimEnd();
  const rest = words.slice(i).join(' ');
  if (measure(rest + tail) <= width) return `${first}\n${(rest + tail).trim()}`;
  return `${first}\n${ellipsize(rest, width - measure(`…${tail}`) + measure('…'), measure)}${tail}`;
}
