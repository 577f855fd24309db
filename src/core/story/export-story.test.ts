import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbStory } from '../testing/arbitraries';
import { exportStory, storyToJson } from './export-story';
import { loadStory, parseStory } from './load-story';

const RUNS = { numRuns: 200 };

describe('exporting a story', () => {
  const story = loadStory({
    title: 'Order',
    extra: { layout: { b: [1, 2] } },
    links: [{ to: 'b', from: 'a', kind: 'enables' }],
    events: [
      { notes: 'n', time: 1, id: 'a', title: 'A', scale: 'arc', location: 'pier' },
      { id: 'b', title: 'B', scale: 'scene', time: 2 },
    ],
    therapy: { goals: [], maxIntensity: 0.5 },
    version: 1,
    format: 'nao-story',
  });
  if (!story.ok) throw new Error('fixture story must load');

  it('writes keys in the order of the format specification', () => {
    const json = storyToJson(story.story);
    expect(Object.keys(json)).toEqual(['format', 'version', 'title', 'scales', 'timeUnit', 'therapy', 'events', 'links', 'extra']);
    const events = json['events'] as Record<string, unknown>[];
    expect(Object.keys(events[0]!)).toEqual(['id', 'title', 'scale', 'time', 'duration', 'participants', 'location', 'themes', 'intensity', 'tags', 'effects', 'notes']);
    expect(Object.keys(json['therapy'] as object)).toEqual(['maxIntensity', 'goals']);
    expect((json['links'] as unknown[])[0]).toStrictEqual({ id: 'a->b', from: 'a', to: 'b', strength: 0.5, kind: 'enables' });
  });

  it('writes pretty JSON with 2-space indentation and a final newline', () => {
    const text = exportStory(story.story);
    expect(text.startsWith('{\n  "format": "nao-story",\n  "version": 1,\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('keeps extra verbatim', () => {
    expect(storyToJson(story.story)['extra']).toStrictEqual({ layout: { b: [1, 2] } });
  });
});

describe('round trip', () => {
  it('export then import gives the same story', () => {
    fc.assert(
      fc.property(arbStory(), (story) => {
        const result = parseStory(exportStory(story));
        expect(result.ok && result.story).toStrictEqual(story);
        expect(result.ok && result.warnings.filter((w) => w.message.includes('unknown key'))).toEqual([]);
      }),
      RUNS,
    );
  });

  it('the fast load path and the schema path agree on valid stories', () => {
    fc.assert(
      fc.property(arbStory(), (story) => {
        const value: unknown = JSON.parse(exportStory(story));
        expect(loadStory(value)).toStrictEqual(loadStory(value, { fastPath: false }));
      }),
      RUNS,
    );
  });

  it('the fast load path never accepts what the schema path rejects', () => {
    // Corrupt one value somewhere in a valid file and compare both paths.
    const arbCorruption = fc.constantFrom<unknown>('x', -1, 2, 1.5, null, true, [], {}, undefined, 0, '');
    fc.assert(
      fc.property(arbStory({ maxEvents: 4 }), fc.nat(), arbCorruption, (story, at, bad) => {
        const value = JSON.parse(exportStory(story)) as Record<string, unknown>;
        const slots: [Record<string, unknown> | unknown[], string | number][] = [];
        const walk = (node: unknown): void => {
          if (typeof node !== 'object' || node === null) return;
          for (const [k, child] of Object.entries(node)) {
            slots.push([node as Record<string, unknown>, Array.isArray(node) ? Number(k) : k]);
            walk(child);
          }
        };
        walk(value);
        const [parent, key] = slots[at % slots.length]!;
        (parent as Record<string | number, unknown>)[key] = bad;
        const fast = loadStory(value);
        const schema = loadStory(value, { fastPath: false });
        expect(fast.ok).toBe(schema.ok);
        if (fast.ok) expect(fast).toStrictEqual(schema);
      }),
      { numRuns: 500 },
    );
  });
});
