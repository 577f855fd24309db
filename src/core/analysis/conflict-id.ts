import { compareCodePoints } from './code-point-order';
import type { ConflictType } from './conflict';

/**
 * The id of a conflict as conflict-rules.md fixes it: the type, a colon, and the event ids
 * sorted by code point joined with `+` (`temporal-paradox:flood+storm`). Derived only from
 * the conflict's identity, so it survives re-analysis, other hosts and unrelated edits, and
 * it is the key of `dismissed` entries. Ids are used as they are: no encoding, no hashing
 * (any string works, lone surrogates included), so the id can be long for a long cycle.
 */
export function conflictId(type: ConflictType, eventIds: readonly string[]): string {
  return flat(joined(type, eventIds));
}

function joined(type: ConflictType, eventIds: readonly string[]): string {
  // One and two events are nearly every conflict: no copy, no sort.
  if (eventIds.length === 1) return `${type}:${eventIds[0]!}`;
  if (eventIds.length === 2) {
    const [a, b] = eventIds as readonly [string, string];
    return compareCodePoints(a, b) <= 0 ? `${type}:${a}+${b}` : `${type}:${b}+${a}`;
  }
  return `${type}:${[...eventIds].sort(compareCodePoints).join('+')}`;
}

/**
 * The same string, stored flat: a concatenation is a chain of pieces that V8 copies into one
 * string on its first comparison or hash anyway. Ids are compared and hashed (scores, review,
 * maps in every host), so doing it once here is cheaper than chains compared piecewise.
 */
function flat(text: string): string {
  text.charCodeAt(0);
  return text;
}
