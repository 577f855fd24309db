import { paintSquare, type PixelFrame } from './dot-raster';

/** A box of whole device pixels, [x, x + width) × [y, y + height). */
export interface PixelBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Where dot i goes: fills `out` with x0, y0, x1, y1 (device pixels), r, g, b and opacity,
 * and says whether it is painted at all.
 */
export type PlaceDot = (i: number, out: Float64Array) => boolean;

/** Numbers kept per dot: its box, colour and opacity as last painted (opacity 0: not painted). */
const FIELDS = 8;
const ALPHA = 7;

/** Above this share of the dots changed, painting all again is cheaper than finding what they covered. */
const MOST = 1 / 4;

/**
 * The pixels of the last frame of overview dots, kept so that the next frame of the same dots
 * in the same view paints again only the pixels where a dot changed (moved, took another
 * colour, came or went), with every dot over them in order. After an edit at the fitted view
 * of a 20,000-event story a few dozen dots change, and painting all of them again into a
 * cleared frame was a third of the frame's 40-60 ms. The result is the same pixels a full
 * painting gives (overview-dots' test compares them).
 */
export class DotFrame {
  readonly pixels: PixelFrame;
  /** 1 for a pixel being painted again. */
  readonly #mask: Uint8Array;
  /** The dot list and view of the last frame: another list or view is painted from scratch. */
  #list: object | null = null;
  #view: number[] = [];
  #painted = new Float64Array(0);
  readonly #next = new Float64Array(FIELDS);

  constructor(pixels: PixelFrame) {
    this.pixels = pixels;
    this.#mask = new Uint8Array(pixels.width * pixels.height);
  }

  /** Has the next frame painted from scratch (for tests comparing a frame painted in part with a whole one). */
  forget(): void {
    this.#list = null;
  }

  /**
   * Paints `count` dots of `list` placed by `place` in `view` (the numbers the placing depends
   * on besides each dot: transform, opacity, extent). Returns the box of pixels that may have
   * changed since the last frame, or null when none did.
   */
  paint(list: object, view: readonly number[], count: number, place: PlaceDot): PixelBox | null {
    if (list !== this.#list || count * FIELDS !== this.#painted.length || !sameNumbers(view, this.#view)) return this.#paintAll(list, view, count, place);
    const painted = this.#painted;
    const next = this.#next;
    const dirty: number[] = [];
    const most = Math.max(16, count * MOST);
    for (let i = 0; i < count; i++) {
      if (!place(i, next)) next.fill(0);
      const at = i * FIELDS;
      if (sameDot(painted, at, next)) continue;
      if (painted[at + ALPHA]! > 0) this.#pushBox(dirty, painted, at);
      if (next[ALPHA]! > 0) this.#pushBox(dirty, next, 0);
      painted.set(next, at);
      if (dirty.length > 8 * most) return this.#paintAll(list, view, count, place);
    }
    return dirty.length === 0 ? null : this.#repaint(dirty, count);
  }

  #paintAll(list: object, view: readonly number[], count: number, place: PlaceDot): PixelBox {
    const { width, height } = this.pixels;
    this.pixels.data.fill(0);
    const painted = (this.#painted = this.#painted.length === count * FIELDS ? this.#painted : new Float64Array(count * FIELDS));
    const next = this.#next;
    for (let i = 0; i < count; i++) {
      if (!place(i, next)) next.fill(0);
      painted.set(next, i * FIELDS);
      if (next[ALPHA]! > 0) paintSquare(this.pixels, next[0]!, next[1]!, next[2]!, next[3]!, next[4]!, next[5]!, next[6]!, next[7]!);
    }
    this.#list = list;
    this.#view = [...view];
    return { x: 0, y: 0, width, height };
  }

  /** The whole pixels a dot's box touches, inside the frame, as x0, y0, x1, y1 (none when empty). */
  #pushBox(dirty: number[], dots: Float64Array, at: number): void {
    const x0 = Math.max(0, Math.floor(dots[at]!));
    const y0 = Math.max(0, Math.floor(dots[at + 1]!));
    const x1 = Math.min(this.pixels.width, Math.ceil(dots[at + 2]!));
    const y1 = Math.min(this.pixels.height, Math.ceil(dots[at + 3]!));
    if (x0 < x1 && y0 < y1) dirty.push(x0, y0, x1, y1);
  }

  /** Clears the pixels of the boxes, paints every dot over them again in order, and returns their bounding box. */
  #repaint(dirty: readonly number[], count: number): PixelBox | null {
    const { data, width } = this.pixels;
    const mask = this.#mask;
    let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let k = 0; k < dirty.length; k += 4) {
      const [x0, y0, x1, y1] = [dirty[k]!, dirty[k + 1]!, dirty[k + 2]!, dirty[k + 3]!];
      for (let y = y0; y < y1; y++) {
        mask.fill(1, y * width + x0, y * width + x1);
        data.fill(0, 4 * (y * width + x0), 4 * (y * width + x1));
      }
      left = Math.min(left, x0);
      top = Math.min(top, y0);
      right = Math.max(right, x1);
      bottom = Math.max(bottom, y1);
    }
    if (left >= right) return null;
    const painted = this.#painted;
    for (let i = 0; i < count; i++) {
      const at = i * FIELDS;
      if (painted[at + ALPHA]! <= 0) continue;
      if (painted[at + 2]! <= left || painted[at]! >= right || painted[at + 3]! <= top || painted[at + 1]! >= bottom) continue;
      paintSquare(this.pixels, painted[at]!, painted[at + 1]!, painted[at + 2]!, painted[at + 3]!, painted[at + 4]!, painted[at + 5]!, painted[at + 6]!, painted[at + 7]!, mask);
    }
    for (let k = 0; k < dirty.length; k += 4) for (let y = dirty[k + 1]!; y < dirty[k + 3]!; y++) mask.fill(0, y * width + dirty[k]!, y * width + dirty[k + 2]!);
    return { x: left, y: top, width: right - left, height: bottom - top };
  }
}

function sameDot(painted: Float64Array, at: number, next: Float64Array): boolean {
  for (let f = 0; f < FIELDS; f++) if (painted[at + f] !== next[f]) return false;
  return true;
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
