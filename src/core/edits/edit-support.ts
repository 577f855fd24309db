import type { EditOp } from './edit-op';
import type { Story } from '../model/story';

/** A story after an edit, and the operation that turns it back into the story before. */
export interface EditResult {
  readonly story: Story;
  readonly inverse: EditOp;
}

/** The operation of one kind. */
export type OpOf<K extends EditOp['kind']> = Extract<EditOp, { readonly kind: K }>;

/**
 * Lists a batch has copied for itself (edit-support's helpers change them in place
 * instead of copying them once per op), and, for such a list of events, the position
 * of each id. A batch of a thousand small fixes on a story of thousands of events so
 * copies the event list once, not a thousand times. Nothing outside a batch is ever
 * in here: the batch takes its list out again before it hands the story back.
 */
const OWNED = new WeakSet<readonly unknown[]>();
const POSITIONS = new WeakMap<readonly unknown[], Map<string, number>>();
/** Items removed from a batch's list since its map of positions was built: how far back an item may have moved. */
const REMOVED = new WeakMap<readonly unknown[], number>();

/**
 * Lookups in a batch's list answered by a scan before its map of positions is built: most
 * batches are one edit from the studio, and a map of 20,000 ids for one lookup cost 5-13 ms
 * of the edit's task, a scan well under one.
 */
const SCANS_BEFORE_MAP = 2;
const SCANS = new WeakMap<readonly unknown[], number>();

/** A batch's own copy of `list`, changed in place by the helpers below until released. */
export function ownCopy<T>(list: readonly T[]): T[] {
  const copy = list.slice();
  OWNED.add(copy);
  return copy;
}

/** Whether `list` is a batch's own copy. */
export function isOwned(list: readonly unknown[]): boolean {
  return OWNED.has(list);
}

/** Hands a batch's list over to the finished story: from now on it is copied like any other. */
export function release(list: readonly unknown[]): void {
  OWNED.delete(list);
  POSITIONS.delete(list);
  REMOVED.delete(list);
  SCANS.delete(list);
}

/** How far past its mapped position an item is looked for before the map is rebuilt (each insert before it shifts it by one): a scan of an eighth of the list costs less than a rebuild. */
const mostShiftFollowed = (length: number): number => Math.max(64, length >> 3);

function positionMap(list: readonly { readonly id: string }[]): Map<string, number> {
  const at = new Map<string, number>();
  for (let i = list.length - 1; i >= 0; i--) at.set(list[i]!.id, i);
  POSITIONS.set(list, at);
  REMOVED.set(list, 0);
  return at;
}

/**
 * A scan from the end: ids are unique, so it finds the same place as one from the start, and
 * an event added last (the one an Undo of Add event removes) at once. A plain loop: at 20,000
 * events `findIndex` with a callback took twice as long in Node 20, `findLastIndex` up to four times.
 */
export function lastPositionOf(list: readonly { readonly id: string }[], id: string): number {
  for (let i = list.length - 1; i >= 0; i--) if (list[i]!.id === id) return i;
  return -1;
}

/**
 * The position of the item with this id in a batch's own list, else by a scan. The batch's
 * map of positions knows every id of the list; an insert shifts the items after it one step
 * towards the end and a removal one step back, so an item is a little after its mapped
 * position, or at most as many steps before it as items were removed, else the map is rebuilt.
 */
export function positionOf<T extends { readonly id: string }>(list: readonly T[], id: string): number {
  if (!OWNED.has(list)) return lastPositionOf(list, id);
  let at = POSITIONS.get(list);
  if (!at) {
    const scans = SCANS.get(list) ?? 0;
    if (scans < SCANS_BEFORE_MAP) {
      SCANS.set(list, scans + 1);
      return lastPositionOf(list, id);
    }
    at = positionMap(list);
  }
  const mapped = at.get(id);
  if (mapped === undefined) return -1;
  const end = Math.min(list.length, mapped + mostShiftFollowed(list.length));
  for (let p = Math.max(0, mapped - (REMOVED.get(list) ?? 0)); p < end; p++) {
    if (list[p]!.id !== id) continue;
    if (p !== mapped) at.set(id, p);
    return p;
  }
  at = positionMap(list);
  return at.get(id) ?? -1;
}

/** `list` with item i replaced (the other items keep their identity): a copy, or the batch's own list changed in place. */
export function replaceAt<T>(list: readonly T[], i: number, item: T): T[] {
  // Replacing keeps ids where they are, so a position map stays right.
  if (OWNED.has(list)) {
    const own = list as T[];
    own[i] = item;
    return own;
  }
  const out = list.slice();
  out[i] = item;
  return out;
}

/** `list` with `item` inserted before position i: a copy, or the batch's own list changed in place. */
export function insertAt<T>(list: readonly T[], i: number, item: T): T[] {
  if (OWNED.has(list)) {
    const own = list as T[];
    own.splice(i, 0, item);
    // The map keeps knowing every id (items after i are found a step further on); it cannot hold a repeated id.
    const at = POSITIONS.get(list);
    const id = (item as { readonly id?: unknown }).id;
    if (at && typeof id === 'string' && !at.has(id)) at.set(id, i);
    else POSITIONS.delete(list);
    return own;
  }
  const out = list.slice(0, i);
  out.push(item);
  for (let k = i; k < list.length; k++) out.push(list[k]!);
  return out;
}

/** `list` without item i: a copy, or the batch's own list changed in place. */
export function removeAt<T>(list: readonly T[], i: number): T[] {
  if (OWNED.has(list)) {
    const own = list as T[];
    const [item] = own.splice(i, 1);
    // The map keeps the other ids (found up to this many steps back); rebuilt once that is far.
    const at = POSITIONS.get(list);
    const id = (item as { readonly id?: unknown } | undefined)?.id;
    const removed = (REMOVED.get(list) ?? 0) + 1;
    if (at && typeof id === 'string' && removed <= mostShiftFollowed(own.length)) {
      at.delete(id);
      REMOVED.set(list, removed);
    } else POSITIONS.delete(list);
    return own;
  }
  const out = list.slice(0, i);
  for (let k = i + 1; k < list.length; k++) out.push(list[k]!);
  return out;
}

/** A copy of `record` with `key` set (in place if it exists, else last) or, for undefined, removed. */
export function withEntry<T>(record: Readonly<Record<string, T>>, key: string, value: T | undefined): Record<string, T> {
  if (value === undefined) return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
  // A computed key defines an own property even for "__proto__".
  return { ...record, [key]: value };
}

/** Marks a switch as exhaustive: the compiler rejects a call with anything but `never`. */
export function unreachable(value: never): never {
  throw new Error(`unexpected value ${JSON.stringify(value)}`);
}
