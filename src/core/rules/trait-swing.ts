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
    // Each (character, trait) gets a slot holding the last event (timeline order) that set it and its value.
    const slotOf = new Map<number, number>();
    const lastEvent = new Int32Array(traitCharacter.length);
    const lastValue = new Float64Array(traitCharacter.length);
    const { timeline } = ix;
    for (let r = 0; r < ix.n; r++) {
      const q = timeline[r]!;
      for (let k = traitStart[q]!; k < traitStart[q + 1]!; k++) {
        const c = traitCharacter[k]!;
        const key = c * traitCount + traitId[k]!;
        const to = traitValue[k]!;
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
        if (Math.abs(to - from) > limit && !isMotivated(ix, q, characters[c]!, p)) {
          emit({
            type: 'trait-swing',
            events: [p, q],
            subjects: [{ kind: 'trait', character: characters[c]!, trait: traitNames[traitId[k]!]!, from, to }],
          });
        }
      }
    }
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
