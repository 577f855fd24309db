import type { StoryEvent } from '../model/story';
import type { Emit, Match } from './rule';
import type { StoryIndex } from './story-index';

/**
 * The parts of an event a rule reads. An edit that changes none of them in any event
 * leaves the rule's matches as they were; `time` also covers the event's place in the timeline.
 */
export type EventAspect = 'time' | 'scale' | 'intensity' | 'tags' | 'themes' | 'participants' | 'effects' | 'location' | 'duration';

/**
 * Emits one match with its `order`: where the rule's full pass emits it among the other
 * matches of the same conflict (same type and events), so that merging matches found
 * piecemeal lists links and subjects as a full analysis does.
 */
export type ScopedEmit = (match: Match, order: number) => void;

/** Partition of a match: the part of the story its finding depends on (a link, an event, a key). */
export type PartKey = number | string;

interface ScopeBase {
  /** The event aspects the rule reads; a change elsewhere cannot change its matches. */
  readonly reads: readonly EventAspect[];
  /** The partition a match of the rule's full pass belongs to. */
  partOf(match: Match, ix: StoryIndex): PartKey;
  /** The order of a match of the rule's full pass (see ScopedEmit). */
  orderOf(match: Match, ix: StoryIndex): number;
}

/** Matches of a link depend on the link's ends and the ends' fields: partition = link index. */
export interface LinkScope extends ScopeBase {
  readonly kind: 'link';
  matchLink(ix: StoryIndex, j: number, emit: ScopedEmit): void;
}

/** Matches of an event depend on that event's fields only: partition = event index. */
export interface EventScope extends ScopeBase {
  readonly kind: 'event';
  matchEvent(ix: StoryIndex, i: number, emit: ScopedEmit): void;
}

/**
 * Matches anchored at an event (partition = event index) that read the events from `back`
 * positions before to `ahead` positions after it in the timeline. `span` is undefined when
 * the window is too wide to be worth tracking: then the rule is re-run whole.
 */
export interface WindowScope extends ScopeBase {
  readonly kind: 'window';
  span(ix: StoryIndex): { readonly back: number; readonly ahead: number } | undefined;
  matchEvent(ix: StoryIndex, i: number, emit: ScopedEmit): void;
}

/**
 * Matches along the timeline sequence of one key (a character, a character's trait, a growth
 * theme): partition = key. `motivated` rules also read, through motivated(Q, c, P), the
 * incoming links of the key's events and the participants and times of those links' sources.
 */
export interface KeyScope extends ScopeBase {
  readonly kind: 'key';
  readonly motivated: boolean;
  keysOf(event: StoryEvent, ix: StoryIndex): readonly string[];
  /** `members`: the events of the key (as keysOf lists them) in timeline order. */
  matchKey(ix: StoryIndex, key: string, members: readonly number[], emit: ScopedEmit): void;
}

/**
 * Matches that depend on the link graph as a whole: the rule is re-run whole when links or
 * the aspects in `reads` change. `local` handles the aspects whose change only concerns some
 * partitions, with what the last whole run found (`aux`).
 */
export interface GraphScope extends ScopeBase {
  readonly kind: 'graph';
  /** The rule's full pass (the same matches as its detect), returning what `local` needs. */
  whole(ix: StoryIndex, emit: Emit): unknown;
  /**
   * Instead of a whole run after links were added, removed or moved, or events changed in what `reads` lists:
   * brings `aux` up to date and returns the partitions to re-detect with `local.matchPart`,
   * or undefined when only a whole run will do.
   */
  follow?(edit: GraphEdit): readonly PartKey[] | undefined;
  /**
   * Events that have no links were removed (`moved`: each old position's new one, -1 for the
   * removed; `n`: the events left): brings `aux` to the new positions, or returns false when
   * only a whole run will do. Such events are in no path, so the rest of the graph's findings stay.
   */
  dropEvents?(aux: unknown, moved: Int32Array, n: number): boolean;
  /**
   * Events that have no links were inserted (`moved`: each old position's new one; `inserted`:
   * the new events' positions in `ix`, ascending): brings `aux` to the new positions and returns
   * the partitions to re-detect with `local.matchPart` (the new events' own findings), or
   * undefined when only a whole run will do. Such events are in no path, so the rest stays.
   */
  insertEvents?(aux: unknown, moved: Int32Array, inserted: readonly number[], ix: StoryIndex): readonly PartKey[] | undefined;
  readonly local?: {
    readonly reads: readonly EventAspect[];
    partsOf(aux: unknown, i: number): readonly PartKey[];
    matchPart(ix: StoryIndex, aux: unknown, part: PartKey, emit: ScopedEmit): void;
  };
}

/** What changed in the link graph and the events since the last whole run or follow. */
export interface GraphEdit {
  readonly before: StoryIndex;
  readonly ix: StoryIndex;
  readonly aux: unknown;
  /** Events whose aspects in the scope's `reads` changed (appended events included). */
  readonly events: readonly number[];
  /** Links appended (or, with `removed`, links new at their position: inserted, or moved and given in `removed` too). */
  readonly added: readonly number[];
  /** Links whose ends changed, at the same position in `before` and `ix`. */
  readonly moved: readonly number[];
  /** Positions in `before` of links removed (or whose former ends a moved link left). */
  readonly removed?: readonly number[];
}

/** The links of a graph edit at their new ends (positions in `ix`) and at their former ends (positions in `before`). */
export function linkChanges(edit: GraphEdit): { readonly entered: readonly number[]; readonly left: readonly number[] } {
  return { entered: [...edit.moved, ...edit.added], left: edit.removed === undefined ? edit.moved : [...edit.moved, ...edit.removed] };
}

/** A per-event table with the removed events' entries dropped (`moved` as in dropEvents). */
export function closeUp(values: Float64Array, moved: Int32Array, n: number): Float64Array {
  const out = new Float64Array(n);
  const upto = Math.min(values.length, moved.length);
  for (let i = 0; i < upto; i++) {
    const p = moved[i]!;
    if (p >= 0) out[p] = values[i]!;
  }
  return out;
}

export type RuleScope = LinkScope | EventScope | WindowScope | KeyScope | GraphScope;
