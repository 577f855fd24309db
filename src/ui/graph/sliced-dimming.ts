import type { Core } from 'cytoscape';

/** Elements restyled per slice: a class change restyles the element when its batch ends (about 0.1 ms each at 20,000 events). */
export const DIM_SLICE = 2000;

const NONE: ReadonlySet<string> = new Set();

/**
 * Puts the class `filtered-out` on the canvas ids of a target set and takes it off the
 * others, a slice per task: at 20,000 events a selective filter dims about 80,000 elements,
 * seconds of Cytoscape restyling in one task, during which the next key the user types
 * waits. In slices, a key is answered between two of them, and a new target drops the
 * rest of the old one's work. The first slice runs at once, so a small change shows in
 * the same frame. `onBusy` hears when slices start and stop running (the canvas's
 * `data-dimming`, which benchmarks and tests wait on).
 */
export class SlicedDimming {
  /** Canvas ids that carry the class now (as far as this knows: see `set`'s `reapply`). */
  private readonly dimmed = new Set<string>();
  private target: ReadonlySet<string> = NONE;
  private work: { readonly ids: readonly string[]; readonly add: boolean }[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
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
   * re-adds an element without its classes), so every target id gets the class again.
   */
  set(target: ReadonlySet<string>, reapply: boolean): void {
    this.target = target;
    const remove: string[] = [];
    for (const id of this.dimmed) if (!target.has(id)) remove.push(id);
    const add: string[] = [];
    for (const id of target) if (reapply || !this.dimmed.has(id)) add.push(id);
    this.work = [];
    if (remove.length > 0) this.work.push({ ids: remove, add: false });
    if (add.length > 0) this.work.push({ ids: add, add: true });
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.run();
  }

  /** Stops (the canvas goes away). */
  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.work = [];
    this.report();
  }

  /** Tells `onBusy` when `busy` has changed since it last heard. */
  private report(): void {
    if (this.busy === this.wasBusy) return;
    this.wasBusy = this.busy;
    this.onBusy(this.busy);
  }

  private run(): void {
    this.timer = null;
    if (this.cy.destroyed()) return this.cancel();
    let budget = this.slice;
    this.cy.batch(() => {
      while (budget > 0 && this.work.length > 0) {
        const part = this.work[0]!;
        const take = part.ids.slice(0, budget);
        for (const id of take) {
          const ele = this.cy.getElementById(id);
          if (part.add) {
            ele.addClass('filtered-out');
            this.dimmed.add(id);
          } else {
            ele.removeClass('filtered-out');
            this.dimmed.delete(id);
          }
        }
        budget -= take.length;
        if (take.length === part.ids.length) this.work.shift();
        else this.work[0] = { ids: part.ids.slice(take.length), add: part.add };
      }
    });
    if (this.work.length > 0) this.timer = setTimeout(() => this.run(), 0);
    this.report();
  }
}
