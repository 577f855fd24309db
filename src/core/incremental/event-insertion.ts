import type { PartKey } from '../analysis/rule-scope';
import type { StoryIndex } from '../analysis/story-index';
import type { EditOp } from '../edits/edit-op';
import type { Story } from '../model/story';
import type { ConflictChange } from './incremental-analysis';
import type { Identity } from './identity-store';
import { buildKeyMembers } from './key-members';
import { refileGraph, type RemovalHost } from './event-removal';
import { indexWithEvents, insertedEvents } from './inserted-events';
import { chainChanges } from './removed-events';
import { sameSettings } from './story-diff';

/** Whether an edit inserts an event before the end of the list (else appended events are followed as changed ones). */
export function insertsEvents(ops: readonly EditOp[]): boolean {
  return ops.some((op) => (op.kind === 'add-event' && op.index !== undefined) || (op.kind === 'batch' && insertsEvents(op.ops)));
}

/** The operations of an edit, batches opened, without those that add events. */
function besidesAddedEvents(ops: readonly EditOp[]): EditOp[] {
  return ops.flatMap((op) => (op.kind === 'batch' ? besidesAddedEvents(op.ops) : op.kind === 'add-event' ? [] : [op]));
}

/** Operations that leave every event as it was (settings are compared apart). */
const LEAVE_EVENTS: ReadonlySet<EditOp['kind']> = new Set(['add-link', 'remove-link', 'set-link-field', 'set-dismissed', 'set-story-title', 'set-note', 'set-extra']);

/**
 * The positions (ascending) of the events an edit added, as its add-event operations place
 * them, when its other operations leave the events alone; undefined otherwise, or when the
 * story does not read so.
 */
function insertedByOps(old: StoryIndex, next: Story, ops: readonly EditOp[]): number[] | undefined {
  const placed: number[] = [];
  let length = old.n;
  const visit = (op: EditOp): boolean => {
    if (op.kind === 'batch') return op.ops.every(visit);
    if (op.kind !== 'add-event') return LEAVE_EVENTS.has(op.kind);
    const at = op.index ?? length;
    for (let k = 0; k < placed.length; k++) if (placed[k]! >= at) placed[k]!++;
    placed.push(at);
    length++;
    return true;
  };
  if (!ops.every(visit) || length !== next.events.length) return undefined;
  placed.sort((a, b) => a - b);
  // New ids where the events went in; after each, the old event that was there.
  for (let s = 0; s < placed.length; s++) {
    const q = placed[s]!;
    if (old.eventIndex.has(next.events[q]!.id)) return undefined;
    if (q + 1 < length && placed[s + 1] !== q + 1 && next.events[q + 1] !== old.events[q - s]) return undefined;
  }
  return placed;
}

/**
 * Events inserted anywhere (an undone removal puts an event back where it was), the other
 * events unchanged: first the events are inserted, without links: the others keep their stable
 * numbers, the new ones take new ones, and each rule re-detects what the new events reach;
 * then what else the edit did (the events' links put back, say) is followed as usual.
 * Undefined when only a full analysis will do, as when more than `most` events came.
 */
export function insertEvents(host: RemovalHost, next: Story, ops: readonly EditOp[], most: number): ConflictChange | undefined {
  const old = host.index();
  if (old.m !== old.story.links.length || !sameSettings(old.story, next)) return undefined;
  const inserted = insertedByOps(old, next, ops) ?? insertedEvents(old.story.events, next.events);
  if (inserted === undefined || inserted.length > most) return undefined;
  const alone = next.links === old.story.links && next.dismissed === old.story.dismissed;
  const first = placeEvents(host, alone ? next : { ...old.story, events: next.events }, inserted);
  if (first === undefined || alone) return first;
  return chainChanges(first, host.step(next, besidesAddedEvents(ops)));
}

/** The events at `inserted` (positions in `story`, ascending), which have no links, put in; nothing else changed. */
function placeEvents(host: RemovalHost, story: Story, inserted: readonly number[]): ConflictChange | undefined {
  const old = host.index();
  const built = indexWithEvents(old, story, inserted);
  if (built === undefined) return undefined;
  const { ix, moved } = built;
  const events = host.events();
  events.insert(inserted);
  host.setIndex(ix);
  const slots = events.slotOf;
  const fresh = inserted.map((q) => slots[q]!);
  const byEvent = host.store.byEvent;
  if (events.size > byEvent.length) byEvent.length = events.size;
  const touched = new Set<Identity>();
  host.rules.forEach(({ scope }, r) => {
    const state = host.states()[r]!;
    const parts = new Set<PartKey>();
    switch (scope.kind) {
      case 'link':
        return;
      case 'event':
        for (const s of fresh) parts.add(s);
        break;
      case 'window': {
        const span = scope.span(ix);
        if (span === undefined) return host.runWhole(r, touched);
        // The anchors whose window holds a new event: their windows now reach one event less far.
        for (const q of inserted) {
          const at = ix.rank[q]!;
          const to = Math.min(ix.n - 1, at + span.back);
          for (let p = Math.max(0, at - span.ahead); p <= to; p++) parts.add(slots[ix.timeline[p]!]!);
        }
        break;
      }
      case 'key': {
        // Members are stable numbers; built now (from the new index), they hold the new events already.
        state.members ??= buildKeyMembers(scope, ix, slots);
        for (const q of inserted) {
          for (const key of scope.keysOf(ix.events[q]!, ix)) {
            parts.add(key);
            let set = state.members.get(key);
            if (set === undefined) state.members.set(key, (set = new Set()));
            set.add(slots[q]!);
          }
        }
        break;
      }
      case 'graph': {
        refileGraph(host, r, touched);
        const found = scope.insertEvents?.(state.aux, moved, inserted, ix);
        if (found === undefined) return host.runWhole(r, touched);
        for (const p of found) parts.add(p);
        break;
      }
    }
    if (parts.size > 0) host.redetect(r, scope, parts, touched);
  });
  const change = host.finish(old, touched, [], false, []);
  host.scores().insertEvents(inserted.map((q) => ix.events[q]!));
  return change;
}
