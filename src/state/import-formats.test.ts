import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importStoryFile, startImport, type ImportProgress } from './import-formats';
import { fixtureText, startTestStudio, type TestStudio } from './test-studio';

let studio: TestStudio | undefined;
const s = (): TestStudio => studio ?? expect.unreachable('no studio was started');
afterEach(async () => {
  await studio?.dispose();
  studio = undefined;
});

const HOSTILE = join(__dirname, '../../test-data/twine/hostile');

describe('importing Twine files into the studio', () => {
  it('opens a Twee story as the current story, with its warnings', async () => {
    studio = await startTestStudio();
    const r = await importStoryFile(s(), ':: StoryTitle\nTwo rooms\n\n:: A\n[[B]] [[C]]\n\n:: B\nend', 'rooms.twee');
    expect(r.ok).toBe(true);
    const { story } = s().document.getState();
    expect(story.title).toBe('Two rooms');
    expect(story.links.map((l) => l.id)).toEqual(['a->b']);
    expect(r.ok === true && r.warnings.map((w) => w.message)).toContain('passage "A": link [[C]] goes to "C", which is not a passage; no link made');
  });

  it('asks which story of an archive, then opens the one picked', async () => {
    studio = await startTestStudio();
    const text = readFileSync(join(HOSTILE, 'library-archive.html'), 'utf8');
    const ask = await importStoryFile(s(), text, 'library.html');
    expect(ask.ok === 'choose' && ask.choices.map((c) => c.name)).toEqual(['First story', 'Second story']);
    await importStoryFile(s(), text, 'library.html', 1);
    expect(s().document.getState().story.title).toBe('Second story');
  });

  it('leaves the open story alone when the file is malformed', async () => {
    studio = await startTestStudio();
    const before = s().document.getState().story;
    const r = await importStoryFile(s(), readFileSync(join(HOSTILE, 'unclosed-passage.html'), 'utf8'), 'cut.html');
    expect(r.ok === false && r.errors).toContainEqual({ path: 'line 3', message: '<tw-passagedata name="Next"> is never closed' });
    expect(s().document.getState().story).toBe(before);
  });
});

/** A story file of `n` unlinked events, as a Blob. */
function eventsFile(n: number, title = 'Many'): Blob {
  const events = Array.from({ length: n }, (_, i) => ({ id: `e${i}`, title: `Event ${i}`, scale: 'scene', time: i }));
  return new Blob([JSON.stringify({ format: 'nao-story', version: 1, title, events, links: [] })]);
}

describe('importing a story file in the background', () => {
  it('opens story JSON read from the file, reporting each phase up to opening', async () => {
    studio = await startTestStudio();
    const phases: string[] = [];
    const run = startImport(s(), new Blob([fixtureText('bilocation')]), 'bilocation.json', { onProgress: (p) => phases.push(p.phase) });
    const r = await run.result;
    expect(r.ok).toBe(true);
    expect(s().document.getState().story.title).toBe('Bilocation');
    expect([...new Set(phases)]).toEqual(['reading', 'parsing', 'validating', 'opening']);
  });

  it('refuses a story over the event limit with the count, the limit and nao, keeping the open story and the library', async () => {
    studio = await startTestStudio();
    const before = s().document.getState().story;
    const stories = s().library.getState().stories.length;
    const r = await importStoryFile(s(), eventsFile(25_001, 'Too many'), 'many.json');
    expect(r.ok === false && r.errors[0]!.message).toContain('The story has 25,001 events; Arc Studio holds at most 25,000 events');
    expect(r.ok === false && r.errors[0]!.message).toContain('nao');
    expect(s().document.getState().story).toBe(before);
    expect(s().library.getState().stories).toHaveLength(stories);
  });

  it('refuses a file over 64 MB unread, naming its size and the limit', async () => {
    studio = await startTestStudio();
    const progress: ImportProgress[] = [];
    const huge = new Blob([new Uint8Array(64_000_001)]);
    const r = await startImport(s(), huge, 'huge.json', { onProgress: (p) => progress.push(p) }).result;
    expect(r.ok === false && r.errors[0]!.message).toContain('huge.json is 64,000,001 bytes; Arc Studio opens story files of at most 64 MB');
    expect(progress).toEqual([]);
  });

  it('changes nothing when cancelled', async () => {
    studio = await startTestStudio();
    const before = s().document.getState();
    const stories = s().library.getState().stories.length;
    const run = startImport(s(), eventsFile(2_000, 'Cancelled'), 'cancelled.json');
    run.cancel();
    expect(await run.result).toEqual({ ok: 'cancelled' });
    expect(s().document.getState().story).toBe(before.story);
    expect(s().document.getState().storyKey).toBe(before.storyKey);
    expect(s().library.getState().stories).toHaveLength(stories);
  });
});
