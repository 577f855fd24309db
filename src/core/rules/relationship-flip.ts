import { eventLabel } from '../analysis/event-label';
import type { Rule } from '../analysis/rule';
import { RELATIONSHIP_VALUES, type RelationshipValue } from '../model/story';
import { castTable, relationshipValue } from './timeline/cast-table';
import { isMotivated } from './timeline/motivated';
import { characterName, listWords } from './timeline/names';
import { subjectsOf } from './timeline/subjects';

/** +1 for ally/friend, -1 for rival/enemy, 0 for neutral (which never takes part in a flip). */
function polarity(value: RelationshipValue): number {
  switch (value) {
    case 'ally':
    case 'friend':
      return 1;
    case 'rival':
    case 'enemy':
      return -1;
    case 'neutral':
      return 0;
  }
}

/** Polarity of each relationship code of the cast table. */
const POLARITY = Int8Array.from(RELATIONSHIP_VALUES, polarity);

/**
 * relationship-flip (rule 8): for an ordered pair (c, d), two consecutive events setting
 * c.relationships[d] turn it from positive to negative or back, and no linked event motivates it.
 */
export const relationshipFlipRule: Rule = {
  type: 'relationship-flip',
  severity: 0.5,

  detect(ix, emit) {
    const { relationStart, relationCharacter, relationOther, relationValue, characters } = castTable(ix);
    const characterCount = characters.length;
    // Each ordered pair (c, d) gets a slot holding the last event (timeline order) that set it and its value.
    const slotOf = new Map<number, number>();
    const lastEvent = new Int32Array(relationCharacter.length);
    const lastValue = new Uint8Array(relationCharacter.length);
    const { timeline } = ix;
    for (let r = 0; r < ix.n; r++) {
      const q = timeline[r]!;
      for (let k = relationStart[q]!; k < relationStart[q + 1]!; k++) {
        const c = relationCharacter[k]!;
        const key = c * characterCount + relationOther[k]!;
        const to = relationValue[k]!;
        const slot = slotOf.get(key);
        if (slot === undefined) {
          const fresh = slotOf.size;
          slotOf.set(key, fresh);
          lastEvent[fresh] = q;
          lastValue[fresh] = to;
          continue;
        }
        const p = lastEvent[slot]!;
        const from = lastValue[slot]!;
        lastEvent[slot] = q;
        lastValue[slot] = to;
        if (POLARITY[from]! * POLARITY[to]! < 0 && !isMotivated(ix, q, characters[c]!, p)) {
          emit({
            type: 'relationship-flip',
            events: [p, q],
            subjects: [
              {
                kind: 'relationship',
                character: characters[c]!,
                other: characters[relationOther[k]!]!,
                from: relationshipValue(from),
                to: relationshipValue(to),
              },
            ],
          });
        }
      }
    }
  },

  describe(match, ix) {
    const [p, q] = match.events;
    const flips = subjectsOf(match, 'relationship').map(
      (s) =>
        `${characterName(ix, s.character)} turns from ${s.from} to ${s.to} of ${characterName(ix, s.other)}`,
    );
    const what = flips.length > 0 ? listWords(flips) : 'A relationship flips';
    return `${what} between ${eventLabel(ix, p!)} and ${eventLabel(ix, q!)} with no linked event motivating it.`;
  },
};
