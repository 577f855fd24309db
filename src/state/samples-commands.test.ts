import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeStory } from '../core/analysis/analyze';
import { parseStory } from '../core/story/load-story';
import { parseSampleIndex } from './samples-commands';

const samples = new URL('../../public/samples/', import.meta.url);
const index = parseSampleIndex(readFileSync(new URL('index.json', samples), 'utf8'));

function load(id: string) {
  const info = index.find((s) => s.id === id);
  if (!info) throw new Error(`no sample ${id}`);
  const result = parseStory(readFileSync(new URL(info.file, samples), 'utf8'));
  if (!result.ok) throw new Error(`${info.file}: ${JSON.stringify(result.errors.slice(0, 3))}`);
  return { info, story: result.story };
}

describe('bundled samples', () => {
  it('lists at least four samples with distinct ids and the titles their files carry', () => {
    expect(index.length).toBeGreaterThanOrEqual(4);
    expect(new Set(index.map((s) => s.id)).size).toBe(index.length);
    for (const s of index) expect(load(s.id).story.title).toBe(s.title);
  });

  it('every sample has conflicts to show', () => {
    for (const s of index) expect(analyzeStory(load(s.id).story).conflicts.length, s.id).toBeGreaterThan(0);
  });

  it('has a therapeutic story with a full therapy profile and review notes', () => {
    const { story } = load('breathing-room');
    expect(Object.keys(story.therapy ?? {}).sort()).toEqual(
      ['avoid', 'goals', 'maxIntensity', 'maxIntensityStep', 'peakIntensity', 'recoveryIntensity', 'recoveryWithin'].sort(),
    );
    expect(story.notes?.length).toBeGreaterThanOrEqual(2);
    const conflictIds = new Set(analyzeStory(story).conflicts.map((c) => c.id));
    // The therapist's note on a conflict names one that exists, so the review shows it beside that conflict.
    expect(story.notes?.filter((n) => n.conflict !== undefined).every((n) => conflictIds.has(n.conflict!))).toBe(true);
  });

  it('has a branching adventure of 60 to 150 events where most steps offer a choice', () => {
    const { story } = load('salt-road');
    expect(story.events.length).toBeGreaterThanOrEqual(60);
    expect(story.events.length).toBeLessThanOrEqual(150);
    const out = new Map<string, number>();
    for (const l of story.links) out.set(l.from, (out.get(l.from) ?? 0) + 1);
    const branching = [...out.values()].filter((n) => n >= 2).length;
    expect(branching).toBeGreaterThanOrEqual(30);
  });

  it('has a large sample of at least 2,000 events', () => {
    expect(load('five-harbours').story.events.length).toBeGreaterThanOrEqual(2000);
  });

  it('names the bad entry of a malformed index', () => {
    expect(() => parseSampleIndex('[{"id":"a","title":"A","file":"a.json"},{"id":"b","file":"b.json"}]')).toThrow(
      'samples/index.json, entry 1: "title" must be a non-empty string',
    );
  });
});
