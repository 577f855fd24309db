import { describe, expect, it } from 'vitest';
import { run } from './run';
import { memoryIo, storyText } from './testing/memory-io';
import { eventCount } from './tiering';

const story = storyText(
  [
    { id: 'a', title: 'Mara wakes', scale: 'scene', time: 1 },
    { id: 'b', title: 'Mara walks to the harbor', scale: 'scene', time: 2 },
    { id: 'c', title: 'Mara sails', scale: 'scene', time: 3 },
  ],
  [{ from: 'a', to: 'b' }],
);

describe('tiering for the size of a story', () => {
  it('hands the host the number of events of each checked file, before its report', () => {
    const seen: string[] = [];
    const io = memoryIo({ 'three.json': story, 'bad.json': '{' });
    const status = run(['check', 'three.json', 'bad.json', '--json'], {
      ...io,
      beforeAnalysis: (events) => seen.push(`${events} events, ${io.out().length} chars written`),
      stdout: (text) => {
        seen.push('report');
        io.stdout(text);
      },
    });
    expect(status).toBe(2);
    // The file that is not JSON is never analysed, so the host hears of one file only.
    expect(seen.filter((s) => s !== 'report')).toEqual(['3 events, 0 chars written']);
    expect(seen[0]).toBe('3 events, 0 chars written');
  });

  it('counts the events of a parsed file, and none where there is no event list', () => {
    expect(eventCount({ events: [{}, {}] })).toBe(2);
    expect(eventCount({ events: 7 })).toBe(0);
    expect(eventCount([1, 2])).toBe(0);
    expect(eventCount(null)).toBe(0);
  });
});

describe('the young generation for the size of an input', () => {
  it('hands the host the length of each JSON input before it is parsed and analysed', () => {
    const seen: string[] = [];
    const io = memoryIo({ 'three.json': story, 'bom.json': `\uFEFF${story}`, 'bad.json': '{' });
    const status = run(['check', 'three.json', 'bom.json', 'bad.json', '--json'], {
      ...io,
      beforeParse: (chars) => seen.push(`parse ${chars}`),
      beforeAnalysis: (events) => seen.push(`analyse ${events}`),
    });
    expect(status).toBe(2);
    // The byte order mark is not part of what is parsed; a file that is not JSON is still parsed (and refused).
    expect(seen).toEqual([`parse ${story.length}`, 'analyse 3', `parse ${story.length}`, 'analyse 3', 'parse 1']);
  });
});
