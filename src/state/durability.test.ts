import { afterEach, describe, expect, it } from 'vitest';
import type { EditOp } from '../core/edits/edit-op';
import { edit, undo } from './document-commands';
import { loadCurrent } from './durable-log';
import { HISTORY_LIMIT } from './history';
import { openStory } from './library-commands';
import { createMemoryPersistence } from './persistence';
import { leaveSafeMode } from './safe-mode';
import { createStudio } from './studio';
import { select } from './selection-commands';
import { receiveChange, resync } from './tab-sync';
import { startTestStudio, testStudioOptions, type TestStudio } from './test-studio';

let studio: TestStudio | undefined;
const s = (): TestStudio => studio ?? expect.unreachable('no studio was started');
afterEach(async () => {
  await studio?.dispose();
  studio = undefined;
});

const doc = () => s().document.getState();
const notices = () => s().notices.getState().notices.map((n) => n.text);
const retitle = (eventId: string, title: string): EditOp => ({ kind: 'set-event-field', eventId, field: 'title', value: title });
const titleOf = (id: string) => doc().story.events.find((e) => e.id === id)?.title;

describe('every change is durable as soon as it is shown', () => {
  it('is in storage in the same task as the edit, before the snapshot is rewritten', async () => {
    const persistence = createMemoryPersistence();
    studio = await startTestStudio({ persistence });
    await studio.flush();
    const key = doc().storyKey;
    const [first] = doc().story.events;
    edit(s(), retitle(first!.id, 'Kept at once'));
    // No await between the edit and this check: what a reload at this moment would find.
    expect(persistence.log.get(key)?.at(-1)?.ops).toEqual([retitle(first!.id, 'Kept at once')]);
    expect(persistence.records.get(key)?.story.events[0]?.title).not.toBe('Kept at once');
    expect((await loadCurrent(persistence, key))?.record.story.events[0]?.title).toBe('Kept at once');
  });

  it('reports the stored version, which reaches the document version once the write landed', async () => {
    studio = await startTestStudio();
    const [first] = doc().story.events;
    edit(s(), retitle(first!.id, 'Counted'));
    expect(doc().version).toBeGreaterThan(s().library.getState().savedVersion);
    await studio.flush();
    expect(s().library.getState().savedVersion).toBe(doc().version);
  });
});

describe('two tabs on one story', () => {
  it("takes in another tab's change at once, not as one of this tab's undo steps", async () => {
    studio = await startTestStudio();
    await studio.flush();
    const [a, b] = doc().story.events;
    edit(s(), retitle(a!.id, 'Mine'));
    await studio.flush();
    receiveChange(s(), { kind: 'change', key: doc().storyKey, version: doc().version + 1, ops: [retitle(b!.id, 'Theirs')], title: doc().story.title, updatedAt: 2 });
    expect(titleOf(b!.id)).toBe('Theirs');
    expect(s().library.getState().savedVersion).toBe(doc().version);
    expect(doc().undoLabel).toBe('Undo rename event');
    undo(s());
    expect(titleOf(a!.id)).toBe(a!.title);
    expect(titleOf(b!.id)).toBe('Theirs');
  });

  it('tells this tab when another tab deleted the event it had selected, and clears the selection', async () => {
    studio = await startTestStudio();
    await studio.flush();
    const [a, b] = doc().story.events;
    select(s(), { events: [a!.id], links: [] });
    const removal: EditOp = { kind: 'remove-event', eventId: a!.id };
    receiveChange(s(), { kind: 'change', key: doc().storyKey, version: doc().version + 1, ops: [removal], title: doc().story.title, updatedAt: 2 });
    expect(s().selection.getState().events).toEqual([]);
    expect(notices()).toContain(`Another tab deleted “${a!.title}”, which you had selected here.`);
    // A change that leaves the selection alone says nothing.
    select(s(), { events: [b!.id], links: [] });
    const before = notices().length;
    receiveChange(s(), { kind: 'change', key: doc().storyKey, version: doc().version + 1, ops: [retitle(b!.id, 'Theirs')], title: doc().story.title, updatedAt: 3 });
    expect(notices()).toHaveLength(before);
  });

  it('when another tab stored a change first, reloads it and applies its own on top, and says so', async () => {
    const persistence = createMemoryPersistence();
    studio = await startTestStudio({ persistence });
    await studio.flush();
    const [a, b] = doc().story.events;
    const key = doc().storyKey;
    // Another tab took the next version without this tab hearing of it yet.
    await persistence.appendLog({ key, version: doc().version + 1, ops: [retitle(b!.id, 'Theirs')], history: { undo: [], redo: [] }, title: doc().story.title, updatedAt: 5 });
    edit(s(), retitle(a!.id, 'Mine'));
    await studio.flush();
    await resync(s());
    expect(titleOf(a!.id)).toBe('Mine');
    expect(titleOf(b!.id)).toBe('Theirs');
    expect(notices().some((t) => t.includes('changed in another tab'))).toBe(true);
    const stored = (await loadCurrent(persistence, key))?.record.story;
    expect(stored?.events.find((e) => e.id === a!.id)?.title).toBe('Mine');
    expect(stored?.events.find((e) => e.id === b!.id)?.title).toBe('Theirs');
  });
});

describe('opening stories safely', () => {
  it('makes a story the one opened at start only once it has shown its analysis', async () => {
    const persistence = createMemoryPersistence();
    studio = await startTestStudio({ persistence });
    await studio.flush();
    expect(await persistence.loadMeta()).toEqual({ activeKey: doc().storyKey });
  });

  it('after a start that never finished opening a story, starts in safe mode naming it; opening it anyway works', async () => {
    const persistence = createMemoryPersistence();
    studio = await startTestStudio({ persistence });
    await studio.flush();
    const { storyKey, story } = doc();
    await studio.dispose();
    await persistence.saveMeta({ opening: { key: storyKey, title: story.title } });
    studio = await startTestStudio({ persistence });
    expect(s().library.getState().safeMode).toEqual({ key: storyKey, title: story.title });
    expect(doc().storyKey).toBe('');
    expect(s().library.getState().stories.map((s) => s.key)).toEqual([storyKey]);
    await leaveSafeMode(s(), 'open');
    await studio.flush();
    expect(doc().storyKey).toBe(storyKey);
    expect(s().library.getState().safeMode).toBeUndefined();
    expect(await persistence.loadMeta()).toEqual({ activeKey: storyKey });
  });

  it('in safe mode, deleting the story that failed opens a fresh one', async () => {
    const persistence = createMemoryPersistence();
    studio = await startTestStudio({ persistence });
    await studio.flush();
    const failed = doc().storyKey;
    await studio.dispose();
    await persistence.saveMeta({ opening: { key: failed, title: 'Crashed' } });
    studio = await startTestStudio({ persistence });
    await leaveSafeMode(s(), 'delete');
    expect(s().library.getState().stories.map((s) => s.key)).not.toContain(failed);
    expect(doc().storyKey).not.toBe('');
    expect(s().library.getState().safeMode).toBeUndefined();
  });

  it('opens a stored story that edits took beyond the limits, with a note naming the limit (it is the user\'s own work)', async () => {
    const persistence = createMemoryPersistence();
    studio = await startTestStudio({ persistence });
    await studio.flush();
    const huge = { ...persistence.records.get(doc().storyKey)!, key: 'huge' };
    // As Accept all safe fixes can leave a story: past the 25,000 events an import may have.
    const events = Array.from({ length: 25_001 }, (_, i) => ({ ...huge.story.events[0]!, id: `e${i}` }));
    await persistence.saveStory({ ...huge, story: { ...huge.story, title: 'Huge', events } });
    expect(await openStory(s(), 'huge')).toBe(true);
    expect(doc().storyKey).toBe('huge');
    expect(doc().story.events).toHaveLength(25_001);
    expect(notices().some((t) => t.includes('"Huge" has 25,001 events, more than the 25,000 Arc Studio is made for'))).toBe(true);
  });
});

describe('storage that never answers', () => {
  it('goes on in memory after the timeout, saying changes will not be kept', async () => {
    studio = Object.assign(createStudio({ ...testStudioOptions(), persistence: () => new Promise<never>(() => {}), storageTimeoutMs: 20 }), {
      storage: createMemoryPersistence(),
    });
    await studio.start();
    expect(s().library.getState().status).toBe('ready');
    expect(s().library.getState().storageError).toContain('did not answer');
    expect(notices().some((t) => t.includes('will not be kept'))).toBe(true);
    expect(doc().story.events.length).toBeGreaterThan(0);
  });
});

describe('the undo history cap', () => {
  it(`says so the first time the oldest of ${HISTORY_LIMIT} steps is dropped, once`, async () => {
    studio = await startTestStudio();
    const [first] = doc().story.events;
    for (let i = 0; i < HISTORY_LIMIT; i++) edit(s(), retitle(first!.id, `Take ${i}`));
    expect(notices().some((t) => t.includes('Undo keeps the last'))).toBe(false);
    edit(s(), retitle(first!.id, 'One more'));
    edit(s(), retitle(first!.id, 'And another'));
    expect(notices().filter((t) => t.includes(`Undo keeps the last ${HISTORY_LIMIT} steps`))).toHaveLength(1);
  });
});
