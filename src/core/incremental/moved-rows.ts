/** Compressed rows of link indices, each in story order (StoryIndex's outStart/outLinks, inStart/inLinks). */
export interface Rows {
  readonly start: Int32Array;
  readonly items: Int32Array;
}

/** More moved links than this, and building the rows anew is cheaper than moving links one by one. */
export const MOST_LINKS_MOVED = 8;

/**
 * The rows after the links `moved` changed rows, from `before[j]` to `after[j]`: each is taken
 * out of its row and put into its new one at its place in story order, and the rows in between
 * shift by one (two copies within the array instead of a pass over every link, which would
 * cost more than the rest of a link edit). The given rows are left as they are; returned
 * unchanged when no moved link changed rows; undefined when a link is not in its row.
 */
export function moveInRows(rows: Rows, moved: readonly number[], before: Int32Array, after: Int32Array): Rows | undefined {
  let start: Int32Array | undefined;
  let items: Int32Array | undefined;
  const done = new Set<number>();
  for (const j of moved) {
    const x = before[j]!;
    const y = after[j]!;
    if (x === y || done.has(j)) continue;
    done.add(j);
    start ??= rows.start.slice();
    items ??= rows.items.slice();
    const p = placeOf(items, start[x]!, start[x + 1]!, j);
    if (items[p] !== j || p >= start[x + 1]!) return undefined;
    if (x < y) {
      // Out of row x: the rows after it up to y move down by one, leaving a free slot at the end of row y.
      items.copyWithin(p, p + 1, start[y + 1]!);
      for (let r = x + 1; r <= y; r++) start[r]!--;
    } else {
      // Out of row x: the rows from y + 1 up to it move up by one, leaving a free slot at the end of row y.
      items.copyWithin(start[y + 1]! + 1, start[y + 1]!, p);
      for (let r = y + 1; r <= x; r++) start[r]!++;
    }
    const end = start[y + 1]! - 1;
    const q = placeOf(items, start[y]!, end, j);
    items.copyWithin(q + 1, q, end);
    items[q] = j;
  }
  return start === undefined || items === undefined ? rows : { start, items };
}

/** The first position in `items[from..to)` (ascending) whose value is not below `j`. */
function placeOf(items: Int32Array, from: number, to: number, j: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (items[mid]! < j) low = mid + 1;
    else high = mid;
  }
  return low;
}
