import type { Core } from 'cytoscape';

/** What the draw order needs of an element: its z styles, whether it is a node, its place in the graph's pool. */
export interface ZOrdered {
  pstyle(name: string): { readonly value: unknown };
  isNode(): boolean;
  poolIndex(): number;
  removed(): boolean;
  interactive(): boolean;
}

/**
 * Cytoscape's sorted element list: the order plus the interactive ones in the same order, and its
 * split into the drag layer and the rest; `nodes`, the nodes in the same order, is ours
 * (`nodesInOrder`).
 */
type ZSorted<E> = E[] & { interactive?: E[]; drag?: E[]; nondrag?: E[]; nodes?: E[] };

/** The fields of Cytoscape's private element record that say whether it is a node. */
interface GroupOf {
  readonly _private: { readonly group: string };
}

/**
 * The nodes of a draw order, in that order (the overview draws them alone). Worked out once per
 * order by a pass over all its elements (at 20,000 events 80,000 element records fetched from
 * memory, 10-30 ms); an order this module makes from the last one after elements came or went
 * carries the last one's nodes over with the same changes instead.
 */
export function nodesInOrder<E extends GroupOf>(order: ArrayLike<E>): E[] {
  const sorted = order as ZSorted<E>;
  if (sorted.nodes) return sorted.nodes;
  const nodes: E[] = [];
  for (let i = 0; i < order.length; i++) {
    const e = order[i]!;
    if (e._private.group === 'nodes') nodes.push(e);
  }
  sorted.nodes = nodes;
  return nodes;
}

/** The fields of Cytoscape's private element record that say whether an element is dragged. */
interface DragState {
  readonly _private?: { readonly grabbed?: boolean; readonly rscratch?: { readonly inDragLayer?: boolean } };
}

/**
 * Cytoscape's `updateCachedGrabbedEles` for a graph without compound nodes (where no node is
 * a parent): grabbed elements last in the drag layer, the others in the drag layer or not as
 * their record says. Cytoscape's own visits all 80,000 elements of a 20,000-event story
 * (15-25 ms in the frame after Add event or Undo, most of it fetching each element's record
 * from memory). When no element can be dragged (`mayBeDragged` false: nothing was grabbed since
 * a split found nothing dragged) the rest is the order itself, without visiting any. Returns
 * whether some element is dragged.
 */
export function splitGrabbed<E>(order: ZSorted<E>, mayBeDragged = true): boolean {
  if (!mayBeDragged) {
    order.drag = [];
    // Cytoscape only reads this list (drawing the node layer).
    order.nondrag = order;
    return false;
  }
  const drag: E[] = [];
  const nondrag: E[] = [];
  const grabbed: E[] = [];
  for (const e of order) {
    const p = (e as DragState)._private;
    if (p?.grabbed) grabbed.push(e);
    else if (p?.rscratch?.inDragLayer) drag.push(e);
    else nondrag.push(e);
  }
  order.drag = drag.concat(grabbed);
  order.nondrag = nondrag;
  return order.drag.length > 0;
}

interface ZRenderer<E> {
  cachedZSortedEles?: ZSorted<E> | null;
  getCachedZSortedEles?: (forceRecalc?: boolean) => ZSorted<E>;
  updateCachedGrabbedEles?: () => void;
  notify?: (eventName: string, eles?: ArrayLike<E>) => void;
}

/** Cytoscape's MAX_INT: the depth of `z-compound-depth: top`. */
const TOP = Number.MAX_SAFE_INTEGER;

/** An element's draw layer as Cytoscape's zIndexSort ranks it before the order of adding: compound depth (no compound nodes), links under events, z-index. */
export function zKey(e: ZOrdered): readonly [number, number, number] {
  const d = e.pstyle('z-compound-depth').value;
  const depth = d === 'bottom' ? -1 : d === 'top' ? TOP : 0;
  const kind = e.pstyle('z-index-compare').value === 'auto' && e.isNode() ? 1 : 0;
  return [depth, kind, Number(e.pstyle('z-index').value)];
}

const compareKeys = (a: readonly number[], b: readonly number[]): number => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
};

/** Cytoscape's draw order (zIndexSort) for a graph without compound nodes: the layer (`zKey`), then the order elements were added in. */
export function zCompare(a: ZOrdered, b: ZOrdered): number {
  return compareKeys(zKey(a), zKey(b)) || a.poolIndex() - b.poolIndex();
}

/**
 * `sorted` (ascending by layer, then by `poolOf`) and `added` in one order, as sorting them
 * together would give, when every added element came after every sorted one (`poolOf`
 * larger). Then an added element goes after all sorted ones of its layer, so only the ends
 * of the layers the added ones are in are looked for, by binary search: a few dozen layer
 * reads, whether one element is added or 4,000 (a chunk of a large story's fill).
 */
export function mergeAdded<E>(sorted: readonly E[], added: readonly E[], keyOf: (e: E) => readonly number[], poolOf: (e: E) => number): E[] {
  const adds = added.map((e) => ({ e, key: keyOf(e), pool: poolOf(e) }));
  adds.sort((a, b) => compareKeys(a.key, b.key) || a.pool - b.pool);
  const out = new Pieces(sorted);
  let layer: readonly number[] | null = null;
  let end = 0;
  for (const a of adds) {
    if (layer === null || compareKeys(layer, a.key) !== 0) {
      layer = a.key;
      // The first sorted element of a later layer.
      let lo = out.from;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (compareKeys(keyOf(sorted[mid]!), a.key) <= 0) lo = mid + 1;
        else hi = mid;
      }
      end = lo;
    }
    out.insert(end, a.e);
  }
  return out.done();
}

/**
 * A copy of a sorted list with elements inserted, made of slices of it joined at the end: the
 * lists are 80,000 elements long, and copying them one push at a time was 5-10 ms a list
 * (slices and concat copy in bulk, about 1 ms).
 */
class Pieces<E> {
  private readonly pieces: E[][] = [];
  private run: E[] = [];
  /** How much of `sorted` is copied so far. */
  from = 0;

  constructor(private readonly sorted: readonly E[]) {}

  /** Copies `sorted` up to `at`, then `e`. */
  insert(at: number, e: E): void {
    if (at > this.from) {
      if (this.run.length > 0) this.pieces.push(this.run);
      this.run = [];
      this.pieces.push(this.sorted.slice(this.from, at));
      this.from = at;
    }
    this.run.push(e);
  }

  done(): E[] {
    if (this.run.length > 0) this.pieces.push(this.run);
    this.pieces.push(this.sorted.slice(this.from));
    return ([] as E[]).concat(...this.pieces);
  }
}

/**
 * `sorted` and `elements` in one order by `compare` (a total order): `elements` sorted, each
 * placed by binary search. For elements that may belong anywhere (ones a removal moved in the
 * pool); `mergeAdded` is quicker when they all came last.
 */
export function mergeInOrder<E>(sorted: readonly E[], elements: readonly E[], compare: (a: E, b: E) => number): E[] {
  const adds = [...elements].sort(compare);
  const out = new Pieces(sorted);
  for (const e of adds) {
    let lo = out.from;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(sorted[mid]!, e) < 0) lo = mid + 1;
      else hi = mid;
    }
    out.insert(lo, e);
  }
  return out.done();
}

/**
 * `list` without the elements of `drop`. A few (one removed event, the elements the removal
 * moved in the pool) are found by `indexOf`, which compares references in one sequential pass;
 * a set lookup per element of an 80,000-element list reads every element's identity hash.
 */
export function without<E>(list: readonly E[], drop: ReadonlySet<E>): E[] {
  if (drop.size > 16) return list.filter((e) => !drop.has(e));
  const at: number[] = [];
  for (const e of drop) {
    const i = list.indexOf(e);
    if (i >= 0) at.push(i);
  }
  // A copy in bulk, then the few taken out from the back (a push per element was 5-10 ms).
  at.sort((a, b) => b - a);
  const out = list.slice();
  for (const i of at) out.splice(i, 1);
  return out;
}

const tuned = new WeakSet<object>();

/** The parts of Cytoscape's core read here that its typings leave out. */
interface Graph {
  hasCompoundNodes(): boolean;
  /** The pool: every element, in the order Cytoscape ranks equals by (its poolIndex). */
  mutableElements(): ArrayLike<ZOrdered>;
}

/** How many of the pool's last elements are remembered: up to this many removals at once keep the order. */
const TAIL = 256;

/** Notifications after which Cytoscape sorts everything again (its renderer's notify), an add with its elements aside. */
const RESORT = new Set(['add', 'remove', 'move', 'load', 'zorder', 'mount']);

/**
 * Keeps Cytoscape's draw order across added and removed elements instead of sorting every
 * element again. After any element is added or removed, Cytoscape's canvas renderer sorts all
 * of them by z-order in its next frame: about 240 ms at 20,000 events and 60,000 links, in the
 * frame after Add event, Undo or Delete event, and in each frame of a large story's chunked fill. When all that changed since
 * the last sort is added elements, they are placed into the last order by binary search
 * (`mergeAdded`), which gives the same list. After a removal (which moves the pool's last
 * element into the hole, so its place among equals changes) the elements that stayed keep
 * their places and the moved ones are placed again. A change of z-index, display, visibility
 * or events of a few elements (a selected link comes on top, a ripple is shown: 240-380 ms of
 * sorting at 20,000 events, on each press that selects a link) places those few again the same
 * way. Anything else Cytoscape sorts again for (many such changes at once, compound nodes)
 * sorts all, as before; so does any doubt (elements added or removed without a notification). Returns whether it
 * is installed (not on a headless canvas). Install before anything that captures
 * `getCachedZSortedEles` (fast-hit-test.ts).
 */
export function installIncrementalZOrder(cy: Core): boolean {
  const r = (cy as unknown as { renderer?: () => ZRenderer<ZOrdered> | undefined }).renderer?.();
  const graph = cy as unknown as Graph;
  if (!r || tuned.has(r)) return r !== undefined;
  const sort = r.getCachedZSortedEles;
  const notify = r.notify;
  const grabbed = r.updateCachedGrabbedEles;
  if (typeof sort !== 'function' || typeof notify !== 'function' || typeof grabbed !== 'function') return false;
  /** The last order, while nothing but adds and removals happened since. */
  let last: ZSorted<ZOrdered> | null = null;
  /**
   * The last TAIL elements of Cytoscape's pool when `last` was made, with their pool indices:
   * a removal moves the pool's last element into the hole, so only these (and elements added
   * since) can have moved.
   */
  let tail = new Map<ZOrdered, number>();
  /** Elements added since, in the order they were added. */
  let pending = new Set<ZOrdered>();
  /** Elements removed since `last` was made. */
  let removed = new Set<ZOrdered>();
  /** Elements whose z-order styles changed since (a link selected, a ripple shown): placed again. */
  let restyled = new Set<ZOrdered>();
  /**
   * Whether an element may be in the drag layer: Cytoscape puts elements there only after it
   * emits 'grabon' on the node pressed (mouse or touch), and takes them all out on release.
   */
  let mayBeDragged = true;
  cy.on('grabon', () => {
    mayBeDragged = true;
  });
  /** Whether all of `eles` are added elements not placed yet (their first styling asks for a sort: it places them anyway). */
  const allPending = (eles: ArrayLike<ZOrdered> | undefined): boolean => {
    if (!eles || eles.length === 0) return false;
    for (let i = 0; i < eles.length; i++) if (!pending.has(eles[i]!)) return false;
    return true;
  };
  const remember = (order: ZSorted<ZOrdered>): void => {
    last = order;
    const pool = graph.mutableElements();
    tail = new Map();
    for (let i = Math.max(0, pool.length - TAIL); i < pool.length; i++) tail.set(pool[i]!, i);
    pending = new Set();
    removed = new Set();
    restyled = new Set();
  };
  /** Takes a z-order change of `eles` as elements to place again; false when they are too many for that to pay. */
  const placeAgainLater = (eles: ArrayLike<ZOrdered>): boolean => {
    const take = (e: ZOrdered): void => {
      if (!pending.has(e)) restyled.add(e);
    };
    for (let i = 0; i < eles.length; i++) {
      const e = eles[i]!;
      take(e);
      // A hidden event hides its links too, and Cytoscape tells only of the event.
      if (e.isNode()) {
        const links = (e as ZOrdered & { connectedEdges(): ArrayLike<ZOrdered> }).connectedEdges();
        for (let k = 0; k < links.length; k++) take(links[k]!);
      }
    }
    return restyled.size <= TAIL;
  };

  r.notify = function (this: ZRenderer<ZOrdered>, eventName, eles) {
    if (eventName === 'add' && eles && last) for (let i = 0; i < eles.length; i++) pending.add(eles[i]!);
    else if (eventName === 'remove' && eles && last) for (let i = 0; i < eles.length; i++) removed.add(eles[i]!);
    else if (eventName === 'zorder' && allPending(eles)) {
      // An added element's first style (its label, its z-index): it is placed by its style when merged.
    } else if (eventName === 'zorder' && eles && eles.length > 0 && last && placeAgainLater(eles)) {
      // A few elements' z-index, display or visibility changed: they are placed again by their new styles.
    } else if (RESORT.has(eventName) && (eventName !== 'move' || graph.hasCompoundNodes())) last = null;
    notify.call(this, eventName, eles);
  };

  /** The order after the adds and removals since `last`, or null when the elements do not add up (a change without a notification). */
  const updated = (from: ZSorted<ZOrdered>): { order: ZOrdered[]; interactive: ZOrdered[]; nodes?: ZOrdered[] } | null => {
    const added = [...pending].filter((e) => !e.removed());
    const pool = (e: ZOrdered): number => e.poolIndex();
    if (removed.size === 0 && restyled.size === 0) {
      if (from.length + added.length !== graph.mutableElements().length) return null;
      // Every added element came after every other: placed at the ends of their layers.
      return {
        order: mergeAdded(from, added, zKey, pool),
        interactive: mergeAdded(from.interactive ?? [], added.filter((e) => e.interactive()), zKey, pool),
        ...(from.nodes ? { nodes: mergeAdded(from.nodes, added.filter((e) => e.isNode()), zKey, pool) } : {}),
      };
    }
    // More removed than the tail remembered: a moved element may be outside it.
    if (removed.size > TAIL) return null;
    // Elements that stay and kept their pool index keep their places; the others are placed again.
    const moved: ZOrdered[] = [];
    for (const [e, at] of tail) if (!e.removed() && !pending.has(e) && !restyled.has(e) && e.poolIndex() !== at) moved.push(e);
    const again = [...restyled].filter((e) => !e.removed() && !pending.has(e));
    // Removed (a restored one is removed and added again), moved or restyled: not kept in place.
    const drop = new Set<ZOrdered>([...removed, ...moved, ...again]);
    const kept = without(from, drop);
    const placeAgain = [...added, ...moved, ...again];
    if (kept.length + placeAgain.length !== graph.mutableElements().length) return null;
    return {
      order: mergeInOrder(kept, placeAgain, zCompare),
      interactive: mergeInOrder(
        without(from.interactive ?? [], drop),
        placeAgain.filter((e) => e.interactive()),
        zCompare,
      ),
      ...(from.nodes ? { nodes: mergeInOrder(without(from.nodes, drop), placeAgain.filter((e) => e.isNode()), zCompare) } : {}),
    };
  };

  r.getCachedZSortedEles = function (this: ZRenderer<ZOrdered>, forceRecalc?: boolean) {
    if (!forceRecalc && !this.cachedZSortedEles && last && (pending.size > 0 || removed.size > 0 || restyled.size > 0) && !graph.hasCompoundNodes()) {
      const next = updated(last);
      if (next) {
        const order: ZSorted<ZOrdered> = next.order;
        order.interactive = next.interactive;
        if (next.nodes) order.nodes = next.nodes;
        // Reading styles above may have asked for a sort (Cytoscape's 'zorder'), which emptied
        // the cache; this order is what that sort would give.
        this.cachedZSortedEles = order;
        mayBeDragged = splitGrabbed(order, mayBeDragged);
        remember(order);
        return order;
      }
    }
    const before = this.cachedZSortedEles;
    const order = sort.call(this, forceRecalc);
    if (order !== before) remember(order);
    return order;
  };
  tuned.add(r);
  return true;
}
