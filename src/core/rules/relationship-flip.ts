import { forEachConsecutiveSetting } from './timeline/consecutive-settings';
import { eventLabel } from '../analysis/event-label';
import type { Rule } from '../analysis/rule';
import { RELATIONSHIP_VALUES, type RelationshipValue } from '../model/story';
import { castTable, relationshipValue } from './timeline/cast-table';
import { isMotivated } from './timeline/motivated';
import { characterName, listWords } from './timeline/names';
import { subjectsOf } from './timeline/subjects';

/** +1 for ally/friend, -1 for rival/enemy, 0 for neutral (which never takes part in a flip). */
export function polarity(value: RelationshipValue): number {
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
    forEachConsecutiveSetting(
      ix,
      relationStart,
      (k) => relationCharacter[k]! * characterCount + relationOther[k]!,
      (k) => relationValue[k]!,
      (p, q, k, from, to) => {
        const character = characters[relationCharacter[k]!]!;
        if (POLARITY[from]! * POLARITY[to]! < 0 && !isMotivated(ix, q, character, p)) {
          emit({
            type: 'relationship-flip',
            events: [p, q],
            subjects: [
              {
                kind: 'relationship',
                character,
                other: characters[relationOther[k]!]!,
                from: relationshipValue(from),
                to: relationshipValue(to),
              },
            ],
          });
        }
      },
    );
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
