import { eventLabel } from '../analysis/event-label';
import type { Rule } from '../analysis/rule';
import { castTable, type CastTable } from './timeline/cast-table';
import { characterList, distinctCharacters } from './timeline/names';
import { subjectsOf } from './timeline/subjects';

/** Whether event f itself sets character c alive. */
function revives(cast: CastTable, f: number, c: number): boolean {
  for (let k = cast.aliveStart[f]!; k < cast.aliveStart[f + 1]!; k++) {
    if (cast.aliveCharacter[k] === c) return cast.aliveValue[k] === 1;
  }
  return false;
}

/**
 * exited-character (rule 5): a character takes part in an event F although the latest
 * event before F that set their `alive` set it to false, and F does not revive them.
 */
export const exitedCharacterRule: Rule = {
  type: 'exited-character',
  severity: 0.8,

  detect(ix, emit) {
    const cast = castTable(ix);
    const { participantStart, participant, aliveStart, aliveCharacter, aliveValue } = cast;
    // Per character, the event that last set `alive` to false, or -1 (never, or set back to true since).
    const exitedIn = new Int32Array(cast.characters.length).fill(-1);
    let anyoneExited = false;
    const { timeline } = ix;
    for (let r = 0; r < ix.n; r++) {
      const f = timeline[r]!;
      // Checked before this event's own effects are recorded: E must lie strictly before F.
      if (anyoneExited) {
        for (let k = participantStart[f]!; k < participantStart[f + 1]!; k++) {
          const c = participant[k]!;
          const e = exitedIn[c]!;
          if (e < 0 || revives(cast, f, c)) continue;
          emit({ type: 'exited-character', events: [e, f], subjects: [{ kind: 'character', character: cast.characters[c]! }] });
        }
      }
      for (let k = aliveStart[f]!; k < aliveStart[f + 1]!; k++) {
        const gone = aliveValue[k] === 0;
        exitedIn[aliveCharacter[k]!] = gone ? f : -1;
        anyoneExited ||= gone;
      }
    }
  },

  describe(match, ix) {
    const [exit, later] = match.events;
    const ids = distinctCharacters(subjectsOf(match, 'character'));
    const verb = ids.length > 1 ? 'act' : 'acts';
    return `${characterList(ix, ids)} ${verb} in ${eventLabel(ix, later!)} after leaving the story in ${eventLabel(ix, exit!)}.`;
  },
};
