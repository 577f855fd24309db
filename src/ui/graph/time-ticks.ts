import { timeToX, xToTime, type TimeAxis } from '../../state';
import { lowerBound } from './lower-bound';

/**
 * The ruler of the lanes view: ticks at round times in the story's own unit, told in
 * human terms ("year 1", "day 3 06:00"), chosen coarse first so that labels never
 * crowd, and the times of events that stand alone between empty stretches; and the
 * collapsed empty stretches of the compressed axis as breaks.
 */
export interface Tick {
  /** Screen x (px from the canvas's left edge). */
  readonly x: number;
  readonly time: number;
  readonly label: string;
}

export interface AxisBreak {
  /** Screen x where the empty stretch starts and ends. */
  readonly x1: number;
  readonly x2: number;
}

/** Hours per story time unit for the units told as calendar time. */
const HOURS: Readonly<Record<string, number>> = {
  minute: 1 / 60,
  minutes: 1 / 60,
  hour: 1,
  hours: 1,
  day: 24,
  days: 24,
  week: 168,
  weeks: 168,
  month: 730,
  months: 730,
  year: 8760,
  years: 8760,
};

const YEAR = 8760;
const DAY = 24;

/** Hours per unit for a calendar unit, or null for a unit of the story's own (plain numbers). */
export function hoursPerUnit(unit: string): number | null {
  return HOURS[unit.trim().toLowerCase()] ?? null;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A time in hours since the story's start, as a person says it: "year 1", "year 2 day 40", "day 3 06:00", "05:30". */
export function formatHours(hours: number): string {
  const sign = hours < 0 ? '−' : '';
  let rest = Math.abs(hours);
  const years = Math.floor(rest / YEAR + 1e-9);
  rest -= years * YEAR;
  const days = Math.floor(rest / DAY + 1e-9);
  rest -= days * DAY;
  const minutesTotal = Math.round(rest * 60);
  const h = Math.floor(minutesTotal / 60);
  const m = minutesTotal % 60;
  const parts: string[] = [];
  if (years > 0) parts.push(`year ${years}`);
  if (days > 0) parts.push(`day ${days}`);
  if (h > 0 || m > 0) parts.push(`${pad(h)}:${pad(m)}`);
  return sign + (parts.length > 0 ? parts.join(' ') : '0');
}

/** A plain number without float noise. */
function formatNumber(t: number): string {
  return String(Math.round(t * 1000) / 1000);
}

/** A story time in its unit, in human terms where the unit is a calendar one. */
export function formatTime(time: number, unit: string): string {
  const h = hoursPerUnit(unit);
  return h === null ? `${formatNumber(time)} ${unit}`.trim() : formatHours(time * h);
}

/** Tick steps in story units, coarsest first. */
function tickSteps(unit: string, span: number): number[] {
  const h = hoursPerUnit(unit);
  const steps: number[] = [];
  if (h !== null) {
    // Years (and multiples), 30-day months, weeks, days, hours, minutes: all in hours, then in story units.
    let big = YEAR;
    while (big * 10 < span * h) big *= 10;
    for (let y = big; y >= YEAR; y /= 10) for (const k of [5, 2, 1]) if (y * k >= YEAR) steps.push(y * k);
    steps.push(720, 168, 24, 12, 6, 3, 1, 0.5, 0.25, 1 / 12, 1 / 60);
    return [...new Set(steps)].sort((a, b) => b - a).map((s) => s / h);
  }
  const top = 10 ** Math.ceil(Math.log10(Math.max(span, 1e-9)));
  for (let p = top; p >= top / 1e6; p /= 10) for (const k of [5, 2, 1]) steps.push(p * k / 10 * 10);
  return [...new Set(steps)].sort((a, b) => b - a);
}

/**
 * Room a tick label needs on screen (px), so neighbours never touch: its text (11 px type,
 * under 6.5 px a character) and 4 px either side. More would keep a round time such as
 * "year 1" off the ruler whenever a break mark sits a few pixels away.
 */
const labelRoom = (label: string): number => label.length * 6.5 + 8;

/** Width of a break mark on the ruler (px). */
export const BREAK_MARK_PX = 10;

/** A busy stretch narrower than this on screen gets no ticks of its own. */
const MIN_RANGE_PX = 24;

/** Most candidate ticks looked at per step (a finer step over a long visible span is skipped). */
const MAX_CANDIDATES = 600;

/**
 * Ticks for the visible part of the axis: `pan` and `zoom` of the canvas, `width` its
 * width on screen. Coarse steps are placed first; a finer tick is added only where it
 * keeps clear of every label already placed, and never inside a collapsed stretch.
 */
export function axisTicks(axis: TimeAxis, unit: string, pan: number, zoom: number, width: number): { ticks: Tick[]; breaks: AxisBreak[] } {
  const toScreen = (t: number): number => timeToX(axis, t) * zoom + pan;
  const t0 = xToTime(axis, -pan / zoom);
  const t1 = xToTime(axis, (width - pan) / zoom);
  // Visible breaks; those a mark's width apart or less read as one (a long story zoomed out has thousands).
  const merged: { x1: number; x2: number; ta: number; tb: number }[] = [];
  // Knots at either end of a visible break, ascending: events standing between empty stretches.
  const lone: number[] = [];
  for (const i of axis.breaks) {
    const ta = axis.times[i]!;
    const tb = axis.times[i + 1]!;
    if (tb <= t0 || ta >= t1) continue;
    if (lone[lone.length - 1] !== i) lone.push(i);
    lone.push(i + 1);
    const x1 = toScreen(ta);
    const x2 = toScreen(tb);
    const last = merged[merged.length - 1];
    if (last && x1 - last.x2 < BREAK_MARK_PX) merged[merged.length - 1] = { x1: last.x1, x2, ta: last.ta, tb };
    else merged.push({ x1, x2, ta, tb });
  }
  const breaks: AxisBreak[] = merged.map((b) => ({ x1: b.x1, x2: b.x2 }));
  // Room taken on the ruler, as sorted [lo, hi] intervals: break marks first, so a tick label never covers one.
  const los: number[] = [];
  const his: number[] = [];
  const take = (lo: number, hi: number): void => {
    const at = lowerBound(los, lo);
    los.splice(at, 0, lo);
    his.splice(at, 0, hi);
  };
  const clear = (lo: number, hi: number): boolean => {
    const at = lowerBound(los, lo);
    // Intervals do not overlap, so only the neighbours on either side can touch [lo, hi].
    if (at > 0 && his[at - 1]! > lo) return false;
    if (at < los.length && los[at]! < hi) return false;
    return true;
  };
  for (const b of breaks) {
    const c = (b.x1 + b.x2) / 2;
    if (clear(c - BREAK_MARK_PX / 2, c + BREAK_MARK_PX / 2)) take(c - BREAK_MARK_PX / 2, c + BREAK_MARK_PX / 2);
  }
  // The visible time, less the collapsed stretches: a busy day a year after another still gets its hours.
  const ranges: [number, number][] = [];
  let from = t0;
  for (const b of merged) {
    if (b.ta > from && toScreen(b.ta) - toScreen(from) >= MIN_RANGE_PX) ranges.push([from, b.ta]);
    from = Math.max(from, b.tb);
  }
  if (from < t1) ranges.push([from, t1]);
  // Only the story's own stretch of time is labelled: a story of hours 0 to 10 shown in a wide
  // canvas read "−03:00" and "−01:15" before its first event.
  const first = axis.times.length > 0 ? axis.times[0]! : -Infinity;
  const end = axis.times.length > 0 ? axis.times[axis.times.length - 1]! : Infinity;
  const storyRanges = ranges.map(([r0, r1]): [number, number] => [Math.max(r0, first), Math.min(r1, end)]).filter(([r0, r1]) => r0 <= r1);
  const ticks: Tick[] = [];
  for (const step of tickSteps(unit, t1 - t0)) {
    for (const [r0, r1] of storyRanges) {
      const first = Math.ceil(r0 / step);
      const last = Math.floor(r1 / step);
      if (last - first > MAX_CANDIDATES) continue;
      for (let k = first; k <= last; k++) {
        const time = Math.round(k * step * 1e9) / 1e9;
        const x = toScreen(time);
        if (x < 0 || x > width) continue;
        const label = formatTime(time, unit);
        const half = labelRoom(label) / 2;
        if (!clear(x - half, x + half)) continue;
        take(x - half, x + half);
        ticks.push({ x, time, label });
      }
    }
  }
  // An event standing alone between two empty stretches has no busy stretch for round times to
  // fall in: a story whose events lie days apart (in hours) read "0 … year 1" and nothing between.
  // Such events are labelled with their own times, left to right, where there is room.
  let right = -Infinity;
  for (const k of lone) {
    const time = axis.times[k]!;
    const x = toScreen(time);
    if (x < 0 || x > width || x < right) continue;
    const label = formatTime(time, unit);
    const half = labelRoom(label) / 2;
    if (!clear(x - half, x + half)) continue;
    take(x - half, x + half);
    ticks.push({ x, time, label });
    right = x + half;
  }
  ticks.sort((a, b) => a.x - b.x);
  return { ticks, breaks };
}
