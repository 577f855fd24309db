import type { CollectionReturnValue, Core, ElementDefinition } from 'cytoscape';

/** Above this many new elements at once, they go onto the canvas in chunks, a frame apart. */
export const CHUNK_ABOVE = 12_000;
/** Elements per chunk: Cytoscape styles and lays out a chunk in the frame after it is added. */
export const CHUNK_SIZE = 4000;
/** A chunk is added in parts of this many; between parts, a pending key ends the chunk early. */
const PART = 1000;

/** Chromium's navigator.scheduling.isInputPending, where the browser has it; elsewhere a chunk is never cut short. */
function inputPending(): boolean {
  const scheduling = (globalThis.navigator as { scheduling?: { isInputPending?: () => boolean } } | undefined)?.scheduling;
  return scheduling?.isInputPending?.() ?? false;
}

/** How long the fill waits after the user's last key: a chunk and its frame take 0.3-0.7 s at 20,000 events, and a key pressed meanwhile waits for them. */
export const HOLD_AFTER_INPUT_MS = 500;

/**
 * Adds a large set of elements (a newly opened 20,000-event story: about 80,000) a chunk
 * per frame instead of in one batch. Cytoscape styles, measures and lays out what was
 * added in its next frame, so one batch of 80,000 was one main-thread task of half a
 * minute; in chunks, the page (and the canvas: pan, select) stays usable in between.
 *
 * A queued element goes on only while it is still current: `current(id)` returns the
 * definition the canvas should hold (patchGraph's applied map, which already counts the
 * queue as applied) and the element is not on the canvas yet; an edge also needs both
 * ends. Nodes are queued before their edges, so an edge finds its ends.
 */
export class ChunkedFill {
  private queue: ElementDefinition[] = [];
  private next = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private frame: number | null = null;
  /** performance.now() before which no chunk is added (the user is typing). */
  private heldUntil = 0;

  constructor(
    private readonly cy: Core,
    private readonly current: (id: string) => ElementDefinition | undefined,
    /** Called with the number of elements still to add (0 when done). */
    private readonly onPending: (pending: number) => void,
    /** Called with each chunk's elements inside the batch that adds them: to give them state applied to the canvas meanwhile (late-elements.ts). */
    private readonly onAdded: (added: CollectionReturnValue) => void = () => {},
  ) {}

  get pending(): number {
    return this.queue.length - this.next;
  }

  /** Whether nodes are still queued (they go first): the story's extent is not known yet. */
  get nodesPending(): boolean {
    return this.pending > 0 && this.queue[this.next]!.group === 'nodes';
  }

  push(defs: readonly ElementDefinition[]): void {
    if (defs.length === 0) return;
    if (this.next > 0) {
      this.queue = this.queue.slice(this.next);
      this.next = 0;
    }
    for (const d of defs) this.queue.push(d);
    this.onPending(this.pending);
    if (this.timer === null && this.frame === null) this.schedule();
  }

  /**
   * Adds no chunk for `ms` from now: called on each key the user presses, so that typing
   * (a filter, a field) is answered between keys instead of after the chunks landing meanwhile.
   */
  holdFor(ms: number): void {
    this.heldUntil = Math.max(this.heldUntil, performance.now() + ms);
  }

  /** Stops filling (the instance goes away). */
  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    this.timer = null;
    this.frame = null;
    this.queue = [];
    this.next = 0;
  }

  /** After the next frame is drawn (Cytoscape renders in requestAnimationFrame), the next chunk. */
  private schedule(): void {
    this.frame = requestAnimationFrame(() => {
      this.frame = null;
      this.timer = setTimeout(() => this.stepUnlessHeld(), 0);
    });
  }

  private stepUnlessHeld(): void {
    this.timer = null;
    const wait = this.heldUntil - performance.now();
    if (wait > 0) this.timer = setTimeout(() => this.stepUnlessHeld(), wait);
    else this.step();
  }

  private step(): void {
    if (this.cy.destroyed()) return this.cancel();
    // Smaller chunks after a key were tried: each frame still redraws the whole canvas (0.4 s at 20,000 events), so
    // a key still waited 0.3-0.8 s, and the fill took 30 s instead of 17 (one run each, typing meanwhile).
    const end = Math.min(this.queue.length, this.next + CHUNK_SIZE);
    while (this.next < end) {
      const stop = Math.min(end, this.next + PART);
      this.add(this.next, stop);
      this.next = stop;
      // A key waits: it is answered (and its frame drawn) before the rest of the chunk.
      if (this.next < end && inputPending()) break;
    }
    if (this.pending > 0) this.schedule();
    else {
      this.queue = [];
      this.next = 0;
    }
    this.onPending(this.pending);
  }

  /** Adds the queue's [from, to) that is still current and not on the canvas, in one batch. */
  private add(from: number, to: number): void {
    const nodes: ElementDefinition[] = [];
    const edges: ElementDefinition[] = [];
    for (let i = from; i < to; i++) {
      const def = this.queue[i]!;
      const id = String(def.data.id);
      if (this.current(id) !== def || this.cy.getElementById(id).nonempty()) continue;
      if (def.group === 'nodes') nodes.push(def);
      else edges.push(def);
    }
    this.cy.batch(() => {
      const added = this.cy.collection();
      if (nodes.length > 0) added.merge(this.cy.add(nodes));
      const ends = (e: ElementDefinition): boolean => this.cy.getElementById(String(e.data.source)).nonempty() && this.cy.getElementById(String(e.data.target)).nonempty();
      const placeable = edges.filter(ends);
      if (placeable.length > 0) added.merge(this.cy.add(placeable));
      if (added.nonempty()) this.onAdded(added);
    });
  }
}
