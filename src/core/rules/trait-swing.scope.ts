import type { KeyScope } from '../analysis/rule-scope';
import { exceeds } from '../analysis/tolerance';
import { isMotivated } from './timeline/motivated';
import { pairKey, splitPairKey, traitPosition } from './timeline/positions';

/** trait-swing: per character and trait, the events setting it; motivation reads links into them. */
export const traitSwingScope: KeyScope = {
  kind: 'key',
  reads: ['time', 'effects'],
  motivated: true,
  partOf(match) {
    const s = match.subjects![0]!;
    return s.kind === 'trait' ? pairKey(s.character, s.trait) : '';
  },
  orderOf(match, ix) {
    const s = match.subjects![0]!;
    return s.kind === 'trait' ? traitPosition(ix.events[match.events[1]!]!, s.character, s.trait) : 0;
  },
  keysOf(e) {
    const keys: string[] = [];
    for (const c in e.effects) {
      const traits = e.effects[c]!.traits;
      if (traits !== undefined) for (const t in traits) keys.push(pairKey(c, t));
    }
    return keys;
  },
  matchKey(ix, key, members, emit) {
    const [c, t] = splitPairKey(key);
    const limit = ix.settings.thresholds.traitSwing;
    let p = -1;
    let from = 0;
    for (const q of members) {
      const e = ix.events[q]!;
      const to = e.effects[c]!.traits![t]!;
      if (p >= 0 && exceeds(Math.abs(to - from), limit) && !isMotivated(ix, q, c, p)) {
        emit({ type: 'trait-swing', events: [p, q], subjects: [{ kind: 'trait', character: c, trait: t, from, to }] }, traitPosition(e, c, t));
      }
      p = q;
      from = to;
    }
  },
};
