import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { EditOp } from '../core/edits/edit-op';
import { loadCurrent } from './durable-log';
import { emptyStory } from './empty-story';
import { EMPTY_HISTORY } from './history';
import { storyOf } from '../core/testing/story-builder';
import { openIdbPersistence } from './idb-persistence';
import type { LogEntry, StoredStory } from './persistence';
import { DEFAULT_VIEW, EMPTY_SELECTION } from './stores';

let dbCount = 0;
const freshName = () => `arc-studio-test-${++dbCount}`;

const record = (version: number, title = 'Draft'): StoredStory => ({
  key: 's1',
  story: emptyStory(title),
  history: EMPTY_HISTORY,
  selection: EMPTY_SELECTION,
  view: DEFAULT_VIEW,
  updatedAt: 1,
  version,
});

const rename = (version: number, title: string): LogEntry => {
  const op: EditOp = { kind: 'set-story-title', title };
  return { key: 's1', version, ops: [op], history: EMPTY_HISTORY, title, updatedAt: version };
};

describe('IndexedDB persistence with the durable log', () => {
  it('replays stored changes over the snapshot, and lists the story under its newest title', async () => {
    const db = await openIdbPersistence(freshName());
    await db.saveStory(record(0));
    expect(await db.appendLog(rename(1, 'One'))).toBe('saved');
    expect(await db.appendLog(rename(2, 'Two'))).toBe('saved');
    const current = await loadCurrent(db, 's1');
    expect(current?.record.story.title).toBe('Two');
    expect(current?.record.version).toBe(2);
    expect((await db.listStories()).map((e) => e.title)).toEqual(['Two']);
  });

  it('keeps a change logged while the snapshot before it is still being written (an edit during an autosave)', async () => {
    const db = await openIdbPersistence(freshName());
    const saving = db.saveStory(record(0, 'Imported'));
    const logged = db.appendLog(rename(1, 'Edited at once'));
    expect(await saving).toBe(true);
    expect(await logged).toBe('saved');
    const current = await loadCurrent(db, 's1');
    expect(current?.record.story.title).toBe('Edited at once');
    expect(current?.record.version).toBe(1);
  });

  it('refuses a version another tab stored first: neither tab overwrites the other', async () => {
    const name = freshName();
    const tabA = await openIdbPersistence(name);
    const tabB = await openIdbPersistence(name);
    await tabA.saveStory(record(0));
    expect(await tabA.appendLog(rename(1, 'A'))).toBe('saved');
    expect(await tabB.appendLog(rename(1, 'B'))).toBe('conflict');
    // B reloads, sees A's change, and stores its own on top.
    expect(await tabB.appendLog(rename(2, 'B after A'))).toBe('saved');
    expect((await loadCurrent(tabA, 's1'))?.record.story.title).toBe('B after A');
  });

  it('compaction drops the log it includes; a stale tab cannot write below the snapshot, nor an older snapshot over it', async () => {
    const name = freshName();
    const tabA = await openIdbPersistence(name);
    const stale = await openIdbPersistence(name);
    await tabA.saveStory(record(0));
    await tabA.appendLog(rename(1, 'One'));
    await tabA.appendLog(rename(2, 'Two'));
    expect(await tabA.saveStory(record(2, 'Two'))).toBe(true);
    expect(await tabA.loadLog('s1', 0)).toEqual([]);
    expect(await stale.appendLog(rename(2, 'Stale'))).toBe('conflict');
    expect(await stale.saveStory(record(1, 'Stale snapshot'))).toBe(false);
    expect((await loadCurrent(tabA, 's1'))?.record.story.title).toBe('Two');
  });

  it('deleting a story removes its log and view as well', async () => {
    const db = await openIdbPersistence(freshName());
    await db.saveStory(record(0));
    await db.appendLog(rename(1, 'One'));
    await db.saveView({ key: 's1', selection: EMPTY_SELECTION, view: DEFAULT_VIEW });
    await db.deleteStory('s1');
    expect(await db.loadStory('s1')).toBeUndefined();
    expect(await db.loadLog('s1', 0)).toEqual([]);
    expect(await db.loadView('s1')).toBeUndefined();
  });

  it('stores a story prepared in slices and gives the same story back, also after an edit saved again', async () => {
    const db = await openIdbPersistence(freshName());
    const story = storyOf({ events: Array.from({ length: 700 }, (_, i) => ({ id: `e${i}`, title: `Event ${i}`, time: i })), links: [{ from: 'e1', to: 'e2' }] });
    let pauses = 0;
    // A slice of 0 ms: a pause after every step of the encoding.
    const slices = { sliceMs: 0, pause: () => (pauses++, Promise.resolve()) };
    expect(await db.saveStory({ ...record(0), story }, { slices })).toBe(true);
    expect(pauses).toBeGreaterThan(1);
    expect((await db.loadStory('s1'))?.story).toEqual(story);
    const edited = { ...story, events: story.events.map((e, i) => (i === 300 ? { ...e, intensity: 0.9 } : e)) };
    pauses = 0;
    expect(await db.saveStory({ ...record(1), story: edited }, { slices })).toBe(true);
    // Only the edited event's chunk was made again.
    expect(pauses).toBe(1);
    expect((await db.loadStory('s1'))?.story).toEqual(edited);
  });

  it('a story saved by one tab, then another, then the first again, reads back whole each time (and after a deletion)', async () => {
    const name = freshName();
    const a = await openIdbPersistence(name);
    const b = await openIdbPersistence(name);
    const events = Array.from({ length: 600 }, (_, i) => ({ id: `e${i}`, title: `Event ${i}`, time: i }));
    const v0 = storyOf({ events });
    const edit = (s: typeof v0, at: number, title: string) => ({ ...s, events: s.events.map((e, i) => (i === at ? { ...e, title } : e)) });
    expect(await a.saveStory({ ...record(0), story: v0 })).toBe(true);
    // The other tab writes a later version, changing a chunk this tab will not write again...
    const v1 = edit(v0, 10, 'changed by B');
    expect(await b.saveStory({ ...record(1), story: v1 })).toBe(true);
    // ...and this tab, having taken in that change, writes the next one: the chunk B wrote must not be left stale.
    const v2 = edit(v1, 500, 'changed by A');
    expect(await a.saveStory({ ...record(2), story: v2 })).toBe(true);
    expect((await b.loadStory('s1'))?.story).toEqual(v2);
    await b.deleteStory('s1');
    const v3 = edit(v2, 300, 'saved after the deletion');
    expect(await a.saveStory({ ...record(3), story: v3 })).toBe(true);
    expect((await b.loadStory('s1'))?.story).toEqual(v3);
    // Fewer events than before: no chunk of the longer story is read back.
    const v4 = { ...v3, events: v3.events.slice(0, 100) };
    expect(await a.saveStory({ ...record(4), story: v4 })).toBe(true);
    expect((await a.loadStory('s1'))?.story).toEqual(v4);
  });
});
