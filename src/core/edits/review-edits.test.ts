import { describe, expect, it } from 'vitest';
import type { Story } from '../model/story';
import { storyOf } from '../testing/story-builder';
import { applyEdit } from './apply-edit';
import { describeEdit } from './describe-edit';
import type { EditOp } from './edit-op';
import { EditError } from './edit-error';

function base(): Story {
  return { ...storyOf({ events: [{ id: 'a' }, { id: 'b' }] }), dismissed: [{ id: 'x:a' }, { id: 'y:a', note: 'keep' }, { id: 'z:b' }] };
}

function edit(story: Story, op: EditOp): Story {
  const { story: next, inverse } = applyEdit(story, op);
  expect(applyEdit(next, inverse).story).toStrictEqual(story);
  return next;
}

describe('dismissing and restoring conflicts', () => {
  it('dismisses with a note at the end of the list and restores it', () => {
    const story = edit(base(), { kind: 'set-dismissed', conflictId: 'w:b', entry: { id: 'w:b', note: 'intended', by: 'ana' } });
    expect(story.dismissed?.map((d) => d.id)).toEqual(['x:a', 'y:a', 'z:b', 'w:b']);
    expect(story.dismissed?.at(-1)).toEqual({ id: 'w:b', note: 'intended', by: 'ana' });
  });

  it('restores an entry from the middle, and undo puts it back where it was', () => {
    const story = edit(base(), { kind: 'set-dismissed', conflictId: 'y:a', entry: null });
    expect(story.dismissed?.map((d) => d.id)).toEqual(['x:a', 'z:b']);
  });

  it('removes the dismissed list with its last entry', () => {
    let story = storyOf({ events: [{ id: 'a' }] });
    story = edit(story, { kind: 'set-dismissed', conflictId: 'x:a', entry: { id: 'x:a' } });
    story = edit(story, { kind: 'set-dismissed', conflictId: 'x:a', entry: null });
    expect('dismissed' in story).toBe(false);
  });

  it('refuses an entry whose id is not the conflict it dismisses', () => {
    expect(() => applyEdit(base(), { kind: 'set-dismissed', conflictId: 'x:a', entry: { id: 'x:b' } })).toThrow(
      new EditError('dismissed entry id must be the conflict id "x:a", got "x:b"'),
    );
  });

  it('labels dismiss, note edit and restore differently', () => {
    const story = base();
    expect(describeEdit({ kind: 'set-dismissed', conflictId: 'w:b', entry: { id: 'w:b' } }, story)).toBe('dismiss conflict');
    expect(describeEdit({ kind: 'set-dismissed', conflictId: 'x:a', entry: { id: 'x:a', note: 'n' } }, story)).toBe('edit dismissal note');
    expect(describeEdit({ kind: 'set-dismissed', conflictId: 'x:a', entry: null }, story)).toBe('restore conflict');
  });
});

describe('review notes', () => {
  it('adds, edits and deletes a note, each undone exactly', () => {
    let story = edit(base(), { kind: 'set-note', noteId: 'n1', note: { id: 'n1', text: 'tide?', event: 'a' } });
    story = edit(story, { kind: 'set-note', noteId: 'n2', note: { id: 'n2', text: 'later' } });
    story = edit(story, { kind: 'set-note', noteId: 'n1', note: { id: 'n1', text: 'tide checked', event: 'a', resolved: true } });
    expect(story.notes).toEqual([{ id: 'n1', text: 'tide checked', event: 'a', resolved: true }, { id: 'n2', text: 'later' }]);
    story = edit(story, { kind: 'set-note', noteId: 'n1', note: null });
    expect(story.notes).toEqual([{ id: 'n2', text: 'later' }]);
  });

  it('keeps a note on an event that is later deleted', () => {
    let story = edit(base(), { kind: 'set-note', noteId: 'n1', note: { id: 'n1', text: 'x', event: 'a' } });
    story = edit(story, { kind: 'remove-event', eventId: 'a' });
    expect(story.notes).toEqual([{ id: 'n1', text: 'x', event: 'a' }]);
  });

  it('names a note value of the wrong type', () => {
    const op = { kind: 'set-note', noteId: 'n', note: { id: 'n', text: 'x', resolved: 'yes' } } as unknown as EditOp;
    expect(() => applyEdit(base(), op)).toThrow(new EditError('note resolved must be true or false, got "yes"'));
  });
});
