import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStory } from '../core/story/load-story';
import { run } from './run';
import { memoryIo } from './testing/memory-io';

const REAL = join(__dirname, '../../test-data/twine/real');
const HOSTILE = join(__dirname, '../../test-data/twine/hostile');
const harlowe = readFileSync(join(REAL, 'harlowe_space_exploration_example.html'), 'utf8');

const TWEE = `:: StoryTitle
Loop

:: StoryData
{"ifid":"X","start":"A"}

:: A
[[B]]

:: B [theme:hope=0.5]
[[A]] [[Nowhere]]
`;

describe('nao convert', () => {
  it('turns Twine 2 HTML into story JSON that nao reads, one event per passage', () => {
    const io = memoryIo({ 'space.html': harlowe });
    expect(run(['convert', 'space.html', '-o', 'space.json'], io)).toBe(0);
    const story = parseStory(io.files.get('space.json')!);
    const passages = harlowe.match(/<tw-passagedata /g)!.length;
    expect(story.ok && story.story.events.length).toBe(passages);
    expect(io.err()).toMatch(new RegExp(`^wrote space.json \\(${passages} events, \\d+ links\\)$`, 'm'));
  });

  it('goes JSON → Twee → HTML → JSON without changing the story', () => {
    const io = memoryIo({ 'loop.twee': TWEE });
    expect(run(['convert', 'loop.twee', '-o', 'a.json'], io)).toBe(0);
    expect(run(['convert', 'a.json', '-o', 'b.twee'], io)).toBe(0);
    expect(run(['convert', 'b.twee', '-o', 'c.html'], io)).toBe(0);
    expect(run(['convert', 'c.html', '-o', 'd.json'], io)).toBe(0);
    expect(io.files.get('d.json')).toBe(io.files.get('a.json'));
    expect(io.files.get('b.twee')).toContain(':: B [scale:scene time:1 theme:hope=0.5]');
  });

  it('writes to stdout with --to, and warns about a link to a missing passage on stderr', () => {
    const io = memoryIo({ 'loop.twee': TWEE });
    expect(run(['convert', 'loop.twee', '--to', 'json'], io)).toBe(0);
    expect(parseStory(io.out()).ok).toBe(true);
    expect(io.err()).toContain('loop.twee: warning: line 10: passage "B": link [[Nowhere]] goes to "Nowhere", which is not a passage; no link made');
  });

  it('exits 2 with the problems of a malformed file, and writes nothing', () => {
    const io = memoryIo({ 'bad.twee': readFileSync(join(HOSTILE, 'broken-storydata.twee'), 'utf8') });
    expect(run(['convert', 'bad.twee', '-o', 'out.json'], io)).toBe(2);
    expect(io.err()).toMatch(/^bad\.twee: line 4: StoryData is not valid JSON/m);
    expect(io.files.has('out.json')).toBe(false);
  });

  it('asks which story of a library archive, then converts the one named by --story', () => {
    const io = memoryIo({ 'lib.html': readFileSync(join(HOSTILE, 'library-archive.html'), 'utf8') });
    expect(run(['convert', 'lib.html', '-o', 'x.json'], io)).toBe(2);
    expect(io.err()).toContain('1. "First story" (2 passages), 2. "Second story" (3 passages); pick one with --story N');
    expect(run(['convert', 'lib.html', '--story', '2', '-o', 'x.json'], io)).toBe(0);
    const story = parseStory(io.files.get('x.json')!);
    expect(story.ok && story.story.title).toBe('Second story');
  });

  it('rejects an unknown --to and a missing output', () => {
    expect(run(['convert', 'a.json', '--to', 'pdf'], memoryIo())).toBe(2);
    expect(run(['convert', 'a.json'], memoryIo())).toBe(2);
  });
});

describe('nao check on Twine files', () => {
  it('checks a Twee file directly: its loop shows as a cycle (exit 1)', () => {
    const io = memoryIo({ 'loop.twee': TWEE });
    expect(run(['check', 'loop.twee', '--json'], io)).toBe(1);
    const report = JSON.parse(io.out()) as { conflicts: { type: string }[]; stats: { events: number } };
    expect(report.stats.events).toBe(2);
    expect(report.conflicts.map((c) => c.type)).toContain('causal-cycle');
  });

  it('checks Twine HTML directly, and exits 2 on a malformed one', () => {
    const io = memoryIo({ 'space.html': harlowe, 'cut.html': readFileSync(join(HOSTILE, 'unclosed-passage.html'), 'utf8') });
    expect(run(['check', 'space.html'], io)).toBeLessThan(2);
    expect(io.out()).toContain('"Space Exploration in Harlowe"');
    expect(run(['check', 'cut.html'], io)).toBe(2);
    expect(io.err()).toContain('cut.html: line 3: <tw-passagedata name="Next"> is never closed');
  });
});
