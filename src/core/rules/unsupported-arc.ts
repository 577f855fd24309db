import { eventLabel } from '../analysis/event-label';
import type { Match, Rule } from '../analysis/rule';
import type { StoryIndex } from '../analysis/story-index';
import { minimumOverAncestors } from '../graph/ancestor-minimum';
import { outGraph } from '../graph/csr-graph';
import { componentsOf } from '../graph/shared-components';

/** The tag that marks an event as given by the setting, needing no cause. */
const PREMISE = 'premise';

/**
 * Rule 15: each event above the finest scale, not a premise, none of whose
 * ancestors sits at a finer scale. The finest ancestor scale of every event
 * comes from one pass over the condensation, so this is linear in the story.
 */
function detect(ix: StoryIndex, emit: (match: Match) => void): void {
  const { scaleIdx, events } = ix;
  const graph = outGraph(ix);
  const finestAncestor = minimumOverAncestors(graph, scaleIdx, componentsOf(graph));
  for (let i = 0; i < ix.n; i++) {
    const own = scaleIdx[i]!;
    if (own < 1 || finestAncestor[i]! < own) continue;
    if (events[i]!.tags.includes(PREMISE)) continue;
    emit({ type: 'unsupported-arc', events: [i] });
  }
}

function describe(match: Match, ix: StoryIndex): string {
  const i = match.events[0]!;
  const finer = ix.story.scales[ix.scaleIdx[i]! - 1]!;
  return (
    `${eventLabel(ix, i)} has no cause at a finer scale (${finer.label ?? finer.id} or below), ` +
    `so nothing the audience sees sets it up; link it from a smaller event or tag it as a premise.`
  );
}

/** Rule 15 of conflict-rules.md: a large-scale development that nothing smaller builds up to. */
export const unsupportedArcRule: Rule = {
  type: 'unsupported-arc',
  severity: 0.35,
  detect,
  describe,
};
