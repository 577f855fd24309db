const timeFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A story time as a tick shows it: grouped thousands, at most two decimals ("7,000.5"). */
export function timeLabel(t: number): string {
  return timeFormat.format(t);
}

/** How round a time is: the power of ten it is a whole multiple of (400 → 2, 399.75 → -2), halves and fives a little rounder. */
function roundness(t: number): number {
  for (let p = 6; p >= -3; p--) {
    const step = 10 ** p;
    const q = t / step;
    if (Math.abs(q - Math.round(q)) < 1e-9) return p + (Math.round(q) % 5 === 0 ? 0.5 : 0);
  }
  return -Infinity;
}

/**
 * Where the ticks of the tension curve's x axis go: the chart places events one step apart in
 * timeline order (not at their story time, where a dense stretch piles hundreds of events into
 * one spike), so each tick sits on an event and is labelled with its time. Up to `room` ticks,
 * about evenly spaced, the first and last event always ones; each of the others is moved, by at
 * most a third of the spacing, to the event with the roundest time nearby (a tick reading 400
 * rather than 399.75); a tick whose label repeats the one before it (events at the same time)
 * is left out. `times` ascend (timeline order). `from` and `to` (positions, fractional while the
 * chart is zoomed in) limit the ticks to the events shown.
 */
export function timelineTicks(times: readonly number[], room: number, from = 0, to = times.length - 1): number[] {
  const first = Math.max(0, Math.ceil(from));
  const end = Math.min(times.length - 1, Math.floor(to));
  const n = end - first + 1;
  if (n <= 0) return [];
  const slots = Math.max(1, Math.min(n - 1, Math.floor(room) - 1));
  const spacing = (n - 1) / slots;
  const reach = Math.floor(spacing / 3);
  const ticks: number[] = [];
  let last = '';
  for (let k = 0; k <= slots; k++) {
    const target = first + (n === 1 ? 0 : Math.round(k * spacing));
    let i = target;
    if (k > 0 && k < slots) {
      for (let j = Math.max(first + 1, target - reach); j <= Math.min(end - 1, target + reach); j++) {
        const better = roundness(times[j]!) - roundness(times[i]!);
        if (better > 0 || (better === 0 && Math.abs(j - target) < Math.abs(i - target))) i = j;
      }
    }
    const label = timeLabel(times[i]!);
    if (ticks.length > 0 && (label === last || i <= ticks[ticks.length - 1]!)) continue;
    ticks.push(i);
    last = label;
  }
  return ticks;
}
