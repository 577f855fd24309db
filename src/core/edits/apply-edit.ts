import type { Story, StoryEvent } from '../model/story';
import type { EditOp } from './edit-op';
import { EditError } from './edit-error';
import { isOwned, ownCopy, release, removeAt, unreachable, type EditResult, type OpOf } from './edit-support';
import { eventIndexOf } from './edit-values';
import {
  addEvent,
  addParticipant,
  addTag,
  removeEvent,
  removeParticipant,
  removeTag,
  setEffect,
  setEventField,
  setTheme,
} from './event-edits';
import { addLink, removeLink, setLinkField } from './link-edits';
import { LinkDraft } from './link-draft';
import { addLinkRun } from './link-runs';
import { setDismissed, setNote } from './review-edits';
import { setCharacters, setScales, setTherapy, setThreshold, setTimeUnit } from './settings-edits';
import { setExtra, setStoryTitle } from './story-edits';

export type { EditResult } from './edit-support';

/** Ops that read and write events only: a batch may apply them while it holds the links aside. */
function eventsOnly(op: EditOp): boolean {
  switch (op.kind) {
    case 'set-event-field':
    case 'add-event':
    case 'add-participant':
    case 'remove-participant':
    case 'add-tag':
    case 'remove-tag':
    case 'set-theme':
    case 'set-effect':
      return true;
    default:
      return false;
  }
}

/**
 * From this many consecutive link insertions inside the list on, they are merged into it in
 * one pass (addLinkRun) rather than put in the draft one by one: the undo of a fix that
 * removed 100,000 parallel links puts them back in one run, most of them into one slot.
 */
const MERGED_RUN = 32;

/** The event ids a batch checks links against: a base set, and what the batch added and removed since. */
interface BatchIds {
  readonly base: ReadonlySet<string>;
  readonly added: Set<string>;
  readonly removed: Set<string>;
}

const EVENT_IDS = new WeakMap<readonly StoryEvent[], ReadonlySet<string>>();

/**
 * The ids of an event list no batch owns (so it never changes), built once: fixAll simulates
 * thousands of candidate patches on the same story, each a batch whose add-link checks its ends.
 */
function sharedEventIds(events: readonly StoryEvent[]): ReadonlySet<string> {
  let ids = EVENT_IDS.get(events);
  if (!ids) {
    ids = new Set(events.map((e) => e.id));
    EVENT_IDS.set(events, ids);
  }
  return ids;
}

/**
 * A batch in progress: the story, with its links held aside in a LinkDraft while link
 * removals and insertions, event removals and event-only ops follow each other, and the
 * event ids (which add-link checks) kept as a set.
 */
class BatchState {
  private current: Story;
  private draft: LinkDraft | undefined;
  private ids: BatchIds | undefined;

  constructor(story: Story) {
    this.current = story;
  }

  /** The story with its links up to date. */
  story(): Story {
    if (this.draft && !this.draft.untouched) this.current = { ...this.current, links: this.draft.list() };
    this.draft = undefined;
    return this.current;
  }

  /** The story for an op that leaves the links alone, its event list the batch's own copy. */
  eventsStory(): Story {
    if (!isOwned(this.current.events)) this.current = { ...this.current, events: ownCopy(this.current.events) };
    return this.current;
  }

  /** The story as the batch leaves it, its lists no longer the batch's to change. */
  finish(): Story {
    const story = this.story();
    release(story.events);
    return story;
  }

  set(story: Story, op: EditOp): void {
    this.current = story;
    // Event ids change only by adding or removing events; removeEvent keeps them up to date, a nested batch may do either.
    if (op.kind === 'add-event') {
      this.ids?.added.add(op.event.id);
      this.ids?.removed.delete(op.event.id);
    } else if (op.kind === 'batch') this.ids = undefined;
  }

  links(): LinkDraft {
    this.draft ??= new LinkDraft(this.current.links);
    return this.draft;
  }

  hasEvent(id: string): boolean {
    if (!this.ids) {
      const events = this.current.events;
      // A list the batch does not own never changes: its ids are shared with every batch that starts from it.
      const base = isOwned(events) ? new Set(events.map((e) => e.id)) : sharedEventIds(events);
      this.ids = { base, added: new Set(), removed: new Set() };
    }
    const { base, added, removed } = this.ids;
    return added.has(id) || (base.has(id) && !removed.has(id));
  }

  /**
   * removeEvent (event-edits.ts) on the batch's own event list and link draft, with the same
   * inverse: the event back at its place, then its links back at theirs, in list order.
   */
  removeEvent(op: OpOf<'remove-event'>): EditOp {
    const story = this.eventsStory();
    const i = eventIndexOf(story, op.eventId);
    const event = story.events[i]!;
    const addBack: OpOf<'add-event'> = { kind: 'add-event', event, index: i };
    const draft = this.links();
    const restore: OpOf<'add-link'>[] = draft.touching(event.id).map(({ link, index }) => ({ kind: 'add-link', link, index }));
    for (const r of restore) draft.remove(r.link.id);
    this.current = { ...story, events: removeAt(story.events, i) };
    this.ids?.removed.add(event.id);
    this.ids?.added.delete(event.id);
    return restore.length === 0 ? addBack : { kind: 'batch', ops: [addBack, ...restore] };
  }
}

/** The end of the run of ops of `kind` that starts at `start`, looked for up to `limit`. */
function runEnd(ops: readonly EditOp[], start: number, kind: EditOp['kind'], limit = ops.length): number {
  let end = start;
  const last = Math.min(ops.length, limit);
  while (end < last && ops[end]!.kind === kind) end++;
  return end;
}

/** Applies ops[start] (and, for link additions that are not appends, the run it starts); returns the inverses and where to go on. */
function applyStep(state: BatchState, ops: readonly EditOp[], start: number): { inverses: readonly EditOp[]; end: number } | { failedAt: number; error: unknown } {
  const op = ops[start]!;
  try {
    if (op.kind === 'remove-link') return { inverses: [state.links().remove(op.linkId)], end: start + 1 };
    if (op.kind === 'remove-event') return { inverses: [state.removeEvent(op)], end: start + 1 };
    if (op.kind === 'add-link') {
      const draft = state.links();
      const appended = op.index === undefined || op.index === draft.length;
      if (appended || runEnd(ops, start, 'add-link', start + MERGED_RUN) - start < MERGED_RUN) return { inverses: [draft.insert(op, (id) => state.hasEvent(id))], end: start + 1 };
      // A long run of inserts inside the list: the whole run in one merge over the links.
      const end = runEnd(ops, start, 'add-link');
      const story = state.story();
      // The run holds only add-link ops, as runEnd checked.
      const outcome = addLinkRun(story, ops.slice(start, end) as OpOf<'add-link'>[]);
      if ('error' in outcome) return { failedAt: start + outcome.failedAt, error: outcome.error };
      state.set(outcome.story, op);
      return { inverses: outcome.inverses, end };
    }
    const result = applyEdit(eventsOnly(op) ? state.eventsStory() : state.story(), op);
    state.set(result.story, op);
    return { inverses: [result.inverse], end: start + 1 };
  } catch (error) {
    return { failedAt: start, error };
  }
}

function applyBatch(story: Story, ops: readonly EditOp[]): EditResult {
  const state = new BatchState(story);
  const inverses: EditOp[] = [];
  for (let i = 0; i < ops.length; ) {
    const step = applyStep(state, ops, i);
    if ('error' in step) {
      // Nothing was mutated, so dropping the state leaves the caller's story as it was.
      const { error, failedAt } = step;
      if (error instanceof EditError && ops.length > 1) throw new EditError(`change ${failedAt + 1} of ${ops.length}: ${error.message}`);
      throw error;
    }
    for (const inverse of step.inverses) inverses.push(inverse);
    i = step.end;
  }
  return { story: state.finish(), inverse: { kind: 'batch', ops: inverses.reverse() } };
}

/**
 * Applies one edit without touching the input: returns the next story (untouched events and
 * links keep their identity) and the operation that restores the story exactly.
 * Throws EditError when the operation does not fit the story; a batch applies all or nothing.
 */
export function applyEdit(story: Story, op: EditOp): EditResult {
  switch (op.kind) {
    case 'set-story-title':
      return setStoryTitle(story, op);
    case 'set-event-field':
      return setEventField(story, op);
    case 'add-event':
      return addEvent(story, op);
    case 'remove-event':
      return removeEvent(story, op);
    case 'set-link-field':
      return setLinkField(story, op);
    case 'add-link':
      return addLink(story, op);
    case 'remove-link':
      return removeLink(story, op);
    case 'add-participant':
      return addParticipant(story, op);
    case 'remove-participant':
      return removeParticipant(story, op);
    case 'add-tag':
      return addTag(story, op);
    case 'remove-tag':
      return removeTag(story, op);
    case 'set-theme':
      return setTheme(story, op);
    case 'set-effect':
      return setEffect(story, op);
    case 'set-time-unit':
      return setTimeUnit(story, op);
    case 'set-scales':
      return setScales(story, op);
    case 'set-characters':
      return setCharacters(story, op);
    case 'set-threshold':
      return setThreshold(story, op);
    case 'set-therapy':
      return setTherapy(story, op);
    case 'set-dismissed':
      return setDismissed(story, op);
    case 'set-note':
      return setNote(story, op);
    case 'set-extra':
      return setExtra(story, op);
    case 'batch':
      return applyBatch(story, op.ops);
    default:
      return unreachable(op);
  }
}

/** Applies several edits in order as one step (a batch); its inverse undoes them all. */
export function applyEdits(story: Story, ops: readonly EditOp[]): EditResult {
  return applyEdit(story, { kind: 'batch', ops });
}
