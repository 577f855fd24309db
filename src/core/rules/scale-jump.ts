import { eventLabel } from '../analysis/event-label';
import type { Match, Rule } from '../analysis/rule';
import type { StoryIndex } from '../analysis/story-index';

/** Rule 3: each link between events two or more scales apart. */
function detect(ix: StoryIndex, emit: (match: Match) => void): void {
  const { scaleIdx, linkFrom, linkTo } = ix;
  for (let j = 0; j < ix.m; j++) {
    const a = linkFrom[j]!;
    const b = linkTo[j]!;
    if (Math.abs(scaleIdx[a]! - scaleIdx[b]!) >= 2) emit({ type: 'scale-jump', events: [a, b], links: [j] });
  }
}

/** "arc", "arc and world", "arc, world and saga". */
function listOf(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]!}`;
}

function describe(match: Match, ix: StoryIndex): string {
  const [a, b] = match.events as readonly [number, number];
  const lo = Math.min(ix.scaleIdx[a]!, ix.scaleIdx[b]!);
  const hi = Math.max(ix.scaleIdx[a]!, ix.scaleIdx[b]!);
  const skipped = ix.story.scales.slice(lo + 1, hi).map((s) => s.label ?? s.id);
  const noun = skipped.length === 1 ? 'scale' : 'scales';
  return `${eventLabel(ix, a)} directly causes ${eventLabel(ix, b)}, skipping the ${listOf(skipped)} ${noun} in between.`;
}

/** Rule 3 of conflict-rules.md: a cause and effect too many scales apart to feel connected. */
export const scaleJumpRule: Rule = {
  type: 'scale-jump',
  severity: 0.5,
  detect,
  describe,
};
