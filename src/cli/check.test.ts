import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from './run';
import { expectedKeys, fixtureText, memoryIo, REPO_ROOT, storyText } from './testing/memory-io';

const FIXTURES = readdirSync(`${REPO_ROOT}test-data/fixtures`)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.replace('.expected.json', ''));

const calm = storyText(
  [
    { id: 'a', title: 'Mara wakes', scale: 'scene', time: 1 },
    { id: 'b', title: 'Mara walks to the harbor', scale: 'scene', time: 2 },
  ],
  [{ from: 'a', to: 'b' }],
);

type Json = Record<string, unknown>;
const keysOf = (conflicts: readonly Json[]): string[] =>
  conflicts.map((c) => `${String(c['type'])}|${[...(c['events'] as string[])].sort().join(',')}`).sort();

describe('nao check', () => {
  it('exits 0 and says so when a story has no conflicts', () => {
    const io = memoryIo({ 'calm.json': calm });
    expect(run(['check', 'calm.json'], io)).toBe(0);
    expect(io.out()).toContain('calm.json: "Test story" (2 events, 1 link)');
    expect(io.out()).toContain('no conflicts; coherence');
    expect(io.err()).toBe('');
  });

  it.each(FIXTURES)('reports exactly the expected conflicts of the %s fixture, exit 1', (name) => {
    const io = memoryIo({ [`${name}.json`]: fixtureText(name) });
    expect(run(['check', `${name}.json`, '--json'], io)).toBe(1);
    const report = JSON.parse(io.out()) as { conflicts: Json[] };
    expect(keysOf(report.conflicts)).toEqual(expectedKeys(name));
  });

  it('prints one JSON object with exactly the documented keys, in order', () => {
    const io = memoryIo({ 'cycle.json': fixtureText('causal-cycle') });
    run(['check', 'cycle.json', '--json'], io);
    const lines = io.out().trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const report = JSON.parse(lines[0]!) as Json;
    expect(Object.keys(report)).toEqual(['conflicts', 'dismissed', 'stale', 'scores', 'stats']);
    const conflicts = report['conflicts'] as Json[];
    expect(conflicts).toHaveLength(2);
    for (const c of conflicts) {
      expect(Object.keys(c)).toEqual(['id', 'type', 'category', 'severity', 'events', 'links', 'scales', 'message']);
    }
    const loop = conflicts.find((c) => (c['events'] as string[]).length === 3)!;
    expect(loop).toMatchObject({ type: 'causal-cycle', category: 'causal', scales: ['scene'] });
    expect([...(loop['links'] as string[])].sort()).toEqual(['a->b', 'b->c', 'c->a']);
    expect(loop['message']).toContain('The letter arrives');
    expect(Object.keys(report['scores'] as Json)).toEqual(['coherence', 'therapeuticAlignment']);
    const stats = report['stats'] as Json;
    expect(Object.keys(stats)).toEqual(['events', 'links', 'ms']);
    expect(stats).toMatchObject({ events: 5, links: 5 });
    expect(stats['ms']).toBeGreaterThanOrEqual(0);
  });

  it('prints JSON Lines with the file first when given several files; exit status is the highest', () => {
    const io = memoryIo({ 'calm.json': calm, 'spike.json': fixtureText('intensity-spike') });
    expect(run(['check', 'calm.json', 'spike.json', '--json'], io)).toBe(1);
    const lines = io.out().trimEnd().split('\n').map((l) => JSON.parse(l) as Json);
    expect(lines.map((l) => l['file'])).toEqual(['calm.json', 'spike.json']);
    for (const l of lines) expect(Object.keys(l)).toEqual(['file', 'conflicts', 'dismissed', 'stale', 'scores', 'stats']);
    expect(lines[0]!['conflicts']).toEqual([]);
    expect(keysOf(lines[1]!['conflicts'] as Json[])).toEqual(expectedKeys('intensity-spike'));
  });

  it('rejects an invalid story with every error and its JSON path, exit 2', () => {
    const broken = storyText(
      [
        { id: 'a', title: 'Mara wakes', scale: 'scene', time: 'dawn' },
        { id: 'b', title: 'Mara sails', scale: 'ocean', time: 2 },
      ],
      [{ from: 'a', to: 'ghost' }],
    );
    const io = memoryIo({ 'broken.json': broken });
    expect(run(['check', 'broken.json', '--json'], io)).toBe(2);
    const report = JSON.parse(io.out()) as { errors: { path: string; message: string }[] };
    expect(Object.keys(report)).toEqual(['errors']);
    const paths = report.errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['events[0].time', 'events[1].scale', 'links[0].to']));
    for (const e of report.errors) expect(Object.keys(e)).toEqual(['path', 'message']);
    const stderr = io.err().trimEnd().split('\n');
    expect(stderr).toHaveLength(report.errors.length);
    expect(stderr).toContain(`broken.json: events[0].time: ${report.errors.find((e) => e.path === 'events[0].time')!.message}`);
  });

  it('names the file in errors about unreadable files and non-JSON text, exit 2 even beside a clean file', () => {
    const io = memoryIo({ 'calm.json': calm, 'notes.txt': 'Mara wakes. {' });
    expect(run(['check', 'calm.json', 'missing.json', 'notes.txt', '--json'], io)).toBe(2);
    const lines = io.out().trimEnd().split('\n').map((l) => JSON.parse(l) as Json);
    expect(lines.map((l) => Object.keys(l))).toEqual([
      ['file', 'conflicts', 'dismissed', 'stale', 'scores', 'stats'],
      ['file', 'errors'],
      ['file', 'errors'],
    ]);
    expect(io.err()).toMatch(/^missing\.json: cannot read the file: ENOENT/m);
    expect(io.err()).toMatch(/^notes\.txt: not valid JSON/m);
  });

  it('groups conflicts by category in text mode, most severe first, with their ids and the scores', () => {
    const io = memoryIo({ 'mixed.json': fixtureText('intensity-spike'), 'cycle.json': fixtureText('causal-cycle') });
    expect(run(['check', 'cycle.json', 'mixed.json'], io)).toBe(1);
    const out = io.out();
    expect(out).toContain('cycle.json: "Causal cycle" (5 events, 5 links)');
    expect(out).toContain('  causal (2)');
    expect(out).toContain('id: causal-cycle:a+b+c');
    // Neither fixture has a therapy profile, so alignment is not assessed (docs/SCORES.md).
    expect(out).toMatch(/2 conflicts; coherence \d\.\d\d, therapeutic alignment not assessed \(no therapy profile\)/);
    const therapeutic = out.slice(out.indexOf('  therapeutic ('));
    const severities = [...therapeutic.matchAll(/^ {4}(\d\.\d\d) {2}/gm)].map((m) => Number(m[1]));
    expect(severities.length).toBeGreaterThanOrEqual(2);
    expect([...severities].sort((a, b) => b - a)).toEqual(severities);
  });

  it('warns about undeclared characters and unknown keys in the text report only; the JSON report is the same either way', () => {
    const events = [
      { id: 'a', title: 'Mara wakes', scale: 'scene', time: 1, participants: ['mara', 'ghost'], mood: 'grey' },
      { id: 'b', title: 'Mara walks', scale: 'scene', time: 2, participants: ['mara'] },
    ];
    const warned = storyText(events, [{ from: 'a', to: 'b' }], { characters: [{ id: 'mara' }] });
    const clean = storyText(
      events.map(({ mood: _mood, ...e }) => ({ ...e, participants: ['mara'] })),
      [{ from: 'a', to: 'b' }],
      { characters: [{ id: 'mara' }] },
    );
    const text = memoryIo({ 'w.json': warned });
    run(['check', 'w.json'], text);
    expect(text.err()).toContain('"ghost" is not declared');
    expect(text.err()).toContain('mood');
    const json = memoryIo({ 'w.json': warned });
    run(['check', 'w.json', '--json'], json);
    expect(json.err()).toBe('');
    const withoutMs = (out: string): string => out.replace(/"ms":[\d.e+-]+/, '"ms":0');
    const cleanJson = memoryIo({ 'w.json': clean });
    run(['check', 'w.json', '--json'], cleanJson);
    expect(withoutMs(json.out())).toBe(withoutMs(cleanJson.out()));
  });
});
