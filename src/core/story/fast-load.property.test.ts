import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeStory } from '../analysis/analyze';
import { arbStory } from '../testing/arbitraries';
import { dataDifference } from '../testing/same-data';
import { exportStory } from './export-story';
import { MAX_EXTRA_DEPTH } from './extra-depth';
import { loadStory } from './load-story';
import { KNOWN_KEYS } from './story-schema';

/**
 * The fast load path (fast-load.ts) must be invisible: on any input it accepts exactly
 * when the zod path accepts, with the same story and the same warnings, and when it
 * declines, loadStory's errors are the zod path's. Here random valid files get one
 * mutation each (a value replaced, a key removed, a key added, `extra` nested deep) and
 * loadStory is compared with itself forced onto the zod path.
 */

type Container = Record<string, unknown> | unknown[];

/** Every object and array of a parsed file, with the keys it holds. */
function containers(root: unknown): Container[] {
  const out: Container[] = [];
  const walk = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    out.push(node as Container);
    for (const child of Object.values(node)) walk(child);
  };
  walk(root);
  return out;
}

/** Values of the wrong type, out of range, or hostile as text. */
const arbValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>('x', '', -1, 2, 1.5, -0, 0, 1, 1e308, null, true, false, [], {}, undefined, NaN, Infinity),
  fc.constantFrom<unknown>('__proto__', 'constructor', '\uD800', '\u0000\u001b[2J', 'causes', 'friend', 'scene', 'e0'),
  fc.constantFrom<unknown>(['a'], [1], { a: 1 }, { alive: 'yes' }, { traits: { brave: 2 } }),
);

/** Keys the format defines somewhere (so possibly right in the wrong place), unknown keys and prototype names. */
const arbKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...new Set(Object.values(KNOWN_KEYS).flat())),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'unknownKey', ''),
  fc.string({ maxLength: 4 }),
);

type Mutation =
  | { readonly kind: 'replace'; readonly at: number; readonly value: unknown }
  | { readonly kind: 'remove'; readonly at: number }
  | { readonly kind: 'add'; readonly at: number; readonly key: string; readonly value: unknown }
  | { readonly kind: 'deep-extra'; readonly depth: number };

const arbMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: arbValue }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('add' as const), at: fc.nat(), key: arbKey, value: arbValue }),
  fc.record({ kind: fc.constant('deep-extra' as const), depth: fc.integer({ min: MAX_EXTRA_DEPTH - 2, max: MAX_EXTRA_DEPTH + 2 }) }),
);

/** Applies the mutation in place, the way JSON.parse would have built such a file (own `__proto__` keys included). */
function mutate(root: Record<string, unknown>, m: Mutation): void {
  if (m.kind === 'deep-extra') {
    let value: unknown = 'leaf';
    for (let d = 1; d < m.depth; d++) value = { d: value };
    root['extra'] = value;
    return;
  }
  // A fresh copy per insertion: the arbitraries hand out shared constants, and both inputs get the value.
  const value = 'value' in m ? structuredClone(m.value) : undefined;
  const all = containers(root);
  const target = all[m.at % all.length]!;
  const keys = Object.keys(target);
  if (m.kind === 'add') {
    if (Array.isArray(target)) target.push(value);
    else Object.defineProperty(target, m.key, { value, enumerable: true, writable: true, configurable: true });
    return;
  }
  if (keys.length === 0) return;
  const key = keys[m.at % keys.length]!;
  if (m.kind === 'remove') {
    if (Array.isArray(target)) target.splice(Number(key), 1);
    else delete target[key];
  } else if (Array.isArray(target)) target[Number(key)] = value;
  else target[key] = value;
}

/** Two separate parses of the story's file, each with the same mutations: one input per load path. */
function mutatedTwice(story: Parameters<typeof exportStory>[0], mutations: readonly Mutation[]): [Record<string, unknown>, Record<string, unknown>] {
  const text = exportStory(story);
  const inputs: [Record<string, unknown>, Record<string, unknown>] = [JSON.parse(text) as Record<string, unknown>, JSON.parse(text) as Record<string, unknown>];
  for (const input of inputs) for (const m of mutations) mutate(input, m);
  return inputs;
}

describe('the fast load path', () => {
  it('accepts exactly what the zod path accepts, with the same story and warnings, under random mutations', () => {
    fc.assert(
      fc.property(arbStory({ maxEvents: 5 }), fc.array(arbMutation, { minLength: 1, maxLength: 3 }), (story, mutations) => {
        const [fastInput, zodInput] = mutatedTwice(story, mutations);
        const fast = loadStory(fastInput);
        const zod = loadStory(zodInput, { fastPath: false });
        // dataDifference: toStrictEqual cannot compare objects holding an own "constructor" key.
        expect(dataDifference(fast, zod)).toBeNull();
      }),
      { numRuns: 1500 },
    );
  });

  it('read-only (nao check --json) refuses exactly what the checked path refuses, and finds the same conflicts', () => {
    const found = (story: Parameters<typeof analyzeStory>[0]): string[] => analyzeStory(story).conflicts.map((c) => `${c.id} ${c.message}`);
    fc.assert(
      fc.property(arbStory({ maxEvents: 6 }), fc.array(arbMutation, { minLength: 0, maxLength: 3 }), (story, mutations) => {
        const [quickInput, checkedInput] = mutatedTwice(story, mutations);
        const quick = loadStory(quickInput, { readOnly: true, warnings: false });
        const checked = loadStory(checkedInput, { warnings: false });
        if (!quick.ok || !checked.ok) {
          expect(quick).toStrictEqual(checked);
          return;
        }
        expect(found(quick.story)).toEqual(found(checked.story));
      }),
      { numRuns: 800 },
    );
  });

  it('warns about an unknown key on an event, an effect or a link like the zod path', () => {
    const value = {
      format: 'nao-story',
      version: 1,
      title: 'Keys',
      characters: [{ id: 'ann' }],
      events: [
        { id: 'a', title: 'A', scale: 'scene', time: 0, effects: { ann: { alive: true, mood: 1 } } },
        { id: 'b', title: 'B', scale: 'scene', time: 1, colour: 'red' },
      ],
      links: [{ from: 'a', to: 'b', weight: 2 }],
    };
    const fast = loadStory(value);
    expect(fast).toStrictEqual(loadStory(value, { fastPath: false }));
    expect(fast.ok && fast.warnings.map((w) => w.path)).toEqual(['events[0].effects.ann.mood', 'events[1].colour', 'links[0].weight']);
  });
});
