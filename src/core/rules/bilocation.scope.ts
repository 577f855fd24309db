import type { KeyScope } from '../analysis/rule-scope';
import { ActiveStays } from './timeline/active-stays';
import { participantPosition } from './timeline/positions';

/** bilocation: per character, the located events they take part in, swept in timeline order. */
export const bilocationScope: KeyScope = {
  kind: 'key',
  reads: ['time', 'participants', 'location', 'duration'],
  motivated: false,
  partOf(match) {
    const s = match.subjects![0]!;
    return s.kind === 'character' ? s.character : '';
  },
  orderOf(match, ix) {
    const s = match.subjects![0]!;
    return s.kind === 'character' ? participantPosition(ix.events[match.events[1]!]!, s.character) : 0;
  },
  keysOf: (e) => (e.location === undefined ? [] : [...new Set(e.participants)]),
  matchKey(ix, c, members, emit) {
    // The stays are positions in `members`, with their columns filled as the sweep reaches them.
    const start: number[] = [];
    const end: number[] = [];
    const location: number[] = [];
    const stays = new ActiveStays({ start, end, location });
    const places = new Map<string, number>();
    const elsewhere: number[] = [];
    for (let i = 0; i < members.length; i++) {
      const q = members[i]!;
      const e = ix.events[q]!;
      if (e.location === undefined) continue;
      let where = places.get(e.location);
      if (where === undefined) {
        where = places.size;
        places.set(e.location, where);
      }
      const t = ix.time[q]!;
      start[i] = t;
      end[i] = t + e.duration;
      location[i] = where;
      stays.expire(t);
      if (!stays.isEmpty) {
        stays.collectElsewhere(t, where, elsewhere);
        const position = elsewhere.length > 0 ? participantPosition(e, c) : 0;
        for (const p of elsewhere) emit({ type: 'bilocation', events: [members[p]!, q], subjects: [{ kind: 'character', character: c }] }, position);
        elsewhere.length = 0;
      }
      stays.add(i);
    }
  },
};
