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
import type { LinkNumbering } from './link-numbering';
import type { LinkDelta, RuleState } from './parts-reached';
import { chainChanges, indexWithoutEvents, indexWithoutLinks, removedEvents, type LinkEnds } from './removed-events';
import type { ScopedRule } from './scopes';
import { sameSettings, type ChangedEvent, type EditSpots, type StoryDiff } from './story-diff';

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
  readonly links: () => LinkNumbering;
  /** The usual update once the index is patched: `diff` says what changed in the events, `links` in the links. */
  readonly apply: (diff: StoryDiff, ix: StoryIndex, links: LinkDelta) => ConflictChange;
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
export function removeEvents(host: RemovalHost, next: Story, most: number, ops?: readonly EditOp[]): ConflictChange | undefined {
  const old = host.index();
  if (old.m !== old.story.links.length || !sameSettings(old.story, next) || next.dismissed !== old.story.dismissed) return undefined;
  const named = ops && removedByOps(old, next, ops);
  const byOps = named !== undefined;
  const gonePositions = named ?? removedEvents(old.story.events, next.events);
  if (gonePositions === undefined || gonePositions.length > most) return undefined;
  let first: ConflictChange | undefined;
  let ends: LinkEnds | undefined;
  if (next.links !== old.story.links) {
    const followed = removeLinksOf(host, { ...old.story, links: next.links }, gonePositions, most, byOps);
    if (followed === null) return undefined;
    first = followed?.change ?? host.reorderLinks({ ...old.story, links: next.links }, { events: [], links: [], linksReordered: true });
    if (first === undefined) return undefined;
    ends = followed?.ends;
  }
  const second = dropEvents(host, next, gonePositions, ends);
  return second && (first === undefined ? second : chainChanges(first, second));
}

/**
 * The positions of the events an edit of remove-event operations only took away (ascending),
 * as the operations name them; undefined for other edits, or when the story does not read so.
 */
function removedByOps(old: StoryIndex, next: Story, ops: readonly EditOp[]): number[] | undefined {
  const ids: string[] = [];
  const visit = (op: EditOp): boolean => (op.kind === 'batch' ? op.ops.every(visit) : op.kind === 'remove-event' && ids.push(op.eventId) > 0);
  if (!ops.every(visit)) return undefined;
  const gone = [...new Set(ids)].map((id) => old.eventIndex.get(id) ?? -1).sort((a, b) => a - b);
  if (gone[0] === -1 || next.events.length !== old.n - gone.length) return undefined;
  // The events after each removed one moved down as many places as were removed before.
  for (let s = 0; s < gone.length; s++) {
    const d = gone[s]!;
    if (d + 1 < old.n && gone[s + 1] !== d + 1 && next.events[d - s] !== old.events[d + 1]) return undefined;
  }
  return gone;
}

/**
 * The links of the events at `gone` (ascending) removed from the story, the events not yet:
 * `story` is the story of the index without those links. The links are followed as removed
 * links are, the index is patched without a csr rebuild, and the link ends the index will have
 * once the events go too are taken in the same pass. Undefined when other links changed (then
 * the links are followed as any reordered list is), null when only a full analysis will do.
 */
function removeLinksOf(host: RemovalHost, story: Story, gone: readonly number[], most: number, byOps: boolean): { change: ConflictChange; ends: LinkEnds } | undefined | null {
  const old = host.index();
  const incident = new Set<number>();
  for (const d of gone) {
    for (let q = old.outStart[d]!; q < old.outStart[d + 1]!; q++) incident.add(old.outLinks[q]!);
    for (let q = old.inStart[d]!; q < old.inStart[d + 1]!; q++) incident.add(old.inLinks[q]!);
  }
  if (story.links.length !== old.m - incident.size) return undefined;
  if (incident.size > most) return null;
  const links = host.links();
  const oldSlots = links.slotOf;
  let removed = [...incident].sort((a, b) => a - b);
  if (byOps) {
    // remove-event operations take exactly the events' links: no need to walk the lists.
    links.removeAt(removed, story.links);
  } else {
    const renumbered = links.renumber(story.links);
    if (renumbered === undefined) return null;
    const { oldOf } = renumbered;
    removed = [...renumbered.removed];
    for (const o of removed) if (!incident.has(o)) return null;
    for (const k of renumbered.changed) if (oldOf[k]! < 0 || story.links[k] !== old.links[oldOf[k]!]) return null;
  }
  const { ix, ends } = indexWithoutLinks(old, story, removed, gone);
  const none: StoryDiff = { changedEvents: [], addedEvents: 0, movedLinks: [], addedLinks: 0, dismissedChanged: false };
  return { change: host.apply(none, ix, { entered: [], left: removed, oldSlots }), ends };
}

/** The events at `gonePositions`, which have no links, removed from the story, nothing else changed; `ends`: the link ends then, when known. */
function dropEvents(host: RemovalHost, next: Story, gonePositions: readonly number[], ends: LinkEnds | undefined): ConflictChange | undefined {
  const old = host.index();
  if (next.links !== old.story.links) return undefined;
  const without = indexWithoutEvents(old, next, gonePositions, ends);
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
