import type { Conflict } from '../analysis/conflict';
import type { StoryIndex } from '../analysis/story-index';
import type { EventId } from '../model/story';
import { computeRipple } from '../ripple/ripple';
import { choicesFrom, startChoices, type PlayChoice } from './play-choices';
import { checkPath } from './play-path';

/** Where a play-through stands after walking `path` (conflict-rules.md, Play-through). */
export interface PlayState {
  readonly path: readonly EventId[];
  /** Per scale id (every scale of the story): the forward ripple totals of the path's events, each occurrence counted. */
  readonly scaleImpact: Readonly<Record<string, number>>;
  /** The given active conflicts that name at least one event of the path, in their given order. */
  readonly pathConflicts: readonly Conflict[];
  /** The intensities of the path's events in order. */
  readonly tension: readonly number[];
  /** What the player can do next: the start events for an empty path, else the outgoing links of the last event. */
  readonly choices: readonly PlayChoice[];
}

/** Per-scale totals of one event's forward ripple (default threshold, no depth limit). */
export type ForwardTotals = (eventId: EventId) => Readonly<Record<string, number>>;

/** Forward ripple totals computed on demand and kept per event, for one StoryIndex (one revision). */
export function memoForwardTotals(ix: StoryIndex): ForwardTotals {
  const memo = new Map<EventId, Readonly<Record<string, number>>>();
  return (id) => {
    let found = memo.get(id);
    if (!found) {
      found = computeRipple(ix, id).perScale;
      memo.set(id, found);
    }
    return found;
  };
}

/** The conflicts (in their order) that name at least one of `path`'s events. */
export function pathConflictsOf(conflicts: readonly Conflict[], path: readonly EventId[]): Conflict[] {
  const onPath = new Set(path);
  return conflicts.filter((c) => c.events.some((e) => onPath.has(e)));
}

/**
 * The play-through state after walking `path` from a start event: scale impact,
 * path conflicts among `conflicts` (pass the active ones), tension and the next
 * choices. Throws a PlayPathError naming the step when the path cannot be walked.
 */
export function playThrough(
  ix: StoryIndex,
  conflicts: readonly Conflict[],
  path: readonly EventId[],
  totals: ForwardTotals = memoForwardTotals(ix),
): PlayState {
  const indices = checkPath(ix, path);
  const scaleImpact: Record<string, number> = {};
  for (const s of ix.story.scales) scaleImpact[s.id] = 0;
  for (const id of path) {
    const perScale = totals(id);
    for (const s of ix.story.scales) scaleImpact[s.id] = scaleImpact[s.id]! + (perScale[s.id] ?? 0);
  }
  const last = path[path.length - 1];
  return {
    path: [...path],
    scaleImpact,
    pathConflicts: pathConflictsOf(conflicts, path),
    tension: indices.map((e) => ix.events[e]!.intensity),
    choices: last === undefined ? startChoices(ix) : choicesFrom(ix, last),
  };
}
