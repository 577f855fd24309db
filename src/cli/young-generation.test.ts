import { describe, expect, it } from 'vitest';
import { run } from './run';
import { memoryIo, storyText } from './testing/memory-io';

const story = storyText(
  [
    { id: 'a', title: 'Mara wakes', scale: 'scene', time: 1 },
    { id: 'b', title: 'Mara walks to the harbor', scale: 'scene', time: 2 },
  ],
  [{ from: 'a', to: 'b' }],
);

describe('the young generation for the size of an input', () => {
  it('hands the host the length of each JSON input before it is parsed and analysed', () => {
    const seen: string[] = [];
    const io = memoryIo({ 'two.json': story, 'bom.json': `\uFEFF${story}`, 'bad.json': '{' });
    const status = run(['check', 'two.json', 'bom.json', 'bad.json', '--json'], {
      ...io,
      beforeParse: (chars) => seen.push(`parse ${chars}`),
      beforeAnalysis: (events) => seen.push(`analyse ${events}`),
    });
    expect(status).toBe(2);
    // The byte order mark is not part of what is parsed; a file that is not JSON is still parsed (and refused).
    expect(seen).toEqual([`parse ${story.length}`, 'analyse 2', `parse ${story.length}`, 'analyse 2', 'parse 1']);
  });
});
