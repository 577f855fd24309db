import { afterEach, describe, expect, it } from 'vitest';
import { dismissConflict, restoreConflict } from './conflict-commands';
import { edit, undo } from './document-commands';
import { fetchAnalysis } from './fetchers';
import {
  deleteStory,
  exportStoryText,
  filenameFor,
  importStoryText,
  newStory,
  openStory,
  renameStory,
  restoreDeletedStory,
} from './library-commands';
import { createMemoryPersistence, type Persistence } from './persistence';
import { select, setView } from './selection-commands';
import { createStudio } from './studio';
import { expectedConflictCount, fixtureText, startTestStudio, testStudioOptions, type TestStudio } from './test-studio';

let studio: TestStudio | undefined;
const s = (): TestStudio => studio ?? expect.unreachable('no studio was started');
afterEach(async () => {
  await studio?.dispose();
  studio = undefined;
});

const doc = () => s().document.getState();
const library = () => s().library.getState();
const conflictsNow = async () => (await fetchAnalysis(s(), doc().revision)).value.conflicts;

describe('the story library', () => {
  it('opens the sample on first start, already analysed', async () => {
    studio = await startTestStudio({ sample: 'causal-cycle' });
    expect(library().status).toBe('ready');
    expect(library().stories).toHaveLength(1);
    expect(doc().story.title).toBe(JSON.parse(fixtureText('causal-cycle')).title);
    expect(await conflictsNow()).toHaveLength(expectedConflictCount('causal-cycle'));
  });

  it('imports a story file as a new story with exactly its conflicts', async () => {
    studio = await startTestStudio();
    const first = doc().storyKey;
    const result = await importStoryText(s(), fixtureText('bilocation'));
    expect(result.ok).toBe(true);
    expect(doc().storyKey).not.toBe(first);
    expect(library().stories.map((s) => s.key)).toContain(first);
    expect(await conflictsNow()).toHaveLength(expectedConflictCount('bilocation'));
  });

  it('rejects an invalid file with JSON paths and leaves the open story untouched', async () => {
    studio = await startTestStudio();
    edit(s(), { kind: 'set-story-title', title: 'Work in progress' });
    const { story, revision, storyKey } = doc();
    const stories = library().stories;
    const bad = JSON.stringify({ format: 'nao-story', version: 1, title: 'Bad', events: [{ id: 'a', title: 'A', scale: 'scene', time: 'soon' }], links: [] });
    const result = await importStoryText(s(), bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toContain('events[0].time');
    expect(doc().story).toBe(story);
    expect(doc().revision).toBe(revision);
    expect(doc().storyKey).toBe(storyKey);
    expect(library().stories).toEqual(stories);
    expect(doc().undoLabel).toBeDefined();
  });

  it('exports the open story as JSON named after its title', async () => {
    studio = await startTestStudio();
    edit(s(), { kind: 'set-story-title', title: 'The Lighthouse Keeper!' });
    const { filename, text } = exportStoryText(s());
    expect(filename).toBe('the-lighthouse-keeper.json');
    const reimported = await importStoryText(s(), text);
    expect(reimported.ok).toBe(true);
    expect(doc().story.title).toBe('The Lighthouse Keeper!');
  });

  it('names files sensibly whatever the title', () => {
    expect(filenameFor('Æther & Ünïcode — Part 2')).toBe('ther-unicode-part-2.json');
    expect(filenameFor('???')).toBe('story.json');
  });

  it('brings back story, selection, view and undo history after a reload', async () => {
    const persistence = createMemoryPersistence();
    studio = await startTestStudio({ persistence });
    edit(s(), { kind: 'set-event-field', eventId: 'flood', field: 'title', value: 'The harbour floods' }, 'rename flood');
    select(s(), { events: ['flood'] });
    setView(s(), { layout: 'layered', zoom: 2, filters: { text: 'harbour' } });
    const story = doc().story;
    await studio.dispose();

    studio = await startTestStudio({ persistence, sample: 'causal-cycle' });
    expect(doc().story).toEqual(story);
    expect(s().selection.getState().events).toEqual(['flood']);
    expect(s().view.getState()).toMatchObject({ layout: 'layered', zoom: 2, filters: { text: 'harbour', conflictsOnly: false } });
    expect(doc().undoLabel).toBe('Undo rename flood');
    undo(s());
    expect(doc().story.events.find((e) => e.id === 'flood')?.title).toBe('The harbor floods');
  });

  it('reopens the story that was open, not just the newest', async () => {
    const persistence = createMemoryPersistence();
    studio = await startTestStudio({ persistence });
    const sampleKey = doc().storyKey;
    await importStoryText(s(), fixtureText('bilocation'));
    await openStory(s(), sampleKey);
    await studio.dispose();
    studio = await startTestStudio({ persistence });
    expect(doc().storyKey).toBe(sampleKey);
  });

  it('creates, renames, deletes and restores stories', async () => {
    studio = await startTestStudio();
    const sampleKey = doc().storyKey;
    const key = await newStory(s());
    expect(doc().storyKey).toBe(key);
    expect(doc().story.events).toEqual([]);
    await renameStory(s(), key, 'Second draft');
    expect(library().stories.find((s) => s.key === key)?.title).toBe('Second draft');
    expect(doc().undoLabel).toBe('Undo rename story');

    await deleteStory(s(), key);
    expect(library().stories.map((s) => s.key)).toEqual([sampleKey]);
    expect(doc().storyKey).toBe(sampleKey);
    const notice = s().notices.getState().notices.at(-1);
    expect(notice?.text).toContain('Second draft');
    expect(notice?.action?.label).toBe('Restore story');

    expect(await restoreDeletedStory(s(), key)).toBe(true);
    expect(doc().storyKey).toBe(key);
    expect(doc().story.title).toBe('Second draft');
    expect(library().stories).toHaveLength(2);
  });

  it('dismisses and restores a conflict as undoable edits', async () => {
    studio = await startTestStudio();
    const [conflict] = await conflictsNow();
    expect(dismissConflict(s(), conflict!.id, 'intended')).toBe(true);
    expect(await conflictsNow()).toEqual([]);
    expect((await fetchAnalysis(s(), doc().revision)).value.dismissed.map((c) => c.id)).toEqual([conflict!.id]);
    expect(doc().undoLabel).toBe('Undo dismiss conflict');
    expect(doc().story.dismissed).toEqual([{ id: conflict!.id, note: 'intended', at: expect.any(String) }]);
    expect(restoreConflict(s(), conflict!.id)).toBe(true);
    expect(await conflictsNow()).toHaveLength(1);
    expect(doc().story.dismissed).toBeUndefined();
    expect(doc().undoLabel).toBe('Undo restore conflict');
    // Each is one undo step: one undo dismisses again, a second shows the conflict again.
    undo(s());
    expect(doc().story.dismissed?.map((d) => d.id)).toEqual([conflict!.id]);
    expect(await conflictsNow()).toEqual([]);
    undo(s());
    expect(doc().story.dismissed).toBeUndefined();
  });

  it('keeps a dismissal whose conflict is gone, reports it as stale, and brings the conflict back dismissed', async () => {
    studio = await startTestStudio();
    const [conflict] = await conflictsNow();
    dismissConflict(s(), conflict!.id, 'intended');
    const [eventId] = conflict!.events;
    // Deleting an event of the conflict makes the entry stale; it is kept, not dropped.
    expect(edit(s(), { kind: 'remove-event', eventId: eventId! })).toBe(true);
    const stale = await fetchAnalysis(s(), doc().revision);
    expect(stale.value.stale.map((d) => d.id)).toEqual([conflict!.id]);
    expect(doc().story.dismissed?.map((d) => d.id)).toEqual([conflict!.id]);
    undo(s());
    const back = await fetchAnalysis(s(), doc().revision);
    expect(back.value.dismissed.map((c) => c.id)).toEqual([conflict!.id]);
    expect(back.value.stale).toEqual([]);
  });
});

describe('when storage fails', () => {
  function failingSaves(): Persistence {
    const inner = createMemoryPersistence();
    return { ...inner, saveStory: async () => Promise.reject(new Error('QuotaExceededError')) };
  }

  it('says so, and keeps working in memory', async () => {
    studio = await startTestStudio({ persistence: failingSaves() });
    await studio.flush();
    expect(library().storageError).toContain('QuotaExceededError');
    expect(s().notices.getState().notices.some((n) => n.kind === 'error' && n.text.includes('QuotaExceededError'))).toBe(true);
    expect(edit(s(), { kind: 'set-story-title', title: 'Still editing' })).toBe(true);
    const key = doc().storyKey;
    await newStory(s());
    expect(await openStory(s(), key)).toBe(true);
    expect(doc().story.title).toBe('Still editing');
  });

  it('starts in memory when storage cannot be opened at all', async () => {
    studio = Object.assign(createStudio({ ...testStudioOptions(), persistence: () => Promise.reject(new Error('IndexedDB is not available')) }), {
      storage: createMemoryPersistence(),
    });
    await studio.start();
    expect(library().storageError).toContain('IndexedDB is not available');
    expect(doc().story.events.length).toBeGreaterThan(0);
  });
});
