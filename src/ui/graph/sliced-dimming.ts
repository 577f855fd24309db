import type { Core } from 'cytoscape';
import { dimOut, undim } from './filter-dim-style';

/** Most elements restyled per slice. */
export const DIM_SLICE = 4000;

/**
 * How long a slice may run. The restyling happens in the slice itself (a style bypass,
 * filter-dim-style.ts), not in Cytoscape's next frame, so the slice can stop in time: at
 * 20,000 events a node takes about 40 µs and a link about 20 µs on the bench machine.
 */
export const SLICE_MS = 24;

/** A slice in idle time runs at least this long, even when the browser offers less. */
const MIN_SLICE_MS = 4;

/** A busy page still gets a slice after this long. */
const IDLE_TIMEOUT_MS = 500;

/** Elements done between two looks at the clock. */
const CLOCK_EVERY = 64;

const NONE: ReadonlySet<string> = new Set();

/**
 * Dims the canvas ids of a target set (filter-dim-style.ts) and undims the others, a slice
 * per task: at 20,000 events a selective filter dims about 80,000 elements, seconds of
 * restyling in one task, during which the next key the user types waits. A slice stops
 * after SLICE_MS or DIM_SLICE elements, so a key is answered between two of them, and a new
 * target drops the rest of the old one's work. The first slice runs at once, so a small
 * change shows in the same frame. `onBusy` hears when slices start and stop running (the
 * canvas's `data-dimming`, which benchmarks and tests wait on).
 */
export class SlicedDimming {
  /** Canvas ids dimmed now (as far as this knows: see `set`'s `reapply`). */
  private readonly dimmed = new Set<string>();
  private target: ReadonlySet<string> = NONE;
  /** Ids still to dim (add) or undim, from position `from` on. */
  private work: { readonly ids: readonly string[]; readonly add: boolean; from: number }[] = [];
  /** Cancels the next slice's callback; null when none is scheduled. */
  private next: (() => void) | null = null;
  private wasBusy = false;

  constructor(
    private readonly cy: Core,
    private readonly slice = DIM_SLICE,
    private readonly onBusy: (busy: boolean) => void = () => {},
  ) {}

  /** What should be dimmed: elements that reach the canvas later are given it (late-elements.ts). */
  get intended(): ReadonlySet<string> {
    return this.target;
  }

  /** Whether slices are still to run. */
  get busy(): boolean {
    return this.work.length > 0;
  }

  /**
   * Dims exactly `target`. `reapply`: elements may have been replaced on the canvas (a patch
   * re-adds an element without its dimming), so every target id is looked at again.
   */
  set(target: ReadonlySet<string>, reapply: boolean): void {
    this.target = target;
    const remove: string[] = [];
    for (const id of this.dimmed) if (!target.has(id)) remove.push(id);
    const add: string[] = [];
    for (const id of target) if (reapply || !this.dimmed.has(id)) add.push(id);
    this.work = [];
    if (remove.length > 0) this.work.push({ ids: remove, add: false, from: 0 });
    if (add.length > 0) this.work.push({ ids: add, add: true, from: 0 });
    this.unschedule();
    this.run(SLICE_MS);
  }

  /** Stops (the canvas goes away). */
  cancel(): void {
    this.unschedule();
    this.work = [];
    this.report();
  }

  /** Tells `onBusy` when `busy` has changed since it last heard. */
  private report(): void {
    if (this.busy === this.wasBusy) return;
    this.wasBusy = this.busy;
    this.onBusy(this.busy);
  }

  private unschedule(): void {
    this.next?.();
    this.next = null;
  }

  /**
   * The next slice runs when the page is idle, in the time the browser says is left: the
   * outline's deferred render after a key goes first. With a chain of timer tasks, that render,
   * which yields every few milliseconds, could wait behind a slice each time it yielded.
   */
  private schedule(): void {
    const idle = globalThis.requestIdleCallback;
    if (typeof idle === 'function') {
      const handle = idle((deadline) => {
        this.next = null;
        this.run(deadline.didTimeout ? SLICE_MS : Math.min(SLICE_MS, Math.max(MIN_SLICE_MS, deadline.timeRemaining())));
      }, { timeout: IDLE_TIMEOUT_MS });
      this.next = () => globalThis.cancelIdleCallback(handle);
    } else {
      const handle = setTimeout(() => {
        this.next = null;
        this.run(SLICE_MS);
      }, 0);
      this.next = () => clearTimeout(handle);
    }
  }

  private run(sliceMs: number): void {
    if (this.cy.destroyed()) return this.cancel();
    const started = performance.now();
    let budget = this.slice;
    this.cy.batch(() => {
      while (budget > 0 && this.work.length > 0) {
        const part = this.work[0]!;
        const end = Math.min(part.ids.length, part.from + budget);
        let k = part.from;
        for (; k < end; k++) {
          const id = part.ids[k]!;
          const ele = this.cy.getElementById(id);
          if (part.add) {
            if (ele.nonempty()) dimOut(ele);
            this.dimmed.add(id);
          } else {
            if (ele.nonempty()) undim(ele);
            this.dimmed.delete(id);
          }
          if ((k - part.from) % CLOCK_EVERY === CLOCK_EVERY - 1 && performance.now() - started > sliceMs) {
            k++;
            break;
          }
        }
        budget -= k - part.from;
        part.from = k;
        if (k === part.ids.length) this.work.shift();
        else if (k < end || performance.now() - started > sliceMs) break;
      }
    });
    if (this.work.length > 0) this.schedule();
    this.report();
  }
}
