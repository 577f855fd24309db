import type { KeyScope } from '../analysis/rule-scope';
import type { StoryEvent } from '../model/story';
import { participantPosition } from './timeline/positions';

function aliveSetting(e: StoryEvent, c: string): boolean | undefined {
  return Object.hasOwn(e.effects, c) ? e.effects[c]!.alive : undefined;
}

/** exited-character: per character, the events they take part in or whose effects set their `alive`. */
export const exitedCharacterScope: KeyScope = {
  kind: 'key',
  reads: ['time', 'participants', 'effects'],
  motivated: false,
  partOf(match) {
    const s = match.subjects![0]!;
    return s.kind === 'character' ? s.character : '';
  },
  orderOf(match, ix) {
    const s = match.subjects![0]!;
    return s.kind === 'character' ? participantPosition(ix.events[match.events[1]!]!, s.character) : 0;
  },
  keysOf(e) {
    const keys = [...new Set(e.participants)];
    for (const c in e.effects) if (e.effects[c]!.alive !== undefined && !keys.includes(c)) keys.push(c);
    return keys;
  },
  matchKey(ix, c, members, emit) {
    let exitedIn = -1;
    for (const f of members) {
      const e = ix.events[f]!;
      const alive = aliveSetting(e, c);
      if (exitedIn >= 0 && alive !== true) {
        const position = participantPosition(e, c);
        if (position >= 0) emit({ type: 'exited-character', events: [exitedIn, f], subjects: [{ kind: 'character', character: c }] }, position);
      }
      if (alive !== undefined) exitedIn = alive ? -1 : f;
    }
  },
};
