import type { StoryIndex } from '../analysis/story-index';
import { exceeds, reaches, withinLimit } from '../analysis/tolerance';
import { timelineColumns } from '../rules/timeline/columns';

/** One event on the tension curve, in timeline order. */
export interface TensionPoint {
  readonly id: string;
  readonly title: string;
  readonly time: number;
  readonly scale: string;
  readonly intensity: number;
  /** Above `maxIntensity` (an `intensity-over-limit` conflict). */
  readonly overLimit: boolean;
  /** At or above `peakIntensity` with no recovery close enough after it (a `no-recovery` conflict). */
  readonly peakWithoutRecovery: boolean;
  /** A recovery (tag `recovery`, or at or below `recoveryIntensity`) within `recoveryWithin` events after a peak. */
  readonly recoveryBeat: boolean;
  /** Rises from the event before by more than `maxIntensityStep` (the later event of an `intensity-spike`). */
  readonly spike: boolean;
}

/** The tension curve of a story: its points and the window of tolerance to draw behind them. */
export interface TensionSeries {
  readonly points: readonly TensionPoint[];
  /** The window of tolerance: from the recovery intensity up to the maximum intensity. */
  readonly band: { readonly low: number; readonly high: number };
  readonly peakIntensity: number;
}

/**
 * The intensity of every event in timeline order with the therapeutic marks a therapist
 * looks for. Each mark uses the same comparisons as the rule it mirrors (conflict-rules.md,
 * rules 11-13), so the curve marks exactly the events the conflict list names.
 */
export function tensionSeries(ix: StoryIndex): TensionSeries {
  const { maxIntensity, peakIntensity, recoveryWithin, recoveryIntensity, maxIntensityStep } = ix.settings.therapy;
  const { intensity, recoveryTag } = timelineColumns(ix);
  const n = ix.n;
  const isRecovery = (r: number): boolean => withinLimit(intensity[r]!, recoveryIntensity) || recoveryTag[r] === 1;
  const isPeak = (r: number): boolean => reaches(intensity[r]!, peakIntensity);
  // lastPeak: timeline position of the latest peak seen, for marking the recoveries that answer it.
  let lastPeak = -Infinity;
  const recoveryBeat = new Uint8Array(n);
  for (let r = 0; r < n; r++) {
    if (r - lastPeak <= recoveryWithin && isRecovery(r)) recoveryBeat[r] = 1;
    if (isPeak(r)) lastPeak = r;
  }
  // nextRecovery: the first recovery after each position (as in the no-recovery rule).
  const nextRecovery = new Float64Array(n);
  let next = Infinity;
  for (let r = n - 1; r >= 0; r--) {
    nextRecovery[r] = next;
    if (isRecovery(r)) next = r;
  }
  const points: TensionPoint[] = [];
  for (let r = 0; r < n; r++) {
    const e = ix.events[ix.timeline[r]!]!;
    points.push({
      id: e.id,
      title: e.title,
      time: e.time,
      scale: e.scale,
      intensity: e.intensity,
      overLimit: exceeds(intensity[r]!, maxIntensity),
      peakWithoutRecovery: isPeak(r) && nextRecovery[r]! - r > recoveryWithin,
      recoveryBeat: recoveryBeat[r] === 1,
      spike: r > 0 && exceeds(intensity[r]! - intensity[r - 1]!, maxIntensityStep),
    });
  }
  return { points, band: { low: recoveryIntensity, high: maxIntensity }, peakIntensity };
}
