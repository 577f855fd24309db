import type { KeyScope } from '../analysis/rule-scope';
import { RELATIONSHIP_VALUES, type RelationshipValue } from '../model/story';
import { polarity } from './relationship-flip';
import { isMotivated } from './timeline/motivated';
import { pairKey, relationPosition, splitPairKey } from './timeline/positions';

/** The value as the cast table reads it: an unknown word counts as neutral. */
function known(value: string): RelationshipValue {
  return (RELATIONSHIP_VALUES as readonly string[]).includes(value) ? (value as RelationshipValue) : 'neutral';
}

/** relationship-flip: per ordered pair of characters, the events setting the relationship; motivation reads links into them. */
export const relationshipFlipScope: KeyScope = {
  kind: 'key',
  reads: ['time', 'effects'],
  motivated: true,
  partOf(match) {
    const s = match.subjects![0]!;
    return s.kind === 'relationship' ? pairKey(s.character, s.other) : '';
  },
  orderOf(match, ix) {
    const s = match.subjects![0]!;
    return s.kind === 'relationship' ? relationPosition(ix.events[match.events[1]!]!, s.character, s.other) : 0;
  },
  keysOf(e) {
    const keys: string[] = [];
    for (const c in e.effects) {
      const relationships = e.effects[c]!.relationships;
      if (relationships !== undefined) for (const d in relationships) keys.push(pairKey(c, d));
    }
    return keys;
  },
  matchKey(ix, key, members, emit) {
    const [c, d] = splitPairKey(key);
    let p = -1;
    let from: RelationshipValue = 'neutral';
    for (const q of members) {
      const e = ix.events[q]!;
      const to = known(e.effects[c]!.relationships![d]!);
      if (p >= 0 && polarity(from) * polarity(to) < 0 && !isMotivated(ix, q, c, p)) {
        emit({ type: 'relationship-flip', events: [p, q], subjects: [{ kind: 'relationship', character: c, other: d, from, to }] }, relationPosition(e, c, d));
      }
      p = q;
      from = to;
    }
  },
};
