import { MinHeap } from './min-heap';

/**
 * Stacking rows of one lane. An event occupies [left, right) on its row; two events
 * share a row only when their intervals do not overlap (touching is fine).
 */

/**
 * Greedy interval packing from scratch: events in order of their left edge each take
 * the lowest row free at that point. O(k log k) for k events. Returns the row count.
 */
export function packRows(members: readonly number[], left: Float64Array, right: Float64Array, row: Int32Array): number {
  const order = [...members].sort((a, b) => left[a]! - left[b]! || a - b);
  const busy = new MinHeap(); // key: right edge, value: row
  const free = new MinHeap(); // key = value = row index
  let rows = 0;
  for (const i of order) {
    while (busy.size > 0 && busy.peekKey() <= left[i]!) {
      const r = busy.pop()!;
      free.push(r, r);
    }
    const r = free.size > 0 ? free.pop()! : rows++;
    row[i] = r;
    busy.push(right[i]!, r);
  }
  return Math.max(rows, 1);
}

/** The intervals on one row, sorted by left edge (and so by right edge: they do not overlap). */
interface RowIntervals {
  readonly lefts: number[];
  readonly rights: number[];
}

/** Index of the first entry of ascending `a` greater than v. */
function upperBound(a: readonly number[], v: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Puts [l, r) on the row if it fits there; true when it did. */
function tryPlace(rowIntervals: RowIntervals, l: number, r: number): boolean {
  const { lefts, rights } = rowIntervals;
  const at = upperBound(lefts, l);
  if (at > 0 && rights[at - 1]! > l) return false;
  if (at < lefts.length && lefts[at]! < r) return false;
  lefts.splice(at, 0, l);
  rights.splice(at, 0, r);
  return true;
}

/**
 * Incremental packing: `kept` events stay on the row given in `row` (they must not
 * overlap on a row, which holds when they come from an earlier packing with the same
 * intervals); `placed` events each take the lowest row where they fit. So an inserted
 * or moved event moves no other event. Returns the number of rows used.
 */
export function packRowsAround(
  kept: readonly number[],
  placed: readonly number[],
  left: Float64Array,
  right: Float64Array,
  row: Int32Array,
): number {
  const rows: RowIntervals[] = [];
  const rowAt = (r: number): RowIntervals => {
    while (rows.length <= r) rows.push({ lefts: [], rights: [] });
    return rows[r]!;
  };
  for (const i of [...kept].sort((a, b) => left[a]! - left[b]!)) {
    const target = rowAt(row[i]!);
    target.lefts.push(left[i]!);
    target.rights.push(right[i]!);
  }
  for (const i of [...placed].sort((a, b) => left[a]! - left[b]! || a - b)) {
    let r = 0;
    while (!tryPlace(rowAt(r), left[i]!, right[i]!)) r++;
    row[i] = r;
  }
  let used = 0;
  rows.forEach((ri, r) => {
    if (ri.lefts.length > 0) used = r + 1;
  });
  return Math.max(used, 1);
}

/**
 * The rows a lane keeps after an edit, given the rows its events use now, the rows it had,
 * and how many of its events have left it since (deleted or moved to another lane). A lane
 * is as tall as its events need once an event has left it: the Undo of Add event or of
 * Accept all safe fixes brings the lanes back as they were. An event moving within its lane
 * (dragged along time) leaves its rows alone, so the lanes below do not jump while it moves,
 * unless the empty rows have grown to two or more and over a quarter of the lane.
 */
export function rowsKept(used: number, had: number, left: number): number {
  const empty = had - used;
  if (empty <= 0) return used;
  return left > 0 || (empty >= 2 && empty * 4 > had) ? used : had;
}
