import { eventLabel } from '../analysis/event-label';
import { exceeds } from '../analysis/tolerance';
import type { Rule } from '../analysis/rule';
import { timelineColumns } from './timeline/columns';

/** intensity-over-limit (rule 11): an event more intense than the therapy's `maxIntensity`. */
export const intensityOverLimitRule: Rule = {
  type: 'intensity-over-limit',
  severity: 0.9,

  detect(ix, emit) {
    const limit = ix.settings.therapy.maxIntensity;
    const { intensity } = timelineColumns(ix);
    for (let r = 0; r < ix.n; r++) {
      if (exceeds(intensity[r]!, limit)) emit({ type: 'intensity-over-limit', events: [ix.timeline[r]!] });
    }
  },

  describe(match, ix) {
    const e = match.events[0]!;
    return (
      `${eventLabel(ix, e)} reaches intensity ${ix.events[e]!.intensity}, ` +
      `above the limit of ${ix.settings.therapy.maxIntensity} set for this player.`
    );
  },
};
