import { describe, expect, it } from 'vitest';
import { analyzeStory } from '../analysis/analyze';
import { applyEdit } from '../edits/apply-edit';
import { proposeResolutions } from '../resolutions/propose';
import { exportStory } from './export-story';
import { loadStory, parseStory, type LoadResult } from './load-story';
import { validationSummary } from './story-issue';

/** Valid but unfriendly input: odd strings, odd keys, deep nesting, huge text. */

function storyOf(result: LoadResult) {
  if (!result.ok) throw new Error(validationSummary(result.errors).join('; '));
  return result.story;
}

const PROTO_FILE = `{"format":"nao-story","version":1,"title":"Keys",
 "events":[{"id":"a","title":"A","scale":"scene","time":0,"participants":["__proto__"],
   "themes":{"__proto__":0.5,"hope":0.2,"constructor":0.1},
   "effects":{"__proto__":{"alive":true,"traits":{"__proto__":0.3}},"mara":{"relationships":{"__proto__":"ally"}}}}],
 "links":[],"extra":{"__proto__":{"x":1},"constructor":2}}`;

describe('"__proto__" and "constructor" as ordinary keys', () => {
  it('keeps them through load (both paths), edit, analysis and export, and pollutes no prototype', () => {
    for (const fastPath of [true, false]) {
      const story = storyOf(loadStory(JSON.parse(PROTO_FILE), { fastPath }));
      const event = story.events[0]!;
      expect(Object.keys(event.themes).sort()).toEqual(['__proto__', 'constructor', 'hope']);
      expect(Object.hasOwn(event.effects, '__proto__')).toBe(true);
      expect(event.effects['__proto__']?.traits?.['__proto__']).toBe(0.3);
      expect(Object.hasOwn(event.effects['mara']!.relationships!, '__proto__')).toBe(true);
      expect(Object.keys(story.extra ?? {}).sort()).toEqual(['__proto__', 'constructor']);
      const edited = applyEdit(story, { kind: 'set-theme', eventId: 'a', theme: '__proto__', intensity: 0.9 }).story;
      expect(Object.getOwnPropertyDescriptor(edited.events[0]!.themes, '__proto__')?.value).toBe(0.9);
      analyzeStory(edited);
      const again = storyOf(parseStory(exportStory(edited)));
      expect(again).toStrictEqual(edited);
      expect(({} as Record<string, unknown>)['x']).toBeUndefined();
    }
  });

  it('checks the value of a "__proto__" entry like any other, naming its path', () => {
    const bad = PROTO_FILE.replace('"__proto__":0.5', '"__proto__":5').replace('"__proto__":"ally"', '"__proto__":"lover"');
    const result = parseStory(bad);
    expect(result.ok).toBe(false);
    expect(!result.ok && validationSummary(result.errors)).toEqual([
      'events[0].themes.__proto__: expected a number in [0, 1], got 5',
      'events[0].effects.mara.relationships.__proto__: expected one of "ally", "friend", "neutral", "rival", "enemy", got "lover"',
    ]);
  });
});

describe('lone surrogates', () => {
  it('analyse, give conflict ids, export and load again', () => {
    const story = storyOf(
      loadStory({
        format: 'nao-story',
        version: 1,
        title: 'Broken \uD800 text',
        events: [
          { id: 'x\uDC00', title: 'Half \uD83D', scale: 'scene', time: 5 },
          { id: '\uD800', title: 'Other half \uDE00', scale: 'scene', time: 1 },
        ],
        links: [{ from: 'x\uDC00', to: '\uD800' }],
      }),
    );
    const { conflicts } = analyzeStory(story);
    // 'x' (U+0078) sorts before a lone U+D800.
    expect(conflicts.map((c) => c.id)).toEqual(['temporal-paradox:x\uDC00+\uD800']);
    expect(proposeResolutions(story, conflicts[0]!.id).length).toBeGreaterThan(0);
    expect(storyOf(parseStory(exportStory(story)))).toStrictEqual(story);
  });
});

describe('deeply nested app data', () => {
  function nested(depth: number): unknown {
    let value: unknown = 'bottom';
    for (let i = 0; i < depth; i++) value = { a: value };
    return value;
  }
  const file = (extra: unknown) => ({ format: 'nao-story', version: 1, title: 'Deep', events: [], links: [], extra: { layout: extra } });

  it('loads extra nested up to 64 levels and exports it again', () => {
    const story = storyOf(loadStory(file(nested(63))));
    expect(storyOf(parseStory(exportStory(story)))).toStrictEqual(story);
  });

  it('rejects deeper nesting with the JSON path where it goes too deep, even 100,000 levels down', () => {
    const result = loadStory(file(nested(100_000)));
    expect(result.ok).toBe(false);
    const [error] = !result.ok ? validationSummary(result.errors) : [];
    expect(error).toMatch(/^extra\.layout(\.a){63}: app data in "extra" nests deeper than 64 levels; flatten it$/);
  });

  it('refuses an edit that would nest app data too deeply', () => {
    const story = storyOf(loadStory(file(1)));
    expect(() => applyEdit(story, { kind: 'set-extra', key: 'layout', value: nested(64) })).toThrow('extra "layout" nests deeper than 64 levels');
  });
});

describe('very long titles', () => {
  it('are shortened with an ellipsis in conflict messages, not quoted whole', () => {
    const title = 'M'.repeat(1_000_000);
    const story = storyOf(
      loadStory({
        format: 'nao-story',
        version: 1,
        title: 'Long',
        events: [
          { id: 'a'.repeat(1_000_000), title, scale: 'scene', time: 5 },
          { id: 'b', title: 'Short', scale: 'scene', time: 1 },
        ],
        links: [{ from: 'a'.repeat(1_000_000), to: 'b' }],
      }),
    );
    const [conflict] = analyzeStory(story).conflicts;
    expect(conflict!.message.length).toBeLessThan(300);
    expect(conflict!.message).toContain(`${'M'.repeat(79)}… (scene, t=5)`);
  });
});
