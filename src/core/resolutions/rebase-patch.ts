import type { EditOp } from '../edits/edit-op';
import type { Story } from '../model/story';

function structural(op: EditOp): boolean {
  return op.kind === 'add-event' || op.kind === 'remove-event' || (op.kind === 'batch' && op.ops.some(structural));
}

/**
 * Lines up patches that were all computed for the same story so they can be applied
 * one after another. Only event positions need care: an add-event's index is a
 * position in the story its patch was made for, and an earlier patch that inserted
 * events would shift it (and with it the tie order of equal times). Each insert is
 * anchored to the event it was placed before and put before that event again.
 */
export class PatchRebaser {
  private readonly base: readonly string[];
  private readonly combined: string[];
  /** Whether an event was removed from `combined`: then a base event may sit before its base position. */
  private shrunk = false;

  constructor(story: Story) {
    this.base = story.events.map((e) => e.id);
    this.combined = [...this.base];
  }

  /** The position of an event in `combined`, looked for from `from` on first (ids are unique), then from the start. */
  private positionOf(id: string, from: number): number {
    const found = this.shrunk ? -1 : this.combined.indexOf(id, from);
    return found >= 0 ? found : this.combined.indexOf(id);
  }

  /** The patch with its inserts re-positioned for the story the patches rebased so far left. */
  rebase(patch: readonly EditOp[]): readonly EditOp[] {
    if (!patch.some(structural)) return patch;
    // The event order of the story this patch was made for, as its own ops change it: the base
    // list and this patch's inserts (a copy of the list only once it removes an event).
    const own = new OwnOrder(this.base);
    const visit = (op: EditOp): EditOp => {
      switch (op.kind) {
        case 'add-event': {
          const at = op.index ?? own.length;
          const anchor = own.at(at);
          own.insert(at, op.event.id);
          // Events only move later as others are inserted before them: a base event is at or after
          // its base position, which is at least its position here less this patch's inserts.
          const found = anchor === undefined ? this.combined.length : this.positionOf(anchor, Math.max(0, at - own.inserted));
          const index = found >= 0 ? found : Math.min(at, this.combined.length);
          this.combined.splice(index, 0, op.event.id);
          return op.index === undefined && anchor === undefined ? op : { ...op, index };
        }
        case 'remove-event': {
          own.remove(op.eventId);
          const c = this.combined.indexOf(op.eventId);
          if (c >= 0) {
            this.combined.splice(c, 1);
            this.shrunk = true;
          }
          return op;
        }
        case 'batch':
          return { ...op, ops: op.ops.map(visit) };
        default:
          return op;
      }
    };
    return patch.map(visit);
  }
}

/** A list of event ids as a patch's own ops change it, without copying the list for inserts. */
class OwnOrder {
  /** Inserts in the order made: position in the list as it then was, and id. */
  private readonly inserts: Array<readonly [number, string]> = [];
  private list: string[] | undefined;

  constructor(private readonly base: readonly string[]) {}

  get length(): number {
    return this.list ? this.list.length : this.base.length + this.inserts.length;
  }

  /** How many events this patch inserted. */
  get inserted(): number {
    return this.inserts.length;
  }

  at(p: number): string | undefined {
    if (this.list) return this.list[p];
    // Back through the inserts, latest first, to the position in the base list.
    let q = p;
    for (let k = this.inserts.length - 1; k >= 0; k--) {
      const [pos, id] = this.inserts[k]!;
      if (q === pos) return id;
      if (q > pos) q--;
    }
    return this.base[q];
  }

  insert(p: number, id: string): void {
    if (this.list) this.list.splice(p, 0, id);
    this.inserts.push([p, id]);
  }

  remove(id: string): void {
    if (!this.list) {
      const list = [...this.base];
      for (const [pos, inserted] of this.inserts) list.splice(pos, 0, inserted);
      this.list = list;
    }
    const k = this.list.indexOf(id);
    if (k >= 0) this.list.splice(k, 1);
  }
}
