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

  constructor(story: Story) {
    this.base = story.events.map((e) => e.id);
    this.combined = [...this.base];
  }

  /** The patch with its inserts re-positioned for the story the patches rebased so far left. */
  rebase(patch: readonly EditOp[]): readonly EditOp[] {
    if (!patch.some(structural)) return patch;
    // The event order of the story this patch was made for, as its own ops change it.
    const own = [...this.base];
    const visit = (op: EditOp): EditOp => {
      switch (op.kind) {
        case 'add-event': {
          const at = op.index ?? own.length;
          const anchor = own[at];
          own.splice(at, 0, op.event.id);
          const found = anchor === undefined ? this.combined.length : this.combined.indexOf(anchor);
          const index = found >= 0 ? found : Math.min(at, this.combined.length);
          this.combined.splice(index, 0, op.event.id);
          return op.index === undefined && anchor === undefined ? op : { ...op, index };
        }
        case 'remove-event': {
          const k = own.indexOf(op.eventId);
          if (k >= 0) own.splice(k, 1);
          const c = this.combined.indexOf(op.eventId);
          if (c >= 0) this.combined.splice(c, 1);
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
