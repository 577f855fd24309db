import type { CollectionReturnValue, Core, ElementDefinition } from 'cytoscape';
import { syncElement } from './element-sync';

/** Above this many new elements at once, they go onto the canvas in chunks, a frame apart. */
export const CHUNK_ABOVE = 12_000;
/**
 * Above this many elements styled again at once (new ones, or their data or classes changed), a
 * change goes onto the canvas in chunks too (patch-graph.ts). Accept all safe fixes at 5,000 dense
 * events restyles about 12,000 (and moves every event): one frame of 0.8-2 s. An edit in the
 * Inspector restyles a few dozen; a setting that changes many conflict marks, a few thousand.
 */
export const RESTYLED_ABOVE = 2000;
/** Elements in the first chunk; later chunks are sized by how long the frames after the last ones took. */
export const CHUNK_SIZE = 1000;
/**
 * What the frame after a chunk should take: Cytoscape styles and lays out a chunk in that frame,
 * in one task. At 20,000 dense events an event costs about 0.25 ms there (its label measured) and a
 * link about 0.12 ms; chunks of 4,000 made frames of 0.4-1.3 s, so a click or a scroll of the
 * outline could wait that long during the whole fill (15-20 s). Frames of this length keep the
 * page answering within a few frames, for a fill about a tenth longer (more frames, each drawing
 * the events).
 */
export const FRAME_TARGET_MS = 120;
/** Changes in the first chunk of changes, and the most in one: a frame after 918 changes of classes took 44 ms, after 1,836 moves 380 ms. */
const SYNC_CHUNK_SIZE = 500;
const MAX_SYNC_CHUNK = 1000;
/** Bounds of a chunk: below, the frames' fixed cost (drawing) would dominate; above, one frame is long. */
const MIN_CHUNK = 250;
const MAX_CHUNK = 4000;
/** A chunk is added in parts of this many; between parts, a pending key ends the chunk early. */
const PART = 250;

/** Chromium's navigator.scheduling.isInputPending, where the browser has it; elsewhere a chunk is never cut short. */
function inputPending(): boolean {
  const scheduling = (globalThis.navigator as { scheduling?: { isInputPending?: () => boolean } } | undefined)?.scheduling;
  return scheduling?.isInputPending?.() ?? false;
}

/** How long the fill waits after the user's last key: a key pressed while a chunk and its frame run waits for them. */
export const HOLD_AFTER_INPUT_MS = 500;

/**
 * The longest a newly opened story's fill waits for its conflicts (pause): enough for the worker's
 * analysis of 20,000 dense events on a slow machine, short enough that a failed or very slow
 * analysis costs the canvas no more than this.
 */
export const PAUSE_FOR_ANALYSIS_MS = 2500;

/**
 * Adds a large set of elements (a newly opened 20,000-event story: about 80,000) a chunk
 * per frame instead of in one batch. Cytoscape styles, measures and lays out what was
 * added in its next frame, so one batch of 80,000 was one main-thread task of half a
 * minute; in chunks, the page (and the canvas: pan, select) stays usable in between. Each
 * chunk is sized from the time the last one's frame took (FRAME_TARGET_MS).
 *
 * A queued element goes on only while it is still current: `current(id)` returns the
 * definition the canvas should hold (patchGraph's applied map, which already counts the
 * queue as applied) and the element is not on the canvas yet; an edge also needs both
 * ends. Nodes are queued before their edges, so an edge finds its ends.
 */
export class ChunkedFill {
  private queue: ElementDefinition[] = [];
  private next = 0;
  /** Each queued element's place in `queue`, built when a push meets a fill under way (null: not built). */
  private placeOf: Map<string, number> | null = null;
  /** Elements on the canvas to bring up to date after the additions, with the SYNC_* parts to set. */
  private readonly syncs = new Map<string, number>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private frame: number | null = null;
  /** performance.now() before which no chunk is added (the user is typing). */
  private heldUntil = 0;
  /** performance.now() before which no chunk is added unless resume() comes first (0: not paused). */
  private pausedUntil = 0;
  /** Whether `timer` waits out a hold or a pause (rather than following a frame). */
  private waiting = false;
  /** Elements in the next chunk. */
  private size = CHUNK_SIZE;
  /** When the last chunk was added, and how many elements it had (null: none since the last frame was timed). */
  private lastChunk: { readonly at: number; readonly count: number; readonly syncing: boolean } | null = null;
  /**
   * Elements in the next chunk of changes (sync). Sized apart from the additions': a change that
   * moves an event also lays out its links again, so a change cost about three times an
   * addition in the frames after Accept all safe fixes at 5,000 dense events.
   */
  private syncSize = SYNC_CHUNK_SIZE;
  /** Whether what is pending changes a story already on the canvas (Accept all safe fixes), rather than draws one (opening it). */
  private changing = false;

  constructor(
    private readonly cy: Core,
    private readonly current: (id: string) => ElementDefinition | undefined,
    /** Called with the number of elements still to add or change (0 when done), and whether they change a story drawn already (rather than draw one). */
    private readonly onPending: (pending: number, changing: boolean) => void,
    /** Called with each chunk's elements inside the batch that adds them: to give them state applied to the canvas meanwhile (late-elements.ts). */
    private readonly onAdded: (added: CollectionReturnValue) => void = () => {},
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Elements the next chunk will add (at most; fewer are left, or a key cuts it short). */
  get chunkSize(): number {
    return this.size;
  }

  private report(): void {
    if (this.pending === 0) this.changing = false;
    this.onPending(this.pending, this.changing);
  }

  /** Elements still to add or to bring up to date. */
  get pending(): number {
    return this.addsPending + this.syncs.size;
  }

  private get addsPending(): number {
    return this.queue.length - this.next;
  }

  /**
   * Whether a story is being drawn onto an empty canvas (opened): changes meanwhile go onto the
   * elements drawn so far at once, so that the first chunks show the conflict marks as they come.
   */
  get drawingStory(): boolean {
    return this.addsPending > 0 && !this.changing;
  }

  /** Whether nodes are still queued (they go first): the story's extent is not known yet. */
  get nodesPending(): boolean {
    return this.addsPending > 0 && this.queue[this.next]!.group === 'nodes';
  }

  /**
   * Elements on the canvas to bring up to their current definition, each with the parts that
   * changed (element-sync.ts): after the new elements, in chunks like them. A change to an
   * element already waiting adds its parts. Called before `push` of the same change's new elements.
   */
  sync(changes: ReadonlyMap<string, number>): void {
    if (changes.size === 0) return;
    // Each set of changes costs its own per element: it starts from the first size again.
    if (this.pending === 0) this.syncSize = SYNC_CHUNK_SIZE;
    this.changing = true;
    for (const [id, parts] of changes) this.syncs.set(id, (this.syncs.get(id) ?? 0) | parts);
    this.report();
    if (this.timer === null && this.frame === null) this.schedule();
  }

  push(defs: readonly ElementDefinition[]): void {
    if (defs.length === 0) return;
    // New elements alone draw a story (opening it); with changes (sync, called first) they change the one drawn.
    if (this.pending === 0) this.changing = false;
    if (this.addsPending === 0) {
      this.queue = defs.slice();
      this.next = 0;
      this.placeOf = null;
    } else {
      if (this.next > 0) {
        this.queue = this.queue.slice(this.next);
        this.next = 0;
        this.placeOf = null;
      }
      // A newer definition of an element still waiting takes its place: an event's stays among the
      // events, ahead of the links that need it (at the end of the queue it came after them, and
      // they were never drawn: 42,000 of 60,000 links at 20,000 dense events, whose conflict marks
      // change about 12,600 waiting elements), and what is left to draw counts elements.
      const places = (this.placeOf ??= new Map(this.queue.map((d, i) => [String(d.data.id), i])));
      for (const d of defs) {
        const id = String(d.data.id);
        const at = places.get(id);
        if (at !== undefined) this.queue[at] = d;
        else {
          places.set(id, this.queue.length);
          this.queue.push(d);
        }
      }
    }
    this.report();
    if (this.timer === null && this.frame === null) this.schedule();
  }

  /**
   * Adds no chunk for `ms` from now: called on each key the user presses, so that typing
   * (a filter, a field) is answered between keys instead of after the chunks landing meanwhile.
   */
  holdFor(ms: number): void {
    this.heldUntil = Math.max(this.heldUntil, this.now() + ms);
  }

  /**
   * Adds no chunk until resume(), or for `ms` at most. While a newly opened story's conflicts are
   * computed in the worker, the first chunks' frames (Cytoscape styling thousands of elements,
   * 0.2-0.6 s each at 20,000 events) would make their answer wait, and the conflict count with it:
   * measured at 20,000 dense events, the count came 0.3-1.1 s sooner with the fill paused
   * (docs/BENCHMARKS.md, "Opening a story: the count before the canvas").
   */
  pause(ms: number): void {
    this.pausedUntil = this.now() + ms;
  }

  /** Ends a pause: a chunk waiting for it goes after the next frame. */
  resume(): void {
    if (this.pausedUntil === 0) return;
    this.pausedUntil = 0;
    if (!this.waiting || this.timer === null) return;
    clearTimeout(this.timer);
    this.timer = null;
    this.waiting = false;
    this.schedule();
  }

  /** Stops filling (the instance goes away). */
  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    this.timer = null;
    this.frame = null;
    this.waiting = false;
    this.queue = [];
    this.next = 0;
    this.placeOf = null;
    this.syncs.clear();
  }

  /** After the next frame is drawn (Cytoscape renders in requestAnimationFrame), the next chunk. */
  private schedule(): void {
    this.frame = requestAnimationFrame(() => {
      this.frame = null;
      // A task after the frame: the time since the chunk was added is mostly that frame's work.
      this.timer = setTimeout(() => {
        this.fitToLastFrame();
        this.stepUnlessHeld();
      }, 0);
    });
  }

  /** Sizes the next chunk so that its frame takes about FRAME_TARGET_MS, from how long the last chunk's took. */
  private fitToLastFrame(): void {
    const last = this.lastChunk;
    this.lastChunk = null;
    if (last === null || last.count === 0) return;
    const ms = Math.max(1, this.now() - last.at);
    // Halved or doubled at most per frame: one frame slowed by something else does not swing the size far.
    const ratio = Math.min(2, Math.max(0.5, FRAME_TARGET_MS / ms));
    const size = Math.round(Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, last.count * ratio)));
    if (last.syncing) this.syncSize = Math.min(MAX_SYNC_CHUNK, size);
    else this.size = size;
  }

  private stepUnlessHeld(): void {
    this.timer = null;
    this.waiting = false;
    const wait = Math.max(this.heldUntil, this.pausedUntil) - this.now();
    if (wait > 0) {
      this.waiting = true;
      this.timer = setTimeout(() => this.stepUnlessHeld(), wait);
    } else {
      this.pausedUntil = 0;
      this.step();
    }
  }

  private step(): void {
    if (this.cy.destroyed()) return this.cancel();
    // While keys come the fill holds (holdFor) rather than adding small chunks: each chunk's frame also redraws
    // the canvas, so a key would still wait for a frame per chunk.
    const start = this.next;
    const end = Math.min(this.queue.length, this.next + this.size);
    while (this.next < end) {
      const stop = Math.min(end, this.next + PART);
      this.add(this.next, stop);
      this.next = stop;
      // A key waits: it is answered (and its frame drawn) before the rest of the chunk.
      if (this.next < end && inputPending()) break;
    }
    let count = this.next - start;
    // Changes to elements on the canvas once every new element is on (an edge may move to a new node), in chunks of their own size.
    const syncing = count === 0 && this.addsPending === 0;
    while (syncing && this.syncs.size > 0 && count < this.syncSize) {
      count += this.syncSome(Math.min(PART, this.syncSize - count));
      if (this.syncs.size > 0 && count < this.syncSize && inputPending()) break;
    }
    this.lastChunk = { at: this.now(), count, syncing };
    if (this.addsPending === 0) {
      this.queue = [];
      this.next = 0;
      this.placeOf = null;
    }
    if (this.pending > 0) this.schedule();
    else this.lastChunk = null;
    this.report();
  }

  /** Brings up to `most` waiting elements up to date, in one batch; returns how many it took from the list. */
  private syncSome(most: number): number {
    let taken = 0;
    this.cy.batch(() => {
      for (const [id, parts] of this.syncs) {
        if (taken === most) break;
        this.syncs.delete(id);
        taken++;
        const def = this.current(id);
        const ele = this.cy.getElementById(id);
        // Gone since (removed by a later patch), or not on the canvas (an edge without its ends): nothing to change.
        if (def !== undefined && ele.nonempty()) syncElement(ele, def, parts);
      }
    });
    return taken;
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
