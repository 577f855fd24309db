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
    const stays = new ActiveStays();
    const places = new Map<string, number>();
    const elsewhere: number[] = [];
    for (const q of members) {
      const e = ix.events[q]!;
      if (e.location === undefined) continue;
      let where = places.get(e.location);
      if (where === undefined) {
        where = places.size;
        places.set(e.location, where);
      }
      const t = ix.time[q]!;
      stays.expire(t);
      if (!stays.isEmpty) {
        stays.collectElsewhere(t, where, elsewhere);
        const position = elsewhere.length > 0 ? participantPosition(e, c) : 0;
        for (const p of elsewhere) emit({ type: 'bilocation', events: [p, q], subjects: [{ kind: 'character', character: c }] }, position);
        elsewhere.length = 0;
      }
      stays.add(q, t, t + e.duration, where);
    }
  },
};
