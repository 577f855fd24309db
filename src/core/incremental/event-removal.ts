import type { Match } from '../analysis/rule';
import type { PartKey, RuleScope } from '../analysis/rule-scope';
import type { StoryIndex } from '../analysis/story-index';
import type { Story } from '../model/story';
import type { EditOp } from '../edits/edit-op';
import type { ConflictChange } from './incremental-analysis';
import type { EventNumbering } from './event-numbering';
import type { IdentityStore, Identity, Stored } from './identity-store';
import type { IncrementalScores } from './incremental-scores';
import { buildKeyMembers } from './key-members';
import { pushTo } from './part-matches';
import type { RuleState } from './parts-reached';
import { chainChanges, indexWithoutEvents, removedEvents } from './removed-events';
import type { ScopedRule } from './scopes';
import { sameSettings, type ChangedEvent, type EditSpots } from './story-diff';

/** What of the incremental analysis removing events reads and drives; the analysis keeps the state. */
export interface RemovalHost {
  readonly index: () => StoryIndex;
  readonly setIndex: (ix: StoryIndex) => void;
  readonly rules: readonly ScopedRule[];
  readonly states: () => readonly RuleState[];
  readonly store: IdentityStore;
  readonly events: () => EventNumbering;
  readonly scores: () => IncrementalScores;
  readonly reorderLinks: (next: Story, spots: EditSpots) => ConflictChange | undefined;
  readonly finish: (old: StoryIndex, touched: ReadonlySet<Identity>, changed: readonly ChangedEvent[], dismissedChanged: boolean, gone: readonly number[]) => ConflictChange;
  readonly runWhole: (r: number, touched: Set<Identity>) => void;
  readonly redetect: (r: number, scope: RuleScope, parts: ReadonlySet<PartKey>, touched: Set<Identity>) => void;
  readonly placed: (match: Match) => Match;
  /** The usual update, for what an edit changed besides removing or inserting events. */
  readonly step: (next: Story, ops: readonly EditOp[] | undefined) => ConflictChange;
}

/** Events without links removed in one update: old positions and their stable numbers, and where each old position went. */
interface Dropped {
  readonly old: StoryIndex;
  readonly gonePositions: readonly number[];
  readonly gone: readonly number[];
  readonly oldSlot: Int32Array;
  readonly moved: Int32Array;
}

/**
 * Events removed (with their links, and links removed besides), nothing else changed: first
 * the links are followed as removed links are, the events still there; then the events, now
 * without links, are dropped: the others keep their stable numbers, and each rule re-detects
 * what the removed events reached. Undefined when only a full analysis will do, as when more
 * than `most` events went.
 */
export function removeEvents(host: RemovalHost, next: Story, most: number): ConflictChange | undefined {
  const old = host.index();
  if (old.m !== old.story.links.length || !sameSettings(old.story, next) || next.dismissed !== old.story.dismissed) return undefined;
  const gonePositions = removedEvents(old.story.events, next.events);
  if (gonePositions === undefined || gonePositions.length > most) return undefined;
  let first: ConflictChange | undefined;
  if (next.links !== old.story.links) {
    first = host.reorderLinks({ ...old.story, links: next.links }, { events: [], links: [], linksReordered: true });
    if (first === undefined) return undefined;
  }
  const second = dropEvents(host, next, gonePositions);
  return second && (first === undefined ? second : chainChanges(first, second));
}

/** The events at `gonePositions`, which have no links, removed from the story, nothing else changed. */
function dropEvents(host: RemovalHost, next: Story, gonePositions: readonly number[]): ConflictChange | undefined {
  const old = host.index();
  if (next.links !== old.story.links) return undefined;
  for (const d of gonePositions) if (old.outStart[d] !== old.outStart[d + 1] || old.inStart[d] !== old.inStart[d + 1]) return undefined;
  const without = indexWithoutEvents(old, next, gonePositions);
  if (without === undefined) return undefined;
  const { ix, moved } = without;
  const events = host.events();
  const oldSlot = events.slotOf;
  events.remove(gonePositions);
  host.setIndex(ix);
  const gone = gonePositions.map((i) => oldSlot[i]!);
  const touched = new Set<Identity>();
  const dropped: Dropped = { old, gonePositions, gone, oldSlot, moved };
  host.rules.forEach((_, r) => dropFromRule(host, r, dropped, touched));
  const byEvent = host.store.byEvent;
  for (const s of gone) for (const identity of byEvent[s] ?? []) touched.add(identity);
  const change = host.finish(old, touched, [], false, gone);
  host.scores().removeEvents(gonePositions.map((i) => old.events[i]!));
  return change;
}

/** What one rule re-detects, and files again, when events without links were removed. */
function dropFromRule(host: RemovalHost, r: number, { old, gonePositions, gone, oldSlot, moved }: Dropped, touched: Set<Identity>): void {
  const { scope } = host.rules[r]!;
  const ix = host.index();
  const state = host.states()[r]!;
  const parts = new Set<PartKey>();
  switch (scope.kind) {
    case 'link':
      break;
    case 'event':
      for (const s of gone) parts.add(s);
      break;
    case 'window': {
      const span = scope.span(old);
      if (span === undefined) return host.runWhole(r, touched);
      // The anchors whose window held a removed event: their windows now reach one event further.
      for (const d of gonePositions) {
        const at = old.rank[d]!;
        const to = Math.min(old.n - 1, at + span.back);
        for (let p = Math.max(0, at - span.ahead); p <= to; p++) parts.add(oldSlot[old.timeline[p]!]!);
      }
      break;
    }
    case 'key': {
      // Members are stable numbers; built now (from the new index), they need no removal.
      state.members ??= buildKeyMembers(scope, ix, host.events().slotOf);
      for (const d of gonePositions) {
        for (const key of scope.keysOf(old.events[d]!, old)) {
          parts.add(key);
          state.members.get(key)?.delete(oldSlot[d]!);
        }
      }
      break;
    }
    case 'graph':
      refileGraph(host, r, touched);
      // Events without links are in no path: the rest of the graph's findings stay.
      if (scope.dropEvents?.(state.aux, moved, ix.n) !== true) host.runWhole(r, touched);
      return;
  }
  if (parts.size > 0) host.redetect(r, scope, parts, touched);
}

/** Graph partitions are positions: after events moved, a graph rule's matches are filed again under the new ones. */
export function refileGraph(host: RemovalHost, r: number, touched: Set<Identity>): void {
  const scope = host.rules[r]!.scope;
  const state = host.states()[r]!;
  const ix = host.index();
  const filed = new Map<PartKey, Stored[]>();
  for (const list of state.parts.values()) {
    for (const s of list) {
      const m = host.placed(s.match);
      if (m.events.some((i) => i < 0) || (m.links ?? []).some((j) => j < 0)) host.store.unstore(s, touched);
      else pushTo(filed, scope.partOf(m, ix), s);
    }
  }
  state.parts = filed;
}
