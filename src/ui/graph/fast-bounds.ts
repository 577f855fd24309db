import type { Core } from 'cytoscape';

/**
 * A faster `ele.boundingBox()` for Cytoscape 3.34's canvas renderer.
 *
 * The renderer asks every element for its bounding box on every frame, to cull what is
 * off screen. With the cache clean, Cytoscape still allocates a memoised closure per call
 * and hashes the element's (or, for an edge, both ends') rounded position through an
 * iterator to check the cache: about 5 µs per element, so 100 ms of every frame at 5,000
 * events and 15,000 links, on screen or not. This wrapper answers the common call (one
 * element, default options) from the same cache when the element's style is clean and
 * the rounded positions are those the cache was computed at, and otherwise defers to
 * Cytoscape, which recomputes the cache as before. The validity test is Cytoscape's own
 * (`bbCache`, `styleDirty`, rounded positions), so the answers are the same.
 *
 * It reads Cytoscape's private element state; if that state does not look as expected
 * (another Cytoscape version), the wrapper is not installed.
 */

interface Position {
  x: number;
  y: number;
}

interface ElementPrivate {
  bbCache: object | null;
  styleDirty: boolean;
  group: 'nodes' | 'edges';
  position: Position;
  source?: { _private: ElementPrivate };
  target?: { _private: ElementPrivate };
}

interface SingleElement {
  readonly length: number;
  readonly 0: { _private: ElementPrivate };
}

type BoundingBoxFn = (this: SingleElement, options?: unknown) => unknown;

/** Rounded positions the cached box was computed at (both ends for an edge). */
interface Snapshot {
  a: number;
  b: number;
  c: number;
  d: number;
}

const snapshots = new WeakMap<object, Snapshot>();

function take(p: ElementPrivate, into: Snapshot): Snapshot {
  if (p.group === 'edges') {
    const s = p.source!._private.position;
    const t = p.target!._private.position;
    into.a = Math.round(s.x);
    into.b = Math.round(s.y);
    into.c = Math.round(t.x);
    into.d = Math.round(t.y);
  } else {
    into.a = Math.round(p.position.x);
    into.b = Math.round(p.position.y);
    into.c = 0;
    into.d = 0;
  }
  return into;
}

const probe: Snapshot = { a: 0, b: 0, c: 0, d: 0 };

function stillValid(p: ElementPrivate, s: Snapshot): boolean {
  take(p, probe);
  return probe.a === s.a && probe.b === s.b && probe.c === s.c && probe.d === s.d;
}

function looksLikeCytoscape334(p: unknown): p is ElementPrivate {
  const q = p as Partial<ElementPrivate> | undefined;
  return q !== undefined && 'bbCache' in q && typeof q.position === 'object' && (q.group === 'nodes' || q.group === 'edges');
}

const installed = new WeakSet<object>();

/**
 * Installs the fast path on the element prototype of `cy` (once per prototype; all
 * instances share it). Returns whether it is installed.
 */
export function installFastBounds(cy: Core): boolean {
  const sample = cy.collection();
  const proto = Object.getPrototypeOf(sample) as { boundingBox: BoundingBoxFn };
  if (installed.has(proto)) return true;
  const original = proto.boundingBox;
  if (typeof original !== 'function') return false;
  let checked = false;
  proto.boundingBox = function boundingBox(this: SingleElement, options?: unknown) {
    if (options !== undefined || this.length !== 1) return original.call(this, options);
    const p = this[0]._private;
    if (!checked) {
      // The first element seen tells whether the private state is the one this relies on.
      if (!looksLikeCytoscape334(p)) {
        proto.boundingBox = original;
        return original.call(this);
      }
      checked = true;
    }
    const cached = p.bbCache;
    if (cached !== null && cached !== undefined && !p.styleDirty) {
      const s = snapshots.get(cached);
      if (s !== undefined && stillValid(p, s)) return cached;
    }
    const result = original.call(this);
    const fresh = p.bbCache;
    if (fresh !== null && fresh !== undefined && !p.styleDirty) snapshots.set(fresh, take(p, { a: 0, b: 0, c: 0, d: 0 }));
    return result;
  };
  installed.add(proto);
  return true;
}
