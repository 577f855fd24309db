import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStoryFile, writeStoryFile } from './story-file';

const DIR = join(__dirname, '../../../test-data/twine/hostile');
const read = (file: string) => readStoryFile(file, readFileSync(join(DIR, file), 'utf8'));

describe('hostile Twine files', () => {
  it('scripts in passages and around the story stay text; </tw-passagedata> in text does not end the passage', () => {
    const r = read('scripts-in-passages.html');
    if (r.status !== 'ok') throw new Error(JSON.stringify(r));
    expect(r.story.title).toBe('Scripts everywhere');
    expect(r.story.events.map((e) => e.title)).toEqual(['Start', 'Next']);
    expect(r.story.events[0]!.notes).toContain('<script>window.__pwned = true</script>');
    expect(r.story.events[0]!.notes).toContain('</tw-passagedata><tw-passagedata name="Injected">fake</tw-passagedata>');
    expect(r.story.events[1]!.notes).toBe('</tw-storydata> still the same passage. [[Start]]');
    expect(r.story.links.map((l) => l.id)).toEqual(['start->next', 'next->start']);
    expect((globalThis as { __pwned?: boolean }).__pwned).toBeUndefined();
  });

  it('duplicate names: the later one renamed and reported, nothing lost', () => {
    const r = read('duplicate-names.twee');
    if (r.status !== 'ok') throw new Error(JSON.stringify(r));
    expect(r.story.events.map((e) => e.title)).toEqual(['Hall', 'Room', 'Room (3)', 'Room (2)']);
    expect(r.story.events[2]!.notes).toBe('The second room with the same name.');
    expect(r.warnings.map((w) => `${w.where}: ${w.message}`)).toContain(
      'line 13: passage name "Room" is used again (first at line 10); this one is renamed "Room (3)", links to "Room" go to the first',
    );
  });

  it('missing StoryData and StoryTitle: imported with warnings, start = first passage', () => {
    const r = read('missing-storydata.twee');
    if (r.status !== 'ok') throw new Error(JSON.stringify(r));
    expect(r.story.title).toBe('Untitled Story');
    expect(r.story.events.map((e) => [e.title, e.time])).toEqual([
      ['Start', 0],
      ['End', 1],
    ]);
    expect(r.warnings.map((w) => w.message)).toEqual([
      'no StoryData passage: no IFID, story format or start passage given',
      'no StoryTitle passage: the story is called "Untitled Story"',
      'passage "Start": link [[Lost]] goes to "Lost", which is not a passage; no link made',
    ]);
  });

  it('broken StoryData and a cut-off HTML file are errors that name the line', () => {
    const twee = read('broken-storydata.twee');
    expect(twee.status === 'error' && twee.errors.map((e) => e.where)).toEqual(['line 4']);
    const html = read('unclosed-passage.html');
    expect(html.status === 'error' && html.errors[0]).toEqual({ where: 'line 3', message: '<tw-passagedata name="Next"> is never closed' });
  });

  it('a library archive asks which story, then imports the one picked', () => {
    const ask = read('library-archive.html');
    expect(ask.status === 'choose' && ask.choices).toEqual([
      { index: 0, name: 'First story', passages: 2 },
      { index: 1, name: 'Second story', passages: 3 },
    ]);
    const second = readStoryFile('a.html', readFileSync(join(DIR, 'library-archive.html'), 'utf8'), { choose: 1 });
    expect(second.status === 'ok' && second.story.links.map((l) => l.id)).toEqual(['alpha->beta', 'beta->gamma', 'gamma->alpha']);
    expect(second.status === 'ok' && second.story.events[0]!.scale).toBe('arc');
  });

  it('20,000 passages in a chain: every passage an event, every link a link, times 0..19999', () => {
    const n = 20_000;
    const parts = [':: StoryTitle\nBig\n', ':: StoryData\n{"ifid":"B","start":"P0"}\n'];
    for (let i = 0; i < n; i++) parts.push(`:: P${i} [scale:scene]\nStep ${i}. ${i + 1 < n ? `[[P${i + 1}]]` : 'The end.'}\n`);
    const twee = parts.join('\n');
    const r = readStoryFile('big.twee', twee);
    if (r.status !== 'ok') throw new Error(JSON.stringify(r).slice(0, 500));
    expect(r.story.events.length).toBe(n);
    expect(r.story.links.length).toBe(n - 1);
    expect(r.story.events[n - 1]!.time).toBe(n - 1);
    const html = writeStoryFile(r.story, 'twine-html');
    const back = readStoryFile('big.html', html);
    expect(back.status === 'ok' && back.story.events.length).toBe(n);
  });
});
