import type { EditOp } from './edit-op';

/**
 * What an edit writes, as keys: `event:ID:title`, `link:ID:strength`, `therapy:maxIntensity`,
 * and for adding or removing a whole event or link its bare key (`event:ID`), which covers
 * every part of it. Two edits whose keys overlap (targetsOverlap) change the same thing:
 * undoing one after the other was applied would take the other back too.
 */
export function opTargets(op: EditOp): string[] {
  switch (op.kind) {
    case 'batch':
      return op.ops.flatMap(opTargets);
    case 'set-story-title':
      return ['title'];
    case 'set-time-unit':
      return ['timeUnit'];
    case 'set-scales':
      return ['scales'];
    case 'set-characters':
      return ['characters'];
    case 'set-therapy':
      return [`therapy:${op.field}`];
    case 'set-threshold':
      return [`threshold:${op.field}`];
    case 'set-dismissed':
      return [`dismissed:${op.conflictId}`];
    case 'set-note':
      return [`note:${op.noteId}`];
    case 'set-extra':
      return [`extra:${op.key}`];
    case 'add-event':
      return [`event:${op.event.id}`];
    case 'remove-event':
      return [`event:${op.eventId}`];
    case 'set-event-field':
      return [`event:${op.eventId}:${op.field}`];
    case 'add-participant':
    case 'remove-participant':
      return [`event:${op.eventId}:participants`];
    case 'add-tag':
    case 'remove-tag':
      return [`event:${op.eventId}:tags`];
    case 'set-theme':
      return [`event:${op.eventId}:themes:${op.theme}`];
    case 'set-effect':
      return [`event:${op.eventId}:effects:${op.character}`];
    case 'add-link':
      return [`link:${op.link.id}`];
    case 'remove-link':
      return [`link:${op.linkId}`];
    case 'set-link-field':
      return [`link:${op.linkId}:${op.field}`];
  }
}

/** The keys a key is part of (`event:a` for `event:a:title`), nearest first. */
function parentsOf(key: string): string[] {
  const out: string[] = [];
  for (let at = key.lastIndexOf(':'); at > 0; at = key.lastIndexOf(':', at - 1)) out.push(key.slice(0, at));
  return out;
}

/**
 * A test of key lists against `written`: whether a list names something `written` names too (the
 * same key, or one a part of the other). Hashed once, so a big change (Accept all: thousands of
 * ops) tested against a history of big steps costs the sum of their sizes, not the product.
 */
export function overlapsWith(written: readonly string[]): (keys: readonly string[]) => boolean {
  const exact = new Set(written);
  const parents = new Set(written.flatMap(parentsOf));
  return (keys) => keys.some((k) => exact.has(k) || parents.has(k) || parentsOf(k).some((p) => exact.has(p)));
}

/** Whether two key lists name a common thing: the same key, or one a part of the other (`event:a` and `event:a:title`). */
export function targetsOverlap(a: readonly string[], b: readonly string[]): boolean {
  return overlapsWith(a)(b);
}
