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

/** Fewer events than this, and their ids are sorted as they are. */
const RANKED_FROM = 1024;

/** The code point order of a story's event ids (their positions, and each position's place), kept per event list. */
const ranked = new WeakMap<readonly { readonly id: string }[], { readonly byRank: Int32Array; readonly rank: Int32Array }>();

/**
 * conflictId for the events at `indices` of `events` (whose ids are `eventIds`). A conflict of
 * many events (a loop through most of a dense story) takes the order of its ids from the order
 * of all the story's event ids, sorted once per event list and kept: links edited one after
 * the other keep the event list, and each edit may rebuild such a loop.
 */
export function conflictIdOf(type: ConflictType, events: readonly { readonly id: string }[], indices: readonly number[], eventIds: readonly string[]): string {
  let order = ranked.get(events);
  if (order === undefined || order.rank.length !== events.length) {
    // Sorting all the ids costs little more than sorting most of them.
    if (indices.length < RANKED_FROM || indices.length * 2 < events.length) return conflictId(type, eventIds);
    const byRank = Int32Array.from(events, (_, i) => i).sort((a, b) => compareCodePoints(events[a]!.id, events[b]!.id));
    const rank = new Int32Array(events.length);
    for (let r = 0; r < byRank.length; r++) rank[byRank[r]!] = r;
    order = { byRank, rank };
    ranked.set(events, order);
  } else if (indices.length < RANKED_FROM) return conflictId(type, eventIds);
  const places = new Int32Array(indices.length);
  for (let k = 0; k < indices.length; k++) places[k] = order.rank[indices[k]!]!;
  places.sort();
  const ids = new Array<string>(places.length);
  for (let k = 0; k < places.length; k++) ids[k] = events[order.byRank[places[k]!]!]!.id;
  return flat(`${type}:${ids.join('+')}`);
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
