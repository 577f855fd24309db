import type { Conflict } from '../core/analysis/conflict';
import type { StoryIndex } from '../core/analysis/story-index';
import { now } from '../core/analysis/clock';
import type { EventId } from '../core/model/story';
import { memoForwardTotals, playThrough, type ForwardTotals, type PlayState } from '../core/play/play-through';
import { splitByReview } from '../core/analysis/review';

/** A play-through state as the worker answers it: for one revision, with the time it took. */
export interface PlayAnswer extends PlayState {
  readonly revision: number;
  readonly ms: number;
}

interface PerIndex {
  readonly totals: ForwardTotals;
  /** The active conflicts in the Conflicts panel's order (severity, then type, then id). */
  readonly active: readonly Conflict[];
}

// Per StoryIndex (one per revision): a step computes only the newly entered event's ripple.
const perIndex = new WeakMap<StoryIndex, PerIndex>();

function prepared(ix: StoryIndex, all: readonly Conflict[]): PerIndex {
  let found = perIndex.get(ix);
  if (!found) {
    const active = [...splitByReview(ix.story, all).active].sort((a, b) => b.severity - a.severity || a.type.localeCompare(b.type) || a.id.localeCompare(b.id));
    found = { totals: memoForwardTotals(ix), active };
    perIndex.set(ix, found);
  }
  return found;
}

/** The play-through after `path` at `revision`, over the revision's active (not dismissed) conflicts. */
export function playThroughAt(ix: StoryIndex, all: readonly Conflict[], path: readonly EventId[], revision: number): PlayAnswer {
  const started = now();
  const { totals, active } = prepared(ix, all);
  const state = playThrough(ix, active, path, totals);
  return { ...state, revision, ms: now() - started };
}
