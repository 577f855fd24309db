import { eventLabel } from '../analysis/event-label';
import type { Rule } from '../analysis/rule';
import { ActiveStays } from './timeline/active-stays';
import { castTable } from './timeline/cast-table';
import { characterList, distinctCharacters } from './timeline/names';
import { subjectsOf } from './timeline/subjects';

/**
 * bilocation (rule 6): two events P before Q that share a participant happen at different
 * locations while overlapping in time (same time, or P still running when Q starts).
 */
export const bilocationRule: Rule = {
  type: 'bilocation',
  severity: 0.7,

  detect(ix, emit) {
    const cast = castTable(ix);
    const { participantStart, participant, location, duration, characters } = cast;
    // A sweep over the timeline with, per character, the earlier events Q could still overlap.
    const active: (ActiveStays | undefined)[] = new Array<ActiveStays | undefined>(characters.length);
    const elsewhere: number[] = [];
    const { timeline, time } = ix;
    for (let r = 0; r < ix.n; r++) {
      const q = timeline[r]!;
      const where = location[q]!;
      if (where < 0) continue;
      const t = time[q]!;
      for (let k = participantStart[q]!; k < participantStart[q + 1]!; k++) {
        const c = participant[k]!;
        let stays = active[c];
        if (stays === undefined) {
          stays = new ActiveStays();
          active[c] = stays;
        }
        stays.expire(t);
        if (!stays.isEmpty) {
          stays.collectElsewhere(t, where, elsewhere);
          for (const p of elsewhere) {
            emit({ type: 'bilocation', events: [p, q], subjects: [{ kind: 'character', character: characters[c]! }] });
          }
          if (elsewhere.length > 0) elsewhere.length = 0;
        }
        stays.add(q, t, t + duration[q]!, where);
      }
    }
  },

  describe(match, ix) {
    const [p, q] = match.events;
    const ids = distinctCharacters(subjectsOf(match, 'character'));
    const verb = ids.length > 1 ? 'are' : 'is';
    const first = ix.events[p!]!;
    const second = ix.events[q!]!;
    return (
      `${characterList(ix, ids)} ${verb} in two places at once: at ${first.location ?? '?'} in ` +
      `${eventLabel(ix, p!)} and at ${second.location ?? '?'} in ${eventLabel(ix, q!)}.`
    );
  },
};
