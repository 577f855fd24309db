import { eventLabel } from '../analysis/event-label';
import type { Match, Rule } from '../analysis/rule';
import type { StoryIndex } from '../analysis/story-index';

/** Rule 2: each link A -> B whose cause happens strictly after its effect. */
function detect(ix: StoryIndex, emit: (match: Match) => void): void {
  const { time, linkFrom, linkTo } = ix;
  for (let j = 0; j < ix.m; j++) {
    const a = linkFrom[j]!;
    const b = linkTo[j]!;
    if (time[a]! > time[b]!) emit({ type: 'temporal-paradox', events: [a, b], links: [j] });
  }
}

function describe(match: Match, ix: StoryIndex): string {
  const [a, b] = match.events as readonly [number, number];
  return `${eventLabel(ix, b)} is caused by ${eventLabel(ix, a)}, which happens later.`;
}

/** Rule 2 of conflict-rules.md: an effect placed before its cause. */
export const temporalParadoxRule: Rule = {
  type: 'temporal-paradox',
  severity: 0.85,
  detect,
  describe,
};
