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
    const { timeline, time } = ix;
    // Each event is a stay of each of its participants: the stays are the event numbers.
    const end = new Float64Array(ix.n);
    for (let q = 0; q < ix.n; q++) end[q] = time[q]! + duration[q]!;
    const columns = { start: time, end, location };
    // A sweep over the timeline with, per character, the earlier events Q could still overlap.
    const active: (ActiveStays | undefined)[] = new Array<ActiveStays | undefined>(characters.length);
    const elsewhere: number[] = [];
    for (let r = 0; r < ix.n; r++) {
      const q = timeline[r]!;
      const where = location[q]!;
      if (where < 0) continue;
      const t = time[q]!;
      for (let k = participantStart[q]!; k < participantStart[q + 1]!; k++) {
        const c = participant[k]!;
        let stays = active[c];
        if (stays === undefined) {
          stays = new ActiveStays(columns);
          active[c] = stays;
        }
        stays.expire(t);
        if (!stays.isEmpty) {
          stays.collectElsewhere(t, where, elsewhere);
          for (let x = 0; x < elsewhere.length; x++) {
            emit({ type: 'bilocation', events: [elsewhere[x]!, q], subjects: [{ kind: 'character', character: characters[c]! }] });
          }
          if (elsewhere.length > 0) elsewhere.length = 0;
        }
        stays.add(q);
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
