import { CATEGORY_OF, type Conflict } from '../analysis/conflict';
import { GOAL_WEIGHT, type Scores } from '../analysis/scores';
import type { StoryIndex } from '../analysis/story-index';
import { hasTherapyProfile } from '../model/therapy-profile';
import type { StoryEvent } from '../model/story';
import type { ChangedEvent } from './story-diff';

/** The events' stable numbers by position (event-numbering.ts). */
interface Slots {
  readonly slotOf: Int32Array;
}

interface Named {
  readonly conflict: Conflict | undefined;
}

function clampSeverity(severity: number): number {
  return severity > 0 ? Math.min(1, severity) : 0;
}

function carries(e: StoryEvent, theme: string): boolean {
  return Object.hasOwn(e.themes, theme) && e.themes[theme]! > 0;
}

/**
 * computeScores kept up to date: per event, the product of (1 - severity) over the active
 * conflicts naming it, structural and therapeutic apart. An event's product is redone, in
 * the same order as computeScores (conflict ids ascending), only when a conflict naming it
 * changed, so the floating-point results are the same; the sums over events are redone
 * whole (a pass over a typed array), in the events' order as computeScores takes them: products
 * are kept by stable number, which inserted events make differ from the order. Goal coverage
 * counts, per goal, the events carrying it.
 */
export class IncrementalScores {
  private structural: Float64Array;
  private therapeutic: Float64Array;
  private readonly goals: readonly string[];
  private carriers: number[];

  constructor(
    ix: StoryIndex,
    private readonly byEvent: ReadonlyArray<readonly Named[] | undefined>,
    private readonly isDismissed: (id: string) => boolean,
    private readonly slots: Slots,
  ) {
    this.structural = new Float64Array(ix.n).fill(1);
    this.therapeutic = new Float64Array(ix.n).fill(1);
    for (let i = 0; i < ix.n; i++) if (byEvent[i] !== undefined) this.rescore(i);
    this.goals = [...new Set(ix.settings.therapy.goals)];
    this.carriers = this.goals.map(() => 0);
    if (this.goals.length > 0) for (const e of ix.events) this.goals.forEach((g, k) => (this.carriers[k]! += carries(e, g) ? 1 : 0));
    this.ix = ix;
  }

  private ix: StoryIndex;

  private rescore(i: number): void {
    const named = this.byEvent[i];
    let structural = 1;
    let therapeutic = 1;
    if (named !== undefined && named.length <= 2) {
      // One or two factors multiply the same in any order: no list to sort (most events).
      for (const { conflict } of named) {
        if (conflict === undefined || this.isDismissed(conflict.id)) continue;
        const keep = 1 - clampSeverity(conflict.severity);
        if (CATEGORY_OF[conflict.type] === 'therapeutic') therapeutic *= keep;
        else structural *= keep;
      }
    } else if (named !== undefined) {
      const active: Conflict[] = [];
      for (const { conflict } of named) if (conflict !== undefined && !this.isDismissed(conflict.id)) active.push(conflict);
      active.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      for (const c of active) {
        const keep = 1 - clampSeverity(c.severity);
        if (CATEGORY_OF[c.type] === 'therapeutic') therapeutic *= keep;
        else structural *= keep;
      }
    }
    this.structural[i] = structural;
    this.therapeutic[i] = therapeutic;
  }

  /**
   * After an edit: `rescore` lists the events (stable numbers) some conflict naming them changed
   * for, `size` is the number of stable numbers given. A removed event's number keeps 1 (nothing
   * damaged): it adds nothing to the sums, which are still taken in the events' order.
   */
  update(old: StoryIndex, ix: StoryIndex, changed: readonly ChangedEvent[], rescore: ReadonlySet<number>, size: number): void {
    if (size !== this.structural.length) {
      const grow = (a: Float64Array): Float64Array => {
        const next = new Float64Array(size).fill(1);
        next.set(a.subarray(0, Math.min(a.length, size)));
        return next;
      };
      this.structural = grow(this.structural);
      this.therapeutic = grow(this.therapeutic);
    }
    for (const i of rescore) this.rescore(i);
    for (const { index, aspects } of changed) {
      if (!aspects.has('themes')) continue;
      this.goals.forEach((g, k) => {
        if (index < old.n && carries(old.events[index]!, g)) this.carriers[k]!--;
        if (carries(ix.events[index]!, g)) this.carriers[k]!++;
      });
    }
    this.ix = ix;
  }

  /** Removed events no longer count towards goal coverage. */
  removeEvents(events: readonly StoryEvent[]): void {
    for (const e of events) this.goals.forEach((g, k) => (this.carriers[k]! -= carries(e, g) ? 1 : 0));
  }

  /** Inserted events count towards goal coverage (appended ones are counted as changed events). */
  insertEvents(events: readonly StoryEvent[]): void {
    for (const e of events) this.goals.forEach((g, k) => (this.carriers[k]! += carries(e, g) ? 1 : 0));
  }

  /** The mean damage over the events, summed in their order (floating-point sums are order-sensitive). */
  private share(intact: Float64Array, n: number): number {
    if (n === 0) return 0;
    const slotOf = this.slots.slotOf;
    let damaged = 0;
    for (let p = 0; p < n; p++) damaged += 1 - intact[slotOf[p]!]!;
    return Math.min(1, damaged / n);
  }

  scores(): Scores {
    const coherence = 1 - this.share(this.structural, this.ix.n);
    if (!hasTherapyProfile(this.ix.story)) return { coherence, therapeuticAlignment: null };
    const pacing = 1 - this.share(this.therapeutic, this.ix.n);
    const coverage = this.goals.length === 0 ? 1 : this.carriers.filter((count) => count > 0).length / this.goals.length;
    return { coherence, therapeuticAlignment: pacing * (1 - GOAL_WEIGHT * (1 - coverage)) };
  }
}
