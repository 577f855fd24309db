/** How a new version of a list differs from the old one, element by element (by identity). */
export interface ListChanges {
  /** Per old position, the new position of the same element; -1 for one that is gone (removed or replaced). */
  readonly moved: Int32Array;
  /** New positions, ascending, of elements that were not in the old list at their place (added or replacing). */
  readonly added: readonly number[];
  /** How many old elements are gone. */
  readonly removed: number;
}

/**
 * What an edit did to an immutable list (the story's events): a few elements replaced, added
 * or removed, the rest the same objects in the same order. Returns null when more than `max`
 * elements changed, or the lists cannot be matched up that way (elements reordered): then the
 * caller starts from scratch. The old elements that stay keep their relative order.
 */
export function listChanges<T>(was: readonly T[], next: readonly T[], max: number): ListChanges | null {
  const moved = new Int32Array(was.length);
  const added: number[] = [];
  let removed = 0;
  let i = 0;
  let j = 0;
  while (i < next.length || j < was.length) {
    if (i < next.length && j < was.length && next[i] === was[j]) {
      moved[j++] = i++;
      continue;
    }
    if (added.length + removed >= max) return null;
    // More new elements left than old ones: this one was added; fewer: the old one was removed.
    const extra = next.length - i - (was.length - j);
    if (i < next.length && (extra > 0 || j >= was.length)) added.push(i++);
    else if (j < was.length && (extra < 0 || i >= next.length)) {
      moved[j++] = -1;
      removed++;
    } else {
      moved[j++] = -1;
      removed++;
      added.push(i++);
    }
  }
  return { moved, added, removed };
}
