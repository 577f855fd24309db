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

/** How far the remembered region reaches beyond the view, in view widths and heights on each side. */
const REACH = 1;
/** Beyond this share of a list changed since the last frame, looking at the whole list again is as quick. */
const MAX_CHANGED_SHARE = 1 / 8;

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
  /** Elements whose bounding boxes changed since (Cytoscape's `bounds` event). */
  readonly changed: Set<E>;
}

/**
 * Zoomed in on a large story, Cytoscape's canvas renderer still looks at every element
 * each frame (bounding box, intersection with the view) to draw the few dozen on screen:
 * about 1 µs an element, 25 ms a frame at 5,000 events and 15,000 links, four times that
 * at 20,000, for every frame an edit, a hover or a selection sets off. This remembers,
 * per drawn list, which elements meet a region of three by three views around the view,
 * and after that looks again only at elements whose boxes changed (an edit moves one
 * event and its links). The whole list is looked at again when the view leaves the
 * region, when Cytoscape sorts its elements again (an element added or removed), or when
 * many boxes changed at once. Elements handed out may still lie outside the view:
 * Cytoscape's own test runs on each as before, so what is drawn is the same.
 */
export class ViewportCulling<E extends Boxed> {
  /** The last lists drawn: the main layer's and the drag layer's. */
  private entries: Entry<E>[] = [];

  /** An element's bounding box changed (or may have): it is looked at again before the next frame draws it. */
  boundsChanged(ele: E): void {
    for (const e of this.entries) e.changed.add(ele);
  }

  /** The elements of `list`, in its order, that may meet `view` (`list` itself when that is all of them). */
  near(list: ArrayLike<E>, view: Box): ArrayLike<E> {
    let entry = this.entries.find((e) => e.list === list);
    if (!entry || !inside(view, entry.region) || entry.changed.size > list.length * MAX_CHANGED_SHARE) {
      entry = this.lookAtAll(list, view, entry);
    } else if (entry.changed.size > 0) {
      this.update(entry);
    }
    if (entry.near.length === list.length) return list;
    const out = new Array<E>(entry.near.length);
    for (let i = 0; i < entry.near.length; i++) out[i] = list[entry.near[i]!]!;
    return out;
  }

  private lookAtAll(list: ArrayLike<E>, view: Box, old: Entry<E> | undefined): Entry<E> {
    const w = (view.x2 - view.x1) * REACH;
    const h = (view.y2 - view.y1) * REACH;
    const region = { x1: view.x1 - w, y1: view.y1 - h, x2: view.x2 + w, y2: view.y2 + h };
    const near: number[] = [];
    for (let i = 0; i < list.length; i++) if (intersects(list[i]!.boundingBox(), region)) near.push(i);
    // `old` is this list's entry (found by identity), so its index still holds.
    const entry: Entry<E> = { list, index: old?.index ?? null, region, near, changed: new Set() };
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
      const meets = intersects(ele.boundingBox(), entry.region);
      if (meets && !listed) entry.near.splice(at, 0, i);
      else if (!meets && listed) entry.near.splice(at, 1);
    }
    entry.changed.clear();
  }
}
