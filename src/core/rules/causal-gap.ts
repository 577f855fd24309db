import { eventLabel } from '../analysis/event-label';
import { EPS } from '../analysis/tolerance';
import type { Match, Rule } from '../analysis/rule';
import type { StoryIndex } from '../analysis/story-index';

/** How far a cause at each scale index may reach: gapFactor * window(scale). */
function reachOfScales(ix: StoryIndex): Float64Array {
  const factor = ix.settings.thresholds.gapFactor;
  return Float64Array.from(ix.story.scales, (s) => factor * s.window);
}

/** Rule 4: each link A -> B where B follows A by more than A's scale can reach. */
function detect(ix: StoryIndex, emit: (match: Match) => void): void {
  // exceeds(gap, reach) is gap > reach + EPS: the sum is the same double taken once per scale,
  // and the loop makes no call per link (a one-shot check runs it in V8's baseline tier).
  const bound = reachOfScales(ix).map((reach) => reach + EPS);
  const { time, scaleIdx, linkFrom, linkTo } = ix;
  for (let j = 0; j < ix.m; j++) {
    const a = linkFrom[j]!;
    const b = linkTo[j]!;
    if (time[b]! - time[a]! > bound[scaleIdx[a]!]!) emit({ type: 'causal-gap', events: [a, b], links: [j] });
  }
}

/** "1 hour", "3 hours"; a unit already in the plural is left alone, float noise (1.2000000000000002) is rounded off. */
function amount(value: number, unit: string): string {
  const shown = Number(value.toPrecision(10));
  return shown === 1 || unit.endsWith('s') ? `${shown} ${unit}` : `${shown} ${unit}s`;
}

function describe(match: Match, ix: StoryIndex): string {
  const [a, b] = match.events as readonly [number, number];
  const unit = ix.story.timeUnit;
  const gap = ix.time[b]! - ix.time[a]!;
  const limit = reachOfScales(ix)[ix.scaleIdx[a]!]!;
  const scale = ix.events[a]!.scale;
  const window = ix.story.scales[ix.scaleIdx[a]!]!.window;
  const factor = ix.settings.thresholds.gapFactor;
  // Where the limit comes from, so a designer knows whether to change the scale's window or the gap factor.
  return (
    `${eventLabel(ix, b)} happens ${amount(gap, unit)} after its cause ${eventLabel(ix, a)}, ` +
    `longer than a ${scale}-scale cause can reach: ${amount(limit, unit)} (${scale} window ${amount(window, unit)} × gap factor ${factor}).`
  );
}

/** Rule 4 of conflict-rules.md: an effect too long after its cause for the cause's scale. */
export const causalGapRule: Rule = {
  type: 'causal-gap',
  severity: 0.4,
  detect,
  describe,
};
