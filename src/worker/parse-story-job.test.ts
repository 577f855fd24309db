import { describe, expect, it } from 'vitest';
import { exportStory } from '../core/story/export-story';
import { storyOf } from '../core/testing/story-builder';
import { isAbortError } from './job';
import { parseStoryJob, type ParseStoryInput, type ParseStoryProgress, type ParseStoryResult } from './parse-story-job';

const LIMITS = { events: 25_000, links: 80_000 };

const story = storyOf({
  events: [
    { id: 'storm', time: 5 },
    { id: 'flood', time: 4 },
  ],
  links: [{ from: 'storm', to: 'flood' }],
});

async function parse(input: Partial<ParseStoryInput> & { file: Blob }, signal = new AbortController().signal): Promise<{ result: ParseStoryResult; progress: ParseStoryProgress[] }> {
  const progress: ParseStoryProgress[] = [];
  const result = await parseStoryJob.run({ fileName: 'story.json', limits: LIMITS, ...input }, { report: (p) => progress.push(p), signal });
  return { result, progress };
}

/** A story file of `n` events in a row at one scale, none linked. */
function eventsFile(n: number): Blob {
  const events = Array.from({ length: n }, (_, i) => ({ id: `e${i}`, title: `Event ${i}`, scale: 'scene', time: i }));
  return new Blob([JSON.stringify({ format: 'nao-story', version: 1, title: 'Many', events, links: [] })]);
}

describe('the parse-story job', () => {
  it('reads, parses and validates a story file, saying so phase by phase with the counts it checks', async () => {
    const { result, progress } = await parse({ file: new Blob([exportStory(story)]) });
    expect(result.status === 'ok' && result.story.events.map((e) => e.id)).toEqual(['storm', 'flood']);
    expect(result.status === 'ok' && result.story.links).toHaveLength(1);
    expect([...new Set(progress.map((p) => p.phase))]).toEqual(['reading', 'parsing', 'validating']);
    expect(progress).toContainEqual({ phase: 'validating', events: 2, links: 1 });
    const size = new Blob([exportStory(story)]).size;
    expect(progress).toContainEqual({ phase: 'reading', bytes: size, total: size });
  });

  it('reads UTF-8 split across chunks and a byte order mark', async () => {
    const text = exportStory({ ...story, title: 'Ærø — 海の物語 🌊' });
    const bytes = new TextEncoder().encode('\uFEFF' + text);
    // One byte at a time: every multi-byte character is cut in two somewhere.
    const pieces = Array.from(bytes, (b) => new Uint8Array([b]));
    const { result } = await parse({ file: new Blob(pieces) });
    expect(result.status === 'ok' && result.story.title).toBe('Ærø — 海の物語 🌊');
  });

  it('refuses a story over the event limit after parsing, before validating, with its counts', async () => {
    const { result, progress } = await parse({ file: eventsFile(11), limits: { events: 10, links: 100 } });
    expect(result).toEqual({ status: 'too-big', events: 11, links: 0 });
    expect(progress.map((p) => p.phase)).not.toContain('validating');
  });

  it('refuses over the link limit even when the rest of the file is invalid', async () => {
    const links = Array.from({ length: 5 }, () => ({ from: 'x', to: 'y' }));
    const { result } = await parse({ file: new Blob([JSON.stringify({ format: 'nao-story', version: 1, events: [], links })]), limits: { events: 10, links: 4 } });
    expect(result).toEqual({ status: 'too-big', events: 0, links: 5 });
  });

  it('locates a JSON syntax error and the JSON paths of invalid fields', async () => {
    const broken = await parse({ file: new Blob(['{\n  "format": "nao-story",\n  "version": 1,\n  "events": [}\n']) });
    expect(broken.result.status).toBe('error');
    expect(broken.result.status === 'error' && broken.result.errors[0]!.message).toMatch(/^not valid JSON: .*line 4/);
    const bad = { format: 'nao-story', version: 1, title: 'Bad', events: [{ id: 'a', title: 'A', scale: 'scene', time: 'soon' }], links: [] };
    const invalid = await parse({ file: new Blob([JSON.stringify(bad)]) });
    expect(invalid.result.status === 'error' && invalid.result.errors.map((e) => e.where)).toContain('events[0].time');
  });

  it('reads Twee, and refuses a Twine story over the limits', async () => {
    const twee = ':: StoryTitle\nTwo rooms\n\n:: A\n[[B]]\n\n:: B\nend';
    const { result } = await parse({ file: new Blob([twee]), fileName: 'rooms.twee' });
    expect(result.status === 'ok' && result.story.title).toBe('Two rooms');
    const tooMany = await parse({ file: new Blob([twee]), fileName: 'rooms.twee', limits: { events: 1, links: 10 } });
    expect(tooMany.result).toEqual({ status: 'too-big', events: 2, links: 1 });
  });

  it('stops reading when cancelled (in process), rejecting with an AbortError', async () => {
    const controller = new AbortController();
    const big = eventsFile(20_000);
    const progress: ParseStoryProgress[] = [];
    const run = parseStoryJob.run(
      { file: big, fileName: 'big.json', limits: LIMITS },
      {
        report: (p) => {
          progress.push(p);
          if (p.phase === 'reading' && p.bytes > 0) controller.abort();
        },
        signal: controller.signal,
      },
    );
    await expect(Promise.resolve(run)).rejects.toSatisfy(isAbortError);
    expect(progress.map((p) => p.phase)).not.toContain('parsing');
  });
});
