import { describe, expect, it } from 'vitest';
import { loadStory, parseStory, type LoadResult } from './load-story';
import { validationSummary } from './story-issue';

/** A small valid file; tests change one thing at a time. */
function file(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 'nao-story',
    version: 1,
    title: 'The Lighthouse',
    events: [
      { id: 'a', title: 'Storm rises', scale: 'scene', time: 1 },
      { id: 'b', title: 'Boat capsizes', scale: 'scene', time: 2 },
    ],
    links: [{ from: 'a', to: 'b' }],
    ...overrides,
  };
}

function errorsOf(result: LoadResult): string[] {
  if (result.ok) throw new Error('expected the load to fail');
  return validationSummary(result.errors);
}

function storyOf(result: LoadResult) {
  if (!result.ok) throw new Error(`expected the load to succeed: ${validationSummary(result.errors).join('; ')}`);
  return result.story;
}

function events(n: number, change: (i: number) => Record<string, unknown> = () => ({})): Record<string, unknown>[] {
  return Array.from({ length: n }, (_, i) => ({ id: `e${i}`, title: `Event ${i}`, scale: 'scene', time: i, ...change(i) }));
}

describe('loading a valid story', () => {
  it('fills in every default the format defines', () => {
    const story = storyOf(loadStory(file()));
    expect(story.scales.map((s) => [s.id, s.window])).toEqual([['scene', 1], ['arc', 24], ['world', 720], ['saga', 8760]]);
    expect(story.timeUnit).toBe('hour');
    expect(story.events[0]).toStrictEqual({
      id: 'a', title: 'Storm rises', scale: 'scene', time: 1, duration: 0, participants: [], themes: {}, intensity: 0, tags: [], effects: {},
    });
    expect(story.links).toStrictEqual([{ id: 'a->b', from: 'a', to: 'b', strength: 0.5, kind: 'causes' }]);
  });

  it('leaves absent optional sections absent and keeps present ones exactly', () => {
    const bare = storyOf(loadStory(file()));
    for (const key of ['characters', 'themes', 'thresholds', 'therapy', 'extra']) expect(key in bare).toBe(false);
    expect('location' in bare.events[0]!).toBe(false);

    const sections = {
      characters: [{ id: 'mara', name: 'Mara' }, { id: 'kofi' }],
      themes: { opposites: [['dread', 'joy', ['relief']]], growth: ['resolve'] },
      thresholds: { gapFactor: 3 },
      therapy: { maxIntensity: 0.6, avoid: ['drowning'], goals: ['hope'] },
      extra: { layout: { a: { x: 1, y: 2 } }, dismissed: ['c1'] },
    };
    const story = storyOf(loadStory(file({ ...sections, events: [{ id: 'a', title: 'A', scale: 'arc', time: 0, location: 'pier', notes: 'n' }], links: [] })));
    expect(story).toMatchObject(sections);
    expect(story.thresholds).toStrictEqual({ gapFactor: 3 });
    expect(story.events[0]).toMatchObject({ location: 'pier', notes: 'n' });
  });

  it('treats keys set to undefined by a JavaScript caller as absent', () => {
    const story = storyOf(loadStory(file({ characters: undefined, events: [{ id: 'a', title: 'A', scale: 'scene', time: 0, location: undefined }], links: [] })));
    expect('characters' in story).toBe(false);
    expect('location' in story.events[0]!).toBe(false);
  });

  it('accepts a byte order mark before the JSON', () => {
    expect(parseStory(`\uFEFF${JSON.stringify(file())}`).ok).toBe(true);
  });

  it('drops an empty extra, the same as none', () => {
    expect('extra' in storyOf(loadStory(file({ extra: {} })))).toBe(false);
  });
});

describe('rejecting files that are not stories', () => {
  it('names the JSON syntax problem with its line and column', () => {
    const errors = errorsOf(parseStory('{\n  "format": "nao-story",\n  "title": oops\n}'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('not valid JSON');
    expect(errors[0]).toContain('line 3, column 12');
  });

  it('rejects a JSON value that is not an object', () => {
    expect(errorsOf(parseStory('[1, 2]'))).toEqual(['expected a JSON object with "format": "nao-story", got an array']);
  });

  it('says what the format must be, and stops there', () => {
    const errors = errorsOf(loadStory(file({ format: 'twine', events: 'none' })));
    expect(errors).toEqual(['format: format must be "nao-story", got "twine"']);
    expect(errorsOf(loadStory(file({ format: undefined })))[0]).toContain('format must be "nao-story"');
  });

  it('says a higher version was made by a newer version', () => {
    const errors = errorsOf(loadStory(file({ version: 2 })));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^version: .*made by a newer version/);
  });

  it('rejects a version that is not 1', () => {
    expect(errorsOf(loadStory(file({ version: '1' })))).toEqual(['version: expected version 1, got "1"']);
  });
});

describe('reporting what is wrong, where', () => {
  it('names the path and the expectation of a wrongly typed value', () => {
    const errors = errorsOf(loadStory(file({ events: events(13, (i) => (i === 12 ? { time: 'soon' } : {})), links: [] })));
    expect(errors).toEqual(['events[12].time: expected a finite number, got "soon"']);
  });

  it('reports a missing required key', () => {
    const errors = errorsOf(loadStory(file({ events: [{ id: 'a', scale: 'scene', time: 0 }], links: [] })));
    expect(errors).toEqual(['events[0].title: missing (expected a string)']);
  });

  it('rejects non-finite numbers handed over by a JavaScript caller', () => {
    const errors = errorsOf(loadStory(file({ events: events(2, (i) => ({ time: i === 0 ? Infinity : NaN })), links: [] })));
    expect(errors).toEqual(['events[0].time: expected a finite number, got Infinity', 'events[1].time: expected a finite number, got NaN']);
  });

  it('rejects numbers out of their range', () => {
    const errors = errorsOf(
      loadStory(
        file({
          scales: [{ id: 'near', window: 0 }, { id: 'far', window: 10 }],
          events: [{ id: 'a', title: 'A', scale: 'near', time: 0, duration: -1, intensity: 1.5, themes: { hope: -0.1 }, effects: { mara: { traits: { courage: 2 } } } }],
          links: [{ from: 'a', to: 'a', strength: 1.2 }],
          therapy: { recoveryWithin: 1.5 },
        }),
      ),
    );
    expect(errors).toEqual([
      'scales[0].window: expected a number > 0, got 0',
      'therapy.recoveryWithin: expected a whole number, got 1.5',
      'events[0].duration: expected a number >= 0, got -1',
      'events[0].themes.hope: expected a number in [0, 1], got -0.1',
      'events[0].intensity: expected a number in [0, 1], got 1.5',
      'events[0].effects.mara.traits.courage: expected a number in [0, 1], got 2',
      'links[0].strength: expected a number in [0, 1], got 1.2',
    ]);
  });

  it('lists the allowed values of an enumeration', () => {
    const errors = errorsOf(loadStory(file({ links: [{ from: 'a', to: 'b', kind: 'causes?' }] })));
    expect(errors).toEqual(['links[0].kind: expected one of "causes", "enables", "motivates", got "causes?"']);
  });

  it('quotes keys that are not identifiers in paths', () => {
    const errors = errorsOf(loadStory(file({ events: events(1, () => ({ themes: { 'dark night': 'deep' } })), links: [] })));
    expect(errors).toEqual(['events[0].themes["dark night"]: expected a finite number, got "deep"']);
  });

  it('reports every error of a file, in document order, not only the first', () => {
    const errors = errorsOf(
      loadStory(
        file({
          title: '',
          events: [
            { id: 'a', title: 'A', scale: 'scene', time: 'soon' },
            { id: 'a', title: 'B', scale: 'epoch', time: 1 },
          ],
          links: [{ from: 'a', to: 'ghost' }],
        }),
      ),
    );
    expect(errors).toEqual([
      'title: expected a non-empty string, got ""',
      'events[0].time: expected a finite number, got "soon"',
      'events[1].id: duplicate event id "a" (first used by events[0])',
      'events[1].scale: expected one of the declared scales ("scene", "arc", "world", "saga"), got "epoch"',
      'links[0].to: expected the id of an event, got "ghost", which names no event',
    ]);
  });

  it('lists the first 50 errors and counts the rest', () => {
    const errors = errorsOf(loadStory(file({ events: events(120, () => ({ time: 'later' })), links: [] })));
    expect(errors).toHaveLength(51);
    expect(errors[49]).toBe('events[49].time: expected a finite number, got "later"');
    expect(errors[50]).toBe('…and 70 more errors');
  });
});

describe('cross-references', () => {
  it('rejects duplicate link ids, explicit or defaulted, and says when the id was defaulted', () => {
    const explicit = errorsOf(loadStory(file({ links: [{ id: 'x', from: 'a', to: 'b' }, { id: 'x', from: 'b', to: 'a' }] })));
    expect(explicit).toEqual(['links[1].id: duplicate link id "x" (first used by links[0])']);

    const defaulted = errorsOf(loadStory(file({ links: [{ from: 'a', to: 'b' }, { from: 'a', to: 'b', kind: 'enables' }] })));
    expect(defaulted).toHaveLength(1);
    expect(defaulted[0]).toMatch(/^links\[1\]\.id: duplicate link id "a->b": this link has no id, so it defaults to "<from>-><to>"/);
    expect(defaulted[0]).toContain('give it an explicit id');

    const againstDefault = errorsOf(loadStory(file({ links: [{ from: 'a', to: 'b' }, { id: 'a->b', from: 'b', to: 'a' }] })));
    expect(againstDefault).toEqual(['links[1].id: duplicate link id "a->b" (first used by links[0], which has no id and defaults to it)']);
  });

  it('rejects a repeated event or link id in a story large enough to be hashed in typed arrays (20,000 events)', () => {
    const big = (events: { id: string }[], links: { id: string; from: string; to: string }[]) =>
      loadStory(file({ events: events.map((e) => ({ ...e, title: e.id, scale: 'scene', time: 1 })), links }));
    const many = Array.from({ length: 20_000 }, (_, i) => ({ id: `e${i}` }));
    const chain = many.slice(1).map((e, i) => ({ id: `l${i}`, from: `e${i}`, to: e.id }));
    expect(big(many, chain).ok).toBe(true);
    expect(errorsOf(big([...many, { id: 'e19998' }], chain))).toEqual(['events[20000].id: duplicate event id "e19998" (first used by events[19998])']);
    expect(errorsOf(big(many, [...chain, { id: 'l17', from: 'e1', to: 'e5' }]))).toEqual(['links[19999].id: duplicate link id "l17" (first used by links[17])']);
  });

  it('accepts two links between the same events when they have their own ids', () => {
    expect(loadStory(file({ links: [{ id: 'l1', from: 'a', to: 'b' }, { id: 'l2', from: 'a', to: 'b' }] })).ok).toBe(true);
  });

  it('checks event scales against a custom scale list', () => {
    const scales = [{ id: 'micro', window: 2 }, { id: 'macro', window: 100 }];
    const errors = errorsOf(loadStory(file({ scales })));
    expect(errors).toEqual([
      'events[0].scale: expected one of the declared scales ("micro", "macro"), got "scene"',
      'events[1].scale: expected one of the declared scales ("micro", "macro"), got "scene"',
    ]);
  });

  it('needs 2 to 8 scales with unique ids', () => {
    expect(errorsOf(loadStory(file({ scales: [{ id: 'scene', window: 1 }] })))).toEqual(['scales: expected 2 to 8 scales, got 1']);
    const nine = Array.from({ length: 9 }, (_, i) => ({ id: i === 0 ? 'scene' : `s${i}`, window: i + 1 }));
    expect(errorsOf(loadStory(file({ scales: nine })))).toEqual(['scales: expected 2 to 8 scales, got 9']);
    const twice = [{ id: 'scene', window: 1 }, { id: 'scene', window: 5 }];
    expect(errorsOf(loadStory(file({ scales: twice })))).toEqual(['scales[1].id: duplicate scale id "scene" (first used by scales[0])']);
  });

  it('rejects links whose ends name no event', () => {
    const errors = errorsOf(loadStory(file({ links: [{ from: 'nobody', to: 'b' }] })));
    expect(errors).toEqual(['links[0].from: expected the id of an event, got "nobody", which names no event']);
  });
});

describe('warnings', () => {
  it('declares undeclared characters implicitly, warning once per character at its first use', () => {
    const result = loadStory(
      file({
        characters: [{ id: 'mara' }],
        events: [
          { id: 'a', title: 'A', scale: 'scene', time: 0, participants: ['mara', 'kofi'] },
          { id: 'b', title: 'B', scale: 'scene', time: 1, participants: ['kofi'], effects: { ayla: { relationships: { mara: 'ally', ben: 'rival' } } } },
        ],
      }),
    );
    expect(result.ok).toBe(true);
    expect(result.ok && validationSummary(result.warnings)).toEqual([
      'events[0].participants[1]: character "kofi" is not declared in "characters"; it is declared implicitly',
      'events[1].effects.ayla: character "ayla" is not declared in "characters"; it is declared implicitly',
      'events[1].effects.ayla.relationships.ben: character "ben" is not declared in "characters"; it is declared implicitly',
    ]);
  });

  it('warns about a character declared twice', () => {
    const result = loadStory(file({ characters: [{ id: 'mara' }, { id: 'mara', name: 'Mara' }] }));
    expect(result.ok && validationSummary(result.warnings)).toEqual(['characters[1].id: character "mara" is declared twice']);
  });

  it('does not warn about characters when the story declares none', () => {
    const result = loadStory(file({ events: events(1, () => ({ participants: ['mara'] })), links: [] }));
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('drops unknown keys with one warning per key, counting repeats', () => {
    const result = loadStory(file({ colour: 'blue', events: events(3, () => ({ mood: 'grim' })), links: [] }));
    const story = storyOf(result);
    expect('colour' in story).toBe(false);
    expect('mood' in story.events[0]!).toBe(false);
    expect(result.ok && validationSummary(result.warnings)).toEqual([
      'events[0].mood: unknown key "mood" ignored (only "extra" is kept on export); also in 2 more events',
      'colour: unknown key "colour" ignored (only "extra" is kept on export)',
    ]);
  });
});
