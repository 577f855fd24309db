import { describe, expect, it } from 'vitest';
import type { EditOp } from '../core/edits/edit-op';
import type { StoryEvent } from '../core/model/story';
import { emptyStory } from './empty-story';
import { EMPTY_HISTORY } from './history';
import { replayLog } from './durable-log';
import type { LogEntry, StoredStory } from './persistence';
import { DEFAULT_VIEW, EMPTY_SELECTION } from './stores';

const event = (id: string, title: string): StoryEvent =>
  ({ id, title, scale: 'scene', time: 0, participants: [], themes: {}, intensity: 0, tags: [] }) as unknown as StoryEvent;

const snapshot: StoredStory = {
  key: 's1',
  story: { ...emptyStory('Draft'), events: [event('a', 'A')] },
  history: EMPTY_HISTORY,
  selection: EMPTY_SELECTION,
  view: DEFAULT_VIEW,
  updatedAt: 1,
  version: 3,
};

const entry = (version: number, ops: EditOp[]): LogEntry => ({
  key: 's1',
  version,
  ops,
  history: { undo: [{ label: `step ${version}`, op: { kind: 'set-story-title', title: 'x' } }], redo: [] },
  title: 'Draft',
  updatedAt: version * 10,
});

const retitle = (title: string): EditOp => ({ kind: 'set-event-field', eventId: 'a', field: 'title', value: title });

describe('replaying the durable log over a snapshot', () => {
  it('applies the entries after the snapshot in version order, ignoring those it already holds', () => {
    const { record, skipped } = replayLog(snapshot, [entry(5, [retitle('Five')]), entry(3, [retitle('Old')]), entry(4, [retitle('Four')])]);
    expect(record.story.events[0]?.title).toBe('Five');
    expect(record.version).toBe(5);
    expect(record.history.undo[0]?.label).toBe('step 5');
    expect(skipped).toBe(0);
  });

  it('stops at a gap: entries after a missing version are not applied', () => {
    const { record, skipped } = replayLog(snapshot, [entry(4, [retitle('Four')]), entry(6, [retitle('Six')])]);
    expect(record.story.events[0]?.title).toBe('Four');
    expect(record.version).toBe(4);
    expect(skipped).toBe(1);
  });

  it('counts an entry that no longer applies as no change, and goes on with the next', () => {
    const gone: EditOp = { kind: 'set-event-field', eventId: 'missing', field: 'title', value: 'Nope' };
    const { record, skipped } = replayLog(snapshot, [entry(4, [retitle('Four'), gone]), entry(5, [retitle('Five')])]);
    // All or nothing within an entry: its first op is not applied either.
    expect(record.story.events[0]?.title).toBe('Five');
    expect(record.version).toBe(5);
    expect(skipped).toBe(1);
  });
});
