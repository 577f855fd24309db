import { describe, expect, it } from 'vitest';
import { parseStory } from '../core/story/load-story';
import { run } from './run';
import { fixtureText, memoryIo, type MemoryIo } from './testing/memory-io';

interface Report {
  conflicts: { id: string; type: string }[];
}

/** Conflict ids of a story text, as `nao check --json` reports them. */
function conflictIds(text: string): string[] {
  const io = memoryIo({ 'story.json': text });
  run(['check', 'story.json', '--json'], io);
  return (JSON.parse(io.out()) as Report).conflicts.map((c) => c.id);
}

const paradoxIo = (): MemoryIo => memoryIo({ 'paradox.json': fixtureText('temporal-paradox') });
const paradoxId = (): string => conflictIds(fixtureText('temporal-paradox'))[0]!;

describe('nao fix', () => {
  it('applies the top proposal and writes a story where the conflict is gone', () => {
    const id = paradoxId();
    const io = paradoxIo();
    expect(run(['fix', 'paradox.json', '--conflict', id], io)).toBe(0);
    const fixed = parseStory(io.out());
    expect(fixed.ok).toBe(true);
    expect(conflictIds(io.out())).not.toContain(id);
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(io.err()).toMatch(new RegExp(`^applied proposal 1 of \\d+ for ${escaped}: .+`, 'm'));
    expect(io.err()).toContain(`resolves: ${id}`);
    expect(io.err()).toContain('introduces: none');
  });

  it('writes to -o instead of stdout and says so', () => {
    const io = paradoxIo();
    expect(run(['fix', 'paradox.json', '--conflict', paradoxId(), '-o', 'fixed.json'], io)).toBe(0);
    expect(io.out()).toBe('');
    expect(io.err()).toContain('wrote fixed.json');
    expect(conflictIds(io.files.get('fixed.json')!)).toEqual([]);
  });

  it('lists the proposals with --list and applies the one chosen with --proposal N', () => {
    const id = paradoxId();
    const listing = paradoxIo();
    expect(run(['fix', 'paradox.json', '--conflict', id, '--list'], listing)).toBe(0);
    const lines = listing.out().split('\n').filter((l) => /^ {2}\d+\. /.test(l));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    const second = lines[1]!.replace(/^ {2}2\. /, '').replace(/ \[[^\]]*\]$/, '');
    const io = paradoxIo();
    expect(run(['fix', 'paradox.json', '--conflict', id, '--proposal', '2'], io)).toBe(0);
    expect(io.err()).toContain(`applied proposal 2 of ${lines.length} for ${id}: ${second}`);
  });

  it('lists the existing conflict ids when asked for an unknown one, exit 2', () => {
    const io = paradoxIo();
    expect(run(['fix', 'paradox.json', '--conflict', 'causal-cycle:x+y'], io)).toBe(2);
    expect(io.out()).toBe('');
    expect(io.err()).toContain('no conflict with id "causal-cycle:x+y" in paradox.json');
    expect(io.err()).toContain(`  ${paradoxId()}`);
  });

  it('refuses a proposal number beyond the list, exit 2', () => {
    const io = paradoxIo();
    expect(run(['fix', 'paradox.json', '--conflict', paradoxId(), '--proposal', '99'], io)).toBe(2);
    expect(io.err()).toContain('there is no proposal 99');
    expect(io.out()).toBe('');
  });

  it('fixes what it can with --all and reports each step and the counts', () => {
    const original = fixtureText('intensity-spike');
    const before = conflictIds(original).length;
    const io = memoryIo({ 'spike.json': original });
    expect(run(['fix', 'spike.json', '--all'], io)).toBe(0);
    const after = conflictIds(io.out()).length;
    expect(after).toBeLessThan(before);
    expect(io.err()).toMatch(/^step 1, \S+: .+/m);
    expect(io.err()).toContain(`conflicts: ${before} before, ${after} after`);
  });

  it('rejects --all together with --conflict, and an invalid story, exit 2', () => {
    const both = paradoxIo();
    expect(run(['fix', 'paradox.json', '--all', '--conflict', 'x'], both)).toBe(2);
    expect(both.err()).toContain('either --conflict ID or --all');
    const invalid = memoryIo({ 'bad.json': '{"format":"nao-story","version":1,"title":"","events":[],"links":[]}' });
    expect(run(['fix', 'bad.json', '--all'], invalid)).toBe(2);
    expect(invalid.err()).toMatch(/^bad\.json: title: /m);
    expect(invalid.out()).toBe('');
  });
});
