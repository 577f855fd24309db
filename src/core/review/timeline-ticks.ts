const timeFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A story time as an axis tick shows it: grouped thousands, at most two decimals ("7,000.5"). */
export function timeLabel(t: number): string {
  return timeFormat.format(t);
}

const POWERS = Array.from({ length: 10 }, (_, i) => 10 ** (i - 3));

/** How round a time reads: the power of ten it is a whole multiple of (400 → 2, 399.75 → -2), a multiple of five of it half a step more. */
function roundness(t: number): number {
  for (let p = 6; p >= -3; p--) {
    const q = t / POWERS[p + 3]!;
    const k = Math.round(q);
    if (Math.abs(q - k) < 1e-9) return p + (k % 5 === 0 ? 0.5 : 0);
  }
  return -Infinity;
}

/**
 * Which events carry a tick on a timeline axis, one where events stand one step apart in
 * timeline order rather than at their story time (there a dense stretch piles into one spike),
 * so every tick sits on an event and reads its time. Up to `room` ticks, about evenly spaced,
 * first and last event always; each other tick may move by up to a third of the spacing to
 * the event with the roundest time nearby, since "400" reads better than "399.75". A tick
 * that would repeat the label before it (events at one time) is left out. `times` ascend;
 * `from` and `to` (positions, fractional for a zoomed view) limit the ticks to the events shown.
 * Returns positions into `times`, ascending.
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
    let best = target;
    // The ends stay put: the axis must show where the timeline starts and stops.
    if (k > 0 && k < slots) {
      let bestRoundness = roundness(times[best]!);
      for (let j = Math.max(first + 1, target - reach); j <= Math.min(end - 1, target + reach); j++) {
        const r = roundness(times[j]!);
        if (r > bestRoundness || (r === bestRoundness && Math.abs(j - target) < Math.abs(best - target))) {
          best = j;
          bestRoundness = r;
        }
      }
    }
    const label = timeLabel(times[best]!);
    if (ticks.length > 0 && (label === last || best <= ticks[ticks.length - 1]!)) continue;
    ticks.push(best);
    last = label;
  }
  return ticks;
}
