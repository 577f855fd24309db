import { applyEdits } from '../core/edits/apply-edit';
import type { EditOp } from '../core/edits/edit-op';
import type { LinkKind, Story, StoryEvent, StoryLink } from '../core/model/story';

/** An event as a preview draws it: where it sits (scale lane, time) and what it is called. */
export interface PreviewEvent {
  readonly id: string;
  readonly title: string;
  readonly scale: string;
  readonly time: number;
}

/** An event the patch moves to another time or scale. */
export interface MovedEvent {
  readonly id: string;
  readonly title: string;
  readonly from: { readonly scale: string; readonly time: number };
  readonly to: { readonly scale: string; readonly time: number };
}

/** Event fields a preview names when they change in place (time and scale are moves). */
export type ChangedEventField = 'title' | 'duration' | 'location' | 'intensity' | 'notes' | 'participants' | 'themes' | 'tags' | 'effects';

/** An event the patch changes without moving it (it may also be moved: then it is in both lists). */
export interface ChangedEvent {
  readonly id: string;
  readonly title: string;
  readonly fields: readonly ChangedEventField[];
}

export interface PreviewLink {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly strength: number;
  readonly kind: LinkKind;
}

/** A link whose strength or kind changes; a link whose ends change is a removal plus an addition. */
export interface ChangedLink {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly before: { readonly strength: number; readonly kind: LinkKind };
  readonly after: { readonly strength: number; readonly kind: LinkKind };
}

/** What a patch would do to the story's graph, for a ghost diff on the canvas; the story itself is untouched. */
export interface PatchPreview {
  readonly addedEvents: readonly PreviewEvent[];
  readonly removedEvents: readonly PreviewEvent[];
  readonly movedEvents: readonly MovedEvent[];
  readonly changedEvents: readonly ChangedEvent[];
  readonly addedLinks: readonly PreviewLink[];
  readonly removedLinks: readonly PreviewLink[];
  readonly changedLinks: readonly ChangedLink[];
}

const previewEvent = (e: StoryEvent): PreviewEvent => ({ id: e.id, title: e.title, scale: e.scale, time: e.time });
const previewLink = (l: StoryLink): PreviewLink => ({ id: l.id, from: l.from, to: l.to, strength: l.strength, kind: l.kind });

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
// Maps of plain values (themes) or small plain objects (effects): key order does not matter, JSON of each value is exact enough.
function sameMap(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => k in b && JSON.stringify(a[k]) === JSON.stringify(b[k]));
}

function changedFields(a: StoryEvent, b: StoryEvent): ChangedEventField[] {
  const fields: ChangedEventField[] = [];
  if (a.title !== b.title) fields.push('title');
  if (a.duration !== b.duration) fields.push('duration');
  if (a.location !== b.location) fields.push('location');
  if (a.intensity !== b.intensity) fields.push('intensity');
  if (a.notes !== b.notes) fields.push('notes');
  if (!sameList(a.participants, b.participants)) fields.push('participants');
  if (!sameMap(a.themes, b.themes)) fields.push('themes');
  if (!sameList(a.tags, b.tags)) fields.push('tags');
  if (!sameMap(a.effects, b.effects)) fields.push('effects');
  return fields;
}

/**
 * The difference a patch makes to the story's events and links: added, removed,
 * moved (time or scale) and otherwise changed. Applies the patch to a copy (the
 * story is immutable) and compares by id; unchanged elements are the same objects
 * after applyEdit, so the comparison is one map lookup per element. Throws the
 * patch's EditError when it does not apply.
 */
export function previewPatch(story: Story, ops: readonly EditOp[]): PatchPreview {
  const after = applyEdits(story, ops).story;
  const beforeEvents = new Map(story.events.map((e) => [e.id, e]));
  const afterIds = new Set<string>();
  const addedEvents: PreviewEvent[] = [];
  const movedEvents: MovedEvent[] = [];
  const changedEvents: ChangedEvent[] = [];
  for (const e of after.events) {
    afterIds.add(e.id);
    const old = beforeEvents.get(e.id);
    if (old === e) continue;
    if (!old) {
      addedEvents.push(previewEvent(e));
      continue;
    }
    if (old.time !== e.time || old.scale !== e.scale) {
      movedEvents.push({ id: e.id, title: e.title, from: { scale: old.scale, time: old.time }, to: { scale: e.scale, time: e.time } });
    }
    const fields = changedFields(old, e);
    if (fields.length > 0) changedEvents.push({ id: e.id, title: e.title, fields });
  }
  const removedEvents = story.events.filter((e) => !afterIds.has(e.id)).map(previewEvent);

  const beforeLinks = new Map(story.links.map((l) => [l.id, l]));
  const keptLinks = new Set<string>();
  const addedLinks: PreviewLink[] = [];
  const removedLinks: PreviewLink[] = [];
  const changedLinks: ChangedLink[] = [];
  for (const l of after.links) {
    const old = beforeLinks.get(l.id);
    if (old === l) {
      keptLinks.add(l.id);
      continue;
    }
    if (!old || old.from !== l.from || old.to !== l.to) {
      addedLinks.push(previewLink(l));
      continue;
    }
    keptLinks.add(l.id);
    if (old.strength !== l.strength || old.kind !== l.kind) {
      changedLinks.push({
        id: l.id,
        from: l.from,
        to: l.to,
        before: { strength: old.strength, kind: old.kind },
        after: { strength: l.strength, kind: l.kind },
      });
    }
  }
  for (const l of story.links) if (!keptLinks.has(l.id)) removedLinks.push(previewLink(l));
  return { addedEvents, removedEvents, movedEvents, changedEvents, addedLinks, removedLinks, changedLinks };
}
