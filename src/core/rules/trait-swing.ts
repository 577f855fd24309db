import { forEachConsecutiveSetting } from './timeline/consecutive-settings';
import { exceeds } from '../analysis/tolerance';
import { eventLabel } from '../analysis/event-label';
import type { Rule } from '../analysis/rule';
import { castTable } from './timeline/cast-table';
import { isMotivated } from './timeline/motivated';
import { characterName, listWords } from './timeline/names';
import { subjectsOf } from './timeline/subjects';

/**
 * trait-swing (rule 7): for a character c and trait t, two consecutive events setting
 * c.traits[t] move it by more than `traitSwing`, and no linked event motivates the change.
 */
export const traitSwingRule: Rule = {
  type: 'trait-swing',
  severity: 0.5,

  detect(ix, emit) {
    const limit = ix.settings.thresholds.traitSwing;
    const { traitStart, traitCharacter, traitId, traitValue, traitNames, characters } = castTable(ix);
    const traitCount = traitNames.length;
    forEachConsecutiveSetting(
      ix,
      traitStart,
      (k) => traitCharacter[k]! * traitCount + traitId[k]!,
      (k) => traitValue[k]!,
      (p, q, k, from, to) => {
        const character = characters[traitCharacter[k]!]!;
        if (exceeds(Math.abs(to - from), limit) && !isMotivated(ix, q, character, p)) {
          emit({
            type: 'trait-swing',
            events: [p, q],
            subjects: [{ kind: 'trait', character, trait: traitNames[traitId[k]!]!, from, to }],
          });
        }
      },
    );
  },

  describe(match, ix) {
    const [p, q] = match.events;
    const changes = subjectsOf(match, 'trait').map(
      (s) => `${characterName(ix, s.character)}'s ${s.trait} swings from ${s.from} to ${s.to}`,
    );
    const what = changes.length > 0 ? listWords(changes) : 'A character trait swings';
    return `${what} between ${eventLabel(ix, p!)} and ${eventLabel(ix, q!)} with no linked event motivating it.`;
  },
};
