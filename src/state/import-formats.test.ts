import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importStoryFile } from './import-formats';
import { startTestStudio, type TestStudio } from './test-studio';

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
