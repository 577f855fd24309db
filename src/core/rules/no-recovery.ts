import { eventLabel } from '../analysis/event-label';
import { reaches, withinLimit } from '../analysis/tolerance';
import type { Rule } from '../analysis/rule';
import { timelineColumns } from './timeline/columns';

/**
 * no-recovery (rule 12): a peak (`intensity >= peakIntensity`) not followed by a recovery
 * within the next `recoveryWithin` events of the timeline, whatever their scale.
 */
export const noRecoveryRule: Rule = {
  type: 'no-recovery',
  severity: 0.7,

  detect(ix, emit) {
    const { peakIntensity, recoveryWithin, recoveryIntensity } = ix.settings.therapy;
    const { timeline, n } = ix;
    const { intensity, recoveryTag } = timelineColumns(ix);
    // nextRecovery[r]: timeline position of the first recovery after position r, or Infinity.
    // A backward pass makes the rule linear instead of looking recoveryWithin events ahead of each peak.
    const nextRecovery = new Float64Array(n);
    let next = Infinity;
    for (let r = n - 1; r >= 0; r--) {
      nextRecovery[r] = next;
      if (withinLimit(intensity[r]!, recoveryIntensity) || recoveryTag[r] === 1) next = r;
    }
    for (let r = 0; r < n; r++) {
      // A peak matches when its first recovery lies beyond the window, or never comes.
      if (reaches(intensity[r]!, peakIntensity) && nextRecovery[r]! - r > recoveryWithin) {
        emit({ type: 'no-recovery', events: [timeline[r]!] });
      }
    }
  },

  describe(match, ix) {
    const e = match.events[0]!;
    const peak = `${eventLabel(ix, e)} peaks at intensity ${ix.events[e]!.intensity}`;
    const following = ix.n - 1 - ix.rank[e]!;
    if (following === 0) return `${peak} and the story ends before the player can recover.`;
    const window = Math.floor(ix.settings.therapy.recoveryWithin);
    if (window < 1) return `${peak} and the settings leave no room for a recovery after it.`;
    const checked =
      following < window
        ? `the ${following === 1 ? 'one event' : `${following} events`} left`
        : window === 1
          ? 'the next event'
          : `the next ${window} events`;
    return `${peak} with no recovery within ${checked}.`;
  },
};
