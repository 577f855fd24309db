/** Which of the elements Cytoscape is about to draw lie near the view, without looking at all of them every frame. */
import { lowerBound } from './lower-bound';

/** A box in model coordinates, as Cytoscape gives extents and bounding boxes. */
export interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** What culling needs of an element: its bounding box (Cytoscape's, cached). */
export interface Boxed {
  boundingBox(): Box;
}

/**
 * Elements whose boxes follow another's without a change of their own being announced: a
 * link's box follows its ends, and Cytoscape signals a moved event but not its links.
 */
export type Dependents<E> = (ele: E) => ArrayLike<E>;

/**
 * Makes the boxes of a whole list ready before they are asked for one by one (Cytoscape: see
 * settled-bounds.ts). Box changes it announces meanwhile are not changes to look at again.
 */
export type PrepareBoxes<E> = (list: ArrayLike<E>) => void;

/** How far the remembered region reaches beyond the view, in view widths and heights on each side. */
const REACH = 1;
/** Beyond this share of a list changed since the last frame, looking at the whole list again is as quick. */
const MAX_CHANGED_SHARE = 1 / 8;
/**
 * How far beyond the view, in view widths and heights, elements are still handed out each
 * frame. Boxes are remembered from when they last changed; the margin covers one that grew
 * without a signal, at the price of a few more elements for Cytoscape to test.
 */
const FRAME_MARGIN = 1 / 8;

const intersects = (a: Box, b: Box): boolean => a.x1 <= b.x2 && b.x1 <= a.x2 && a.y1 <= b.y2 && b.y1 <= a.y2;
const inside = (a: Box, b: Box): boolean => a.x1 >= b.x1 && a.x2 <= b.x2 && a.y1 >= b.y1 && a.y2 <= b.y2;

/** One drawn list (Cytoscape keeps the same array until it sorts its elements again) and what of it is near the view. */
interface Entry<E> {
  readonly list: ArrayLike<E>;
  /** Position of each element in `list`, made when first needed. */
  index: Map<E, number> | null;
  /** The view and the room around it that `near` was worked out for. */
  region: Box;
  /** Positions in `list`, ascending (so drawing keeps Cytoscape's order), of the elements whose boxes meet `region`. */
  near: number[];
  /** The boxes of the elements in `near`, by position in `list`: x1, y1, x2, y2 at 4 × position. */
  boxes: Float64Array;
  /** Elements whose bounding boxes changed since (Cytoscape's `bounds` event). */
  readonly changed: Set<E>;
}

/**
 * Zoomed in on a large story, Cytoscape's canvas renderer still looks at every element
 * each frame (bounding box, visibility, intersection with the view) to draw the few dozen on
 * screen: about 1 µs an element, 25 ms a frame at 5,000 events and 15,000 links, four times
 * that at 20,000, for every frame an edit, a hover or a selection sets off. This remembers,
 * per drawn list, which elements meet a region of three by three views around the view,
 * with their boxes, and after that looks again only at elements whose boxes changed (an
 * edit moves one event and its links). The whole list is looked at again when the view
 * leaves the region, when Cytoscape sorts its elements again (an element added or removed),
 * or when many boxes changed at once, from the boxes kept per element (only the changed ones
 * are asked for again). Each frame hands out, from the remembered boxes, the
 * elements that meet the view and a small margin around it: at 20,000 dense events zoomed
 * in, about 600 of the 17,000 in the region, mostly long links crossing the view. Elements
 * handed out may still lie outside the view: Cytoscape's own test runs on each as before,
 * so what is drawn is the same.
 */
export class ViewportCulling<E extends Boxed> {
  /** The last lists drawn: the main layer's and the drag layer's. */
  private entries: Entry<E>[] = [];
  /** True while `prepare` runs: the boxes it makes are read right after, so nothing is to be looked at again. */
  private preparing = false;
  /**
   * The last box read of each element, until it changes: whichever list it is in. Cytoscape
   * hands out a new list after any add, removal or z-order change (a link selected), and
   * asking 80,000 elements for their boxes again took 100 ms each time (and each time the
   * view left the region); reading them from here takes a few.
   */
  private known = new WeakMap<E, Box>();
  /** Elements that moved since the last frame, whose dependents' boxes are still to be looked at. */
  private movedSince = new Set<E>();

  constructor(
    private readonly dependents: Dependents<E> = () => [],
    private readonly prepare: PrepareBoxes<E> = () => {},
  ) {}

  /** An element's bounding box changed (or may have): it is looked at again before the next frame draws it. */
  boundsChanged(ele: E): void {
    this.known.delete(ele);
    if (this.preparing) return;
    for (const e of this.entries) e.changed.add(ele);
  }

  /** An element moved: it and the elements whose boxes follow it are looked at again before the next frame. */
  moved(ele: E): void {
    this.boundsChanged(ele);
    // The dependents are found when the next frame needs them: a layout moving every event
    // makes every box be read again, and then no link needs finding.
    this.movedSince.add(ele);
  }

  /** The elements of `list`, in its order, that may meet `view` (`list` itself when that is all of them). */
  near(list: ArrayLike<E>, view: Box): ArrayLike<E> {
    this.followMoves(list.length);
    let entry = this.entries.find((e) => e.list === list);
    if (!entry || !inside(view, entry.region) || entry.changed.size > list.length * MAX_CHANGED_SHARE) {
      entry = this.lookAtAll(list, view, entry);
    } else if (entry.changed.size > 0) {
      this.update(entry);
    }
    return this.onView(entry, view);
  }

  /** The elements of `entry.near` whose remembered boxes meet `view` widened by FRAME_MARGIN, in list order. */
  private onView(entry: Entry<E>, view: Box): ArrayLike<E> {
    const mx = (view.x2 - view.x1) * FRAME_MARGIN;
    const my = (view.y2 - view.y1) * FRAME_MARGIN;
    const x1 = view.x1 - mx;
    const y1 = view.y1 - my;
    const x2 = view.x2 + mx;
    const y2 = view.y2 + my;
    const { near, boxes, list } = entry;
    const out: E[] = [];
    for (let k = 0; k < near.length; k++) {
      const i = near[k]!;
      const b = 4 * i;
      if (boxes[b]! <= x2 && x1 <= boxes[b + 2]! && boxes[b + 1]! <= y2 && y1 <= boxes[b + 3]!) out.push(list[i]!);
    }
    return out.length === list.length ? list : out;
  }

  /** The elements that follow moved ones are changed too; after very many moves, every box is read again instead. */
  private followMoves(listLength: number): void {
    if (this.movedSince.size === 0) return;
    const longest = Math.max(listLength, ...this.entries.map((e) => e.list.length));
    // The moved elements themselves are changed already, past the share at which a list is looked at whole.
    if (this.movedSince.size > longest * MAX_CHANGED_SHARE) this.known = new WeakMap();
    else {
      for (const ele of this.movedSince) {
        const follow = this.dependents(ele);
        for (let k = 0; k < follow.length; k++) this.boundsChanged(follow[k]!);
      }
    }
    this.movedSince.clear();
  }

  /** An element's box: the one read last, or Cytoscape's (then kept). */
  private boxOf(ele: E): Box {
    let box = this.known.get(ele);
    if (box === undefined) box = this.read(ele);
    return box;
  }

  /** Asks Cytoscape for an element's box and keeps a copy (Cytoscape may reuse the object). */
  private read(ele: E): Box {
    const b = ele.boundingBox();
    const box = { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
    this.known.set(ele, box);
    return box;
  }

  private lookAtAll(list: ArrayLike<E>, view: Box, old: Entry<E> | undefined): Entry<E> {
    const w = (view.x2 - view.x1) * REACH;
    const h = (view.y2 - view.y1) * REACH;
    const region = { x1: view.x1 - w, y1: view.y1 - h, x2: view.x2 + w, y2: view.y2 + h };
    const unknown: E[] = [];
    for (let i = 0; i < list.length; i++) if (!this.known.has(list[i]!)) unknown.push(list[i]!);
    if (unknown.length > 0) {
      this.preparing = true;
      try {
        this.prepare(unknown);
      } finally {
        this.preparing = false;
      }
    }
    const near: number[] = [];
    const boxes = old && old.boxes.length === 4 * list.length ? old.boxes : new Float64Array(4 * list.length);
    for (let i = 0; i < list.length; i++) {
      const box = this.boxOf(list[i]!);
      if (!intersects(box, region)) continue;
      near.push(i);
      remember(boxes, i, box);
    }
    // `old` is this list's entry (found by identity), so its index still holds.
    const entry: Entry<E> = { list, index: old?.index ?? null, region, near, boxes, changed: new Set() };
    // At most the two layers' lists; one Cytoscape has replaced is dropped.
    this.entries = [entry, ...this.entries.filter((e) => e !== old)].slice(0, 2);
    return entry;
  }

  private update(entry: Entry<E>): void {
    if (entry.index === null) {
      entry.index = new Map();
      for (let i = 0; i < entry.list.length; i++) entry.index.set(entry.list[i]!, i);
    }
    for (const ele of entry.changed) {
      const i = entry.index.get(ele);
      // Not in this list (the other layer's, or gone: then Cytoscape has a new list).
      if (i === undefined) continue;
      const at = lowerBound(entry.near, i);
      const listed = entry.near[at] === i;
      const box = this.read(ele);
      const meets = intersects(box, entry.region);
      if (meets) remember(entry.boxes, i, box);
      if (meets && !listed) entry.near.splice(at, 0, i);
      else if (!meets && listed) entry.near.splice(at, 1);
    }
    entry.changed.clear();
  }
}

function remember(boxes: Float64Array, i: number, box: Box): void {
  boxes[4 * i] = box.x1;
  boxes[4 * i + 1] = box.y1;
  boxes[4 * i + 2] = box.x2;
  boxes[4 * i + 3] = box.y2;
}
