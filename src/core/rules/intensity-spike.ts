import { eventLabel } from '../analysis/event-label';
import { exceeds } from '../analysis/tolerance';
import type { Rule } from '../analysis/rule';
import { timelineColumns } from './timeline/columns';

/** intensity-spike (rule 13): consecutive events whose intensity rises by more than `maxIntensityStep`. */
export const intensitySpikeRule: Rule = {
  type: 'intensity-spike',
  severity: 0.6,

  detect(ix, emit) {
    const step = ix.settings.therapy.maxIntensityStep;
    const { intensity } = timelineColumns(ix);
    const { timeline } = ix;
    for (let r = 1; r < ix.n; r++) {
      if (exceeds(intensity[r]! - intensity[r - 1]!, step)) emit({ type: 'intensity-spike', events: [timeline[r - 1]!, timeline[r]!] });
    }
  },

  describe(match, ix) {
    const [p, q] = match.events;
    return (
      `Intensity jumps from ${ix.events[p!]!.intensity} in ${eventLabel(ix, p!)} to ` +
      `${ix.events[q!]!.intensity} in ${eventLabel(ix, q!)}, ` +
      `more than the allowed step of ${ix.settings.therapy.maxIntensityStep}.`
    );
  },
};
