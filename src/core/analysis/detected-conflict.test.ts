import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Story } from '../model/story';
import { parseStory } from '../story/load-story';
import { arbStory } from '../testing/arbitraries';
import { storyOf } from '../testing/story-builder';
import { analyzeStory, conflictsFromMatches, detectConflicts } from './analyze';
import type { Conflict, ConflictSubject, ConflictType } from './conflict';
import type { Match, Rule } from './rule';
import { RULES } from './rules-registry';
import { buildStoryIndex, type StoryIndex } from './story-index';

/**
 * Conflicts are merged from the rules' raw matches with numeric keys and write their message
 * on first read. These tests hold them to the merge spelled out the obvious way (string keys,
 * JSON for subjects, every message written at once by the rule's own `describe`).
 */

const FIXTURES = fileURLToPath(new URL('../../../test-data/fixtures/', import.meta.url));

function fixtureStories(): [string, Story][] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'))
    .map((f): [string, Story] => {
      const loaded = parseStory(readFileSync(`${FIXTURES}${f}`, 'utf8'));
      if (!loaded.ok) throw new Error(`${f} did not load`);
      return [f, loaded.story];
    });
}

/** The spec's id, spelled out: event ids sorted by code point (compared as arrays of code points). */
function specId(type: ConflictType, events: readonly string[]): string {
  const points = (s: string): number[] => Array.from(s, (ch) => ch.codePointAt(0)!);
  const byCodePoint = (x: string, y: string): number => {
    const a = points(x);
    const b = points(y);
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
    return a.length - b.length;
  };
  return `${type}:${[...events].sort(byCodePoint).join('+')}`;
}

interface Expected {
  readonly id: string;
  readonly type: ConflictType;
  readonly severity: number;
  readonly events: readonly string[];
  readonly links: readonly string[];
  readonly scales: readonly string[];
  readonly subjects: readonly ConflictSubject[];
  /** The merged match in index space, as the rule's describe takes it. */
  readonly match: Match;
  readonly rule: Rule;
}

/** Every rule's matches merged by identity (type, set of events) with string keys, in first-match order. */
function mergedTheObviousWay(ix: StoryIndex): Expected[] {
  const merged = new Map<string, { rule: Rule; events: readonly number[]; links: Set<number>; subjects: Map<string, ConflictSubject> }>();
  for (const rule of RULES) {
    rule.detect(ix, (match) => {
      const key = `${match.type}|${[...match.events].sort((a, b) => a - b).join(',')}`;
      const m = merged.get(key) ?? { rule, events: match.events, links: new Set<number>(), subjects: new Map<string, ConflictSubject>() };
      merged.set(key, m);
      for (const j of match.links ?? []) m.links.add(j);
      for (const s of match.subjects ?? []) m.subjects.set(JSON.stringify(s), s);
    });
  }
  return [...merged.values()].map(({ rule, events, links, subjects }) => {
    const linkIdx = [...links].sort((a, b) => a - b);
    const eventIds = events.map((i) => ix.events[i]!.id);
    const scaleIdx = [...new Set(events.map((i) => ix.scaleIdx[i]!))].sort((a, b) => a - b);
    return {
      id: specId(rule.type, eventIds),
      type: rule.type,
      severity: rule.severity,
      events: eventIds,
      links: linkIdx.map((j) => ix.links[j]!.id),
      scales: scaleIdx.map((s) => ix.story.scales[s]!.id),
      subjects: [...subjects.values()],
      match: { type: rule.type, events, links: linkIdx, subjects: [...subjects.values()] },
      rule,
    };
  });
}

/** Everything but the message, which is compared against the rule's describe separately. */
const shape = (c: Conflict | Expected) => ({
  id: c.id,
  type: c.type,
  severity: c.severity,
  events: c.events,
  links: c.links,
  scales: c.scales,
  subjects: c.subjects,
});

function expectMergedLikeTheSpec(story: Story): void {
  const ix = buildStoryIndex(story);
  const actual = detectConflicts(ix);
  const expected = mergedTheObviousWay(buildStoryIndex(story));
  expect(actual.map(shape)).toEqual(expected.map(shape));
  actual.forEach((c, k) => {
    const e = expected[k]!;
    expect(c.message).toBe(e.rule.describe(e.match, ix));
  });
}

/** Two events three scales apart, linked both ways with opposite themes: each rule matches the pair twice. */
const BOTH_WAYS = storyOf({
  events: [
    { id: 'storm', scale: 'scene', time: 1, themes: { hope: 0.8 } },
    { id: 'flood', scale: 'saga', time: 2, themes: { despair: 0.9 } },
    { id: 'calm', scale: 'scene', time: 3 },
  ],
  links: [
    { id: 'l1', from: 'storm', to: 'flood' },
    { id: 'l2', from: 'flood', to: 'storm' },
    { id: 'l3', from: 'flood', to: 'calm' },
  ],
});

describe('conflicts merged from matches', () => {
  it.each(fixtureStories())('%s: equal the obvious merge, with the spec ids and messages from describe', (_, story) => {
    expectMergedLikeTheSpec(story);
  });

  it('keep the links and subjects of every match of one identity', () => {
    const conflicts = detectConflicts(buildStoryIndex(BOTH_WAYS));
    const jump = conflicts.find((c) => c.type === 'scale-jump' && c.events.includes('storm'));
    expect(jump?.links).toEqual(['l1', 'l2']);
    // Merged, the conflict keeps the event order of its first match.
    expect(jump?.events).toEqual(['storm', 'flood']);
    expectMergedLikeTheSpec(BOTH_WAYS);
  });

  it('equal the obvious merge on random stories', () => {
    fc.assert(fc.property(arbStory({ maxEvents: 24 }), (story) => expectMergedLikeTheSpec(story)), { numRuns: 300 });
  });

  it('merge a subset of matches the same way through conflictsFromMatches', () => {
    const ix = buildStoryIndex(BOTH_WAYS);
    const matches: { rule: Rule; match: Match }[] = [];
    for (const rule of RULES) rule.detect(ix, (match) => matches.push({ rule, match }));
    expect(conflictsFromMatches(ix, matches).map(shape)).toEqual(detectConflicts(ix).map(shape));
    const jumps = matches.filter((m) => m.rule.type === 'scale-jump');
    expect(conflictsFromMatches(ix, jumps).map(shape)).toEqual(detectConflicts(ix, RULES.filter((r) => r.type === 'scale-jump')).map(shape));
  });
});

describe('a conflict message', () => {
  it('is the same on every read, and travels with the conflict through structured clone, JSON and spread', () => {
    const { conflicts } = analyzeStory(BOTH_WAYS);
    expect(conflicts.length).toBeGreaterThan(2);
    for (const c of conflicts) {
      const text = c.message;
      expect(text.length).toBeGreaterThan(0);
      expect(c.message).toBe(text);
      expect(structuredClone(c)).toEqual({ ...shape(c), category: c.category, message: text });
      expect((JSON.parse(JSON.stringify(c)) as Conflict).message).toBe(text);
      expect({ ...c }.message).toBe(text);
    }
  });

  it('of a dismissed conflict is kept with its dismissal', () => {
    const first = detectConflicts(buildStoryIndex(BOTH_WAYS))[0]!;
    const story = { ...BOTH_WAYS, dismissed: [{ id: first.id, note: 'intended' }] };
    const { dismissed } = analyzeStory(story);
    expect(dismissed.map((d) => [d.id, d.message, d.dismissal.note])).toEqual([[first.id, first.message, 'intended']]);
  });
});
