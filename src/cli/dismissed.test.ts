import { describe, expect, it } from 'vitest';
import { parseStory } from '../core/story/load-story';
import { run } from './run';
import { memoryIo, storyText } from './testing/memory-io';

/** Two paradoxes: the flood before the storm (dismissed: a flashback) and the bell before the flood. */
const events = [
  { id: 'storm', title: 'The storm breaks', scale: 'scene', time: 5 },
  { id: 'flood', title: 'The harbour floods', scale: 'scene', time: 4 },
  { id: 'bell', title: 'The bell rings', scale: 'scene', time: 3 },
];
const links = [
  { from: 'storm', to: 'flood' },
  { from: 'flood', to: 'bell' },
];
const FLASHBACK = 'temporal-paradox:flood+storm';
const BELL = 'temporal-paradox:bell+flood';

function story(dismissed: readonly Record<string, unknown>[]): string {
  return storyText(events, links, { dismissed });
}

type Report = { conflicts: { id: string }[]; dismissed: { id: string; dismissal: { note?: string } }[]; stale: { id: string }[] };

describe('nao check with dismissed conflicts', () => {
  it('lists dismissed and stale entries apart in --json, counting only active conflicts', () => {
    const io = memoryIo({ 's.json': story([{ id: FLASHBACK, note: 'a flashback' }, { id: 'bilocation:gone+old' }]) });
    expect(run(['check', 's.json', '--json'], io)).toBe(1);
    const report = JSON.parse(io.out()) as Report;
    expect(report.conflicts.map((c) => c.id)).toEqual([BELL]);
    expect(report.dismissed.map((c) => [c.id, c.dismissal.note])).toEqual([[FLASHBACK, 'a flashback']]);
    expect(report.stale).toEqual([{ id: 'bilocation:gone+old' }]);
  });

  it('exits 0 when every conflict is dismissed', () => {
    const io = memoryIo({ 's.json': story([{ id: FLASHBACK }, { id: BELL }]) });
    expect(run(['check', 's.json'], io)).toBe(0);
    expect(io.out()).toContain('no conflicts; coherence 1.00');
  });

  it('shows dismissed conflicts with their note and stale ids under their own headings in text mode', () => {
    const io = memoryIo({ 's.json': story([{ id: FLASHBACK, note: 'a flashback' }, { id: 'bilocation:gone+old' }]) });
    run(['check', 's.json'], io);
    const out = io.out();
    expect(out).toContain('  dismissed, not counted (1)');
    expect(out).toContain(`id: ${FLASHBACK}; note: a flashback`);
    expect(out).toContain('  dismissed but no longer found (1)\n    id: bilocation:gone+old');
    expect(out).toContain('1 conflict;');
  });

  it('reads the older extra.dismissedConflicts list the same way', () => {
    const io = memoryIo({ 's.json': storyText(events, links, { extra: { dismissedConflicts: [FLASHBACK] } }) });
    run(['check', 's.json', '--json'], io);
    expect((JSON.parse(io.out()) as Report).dismissed.map((c) => c.id)).toEqual([FLASHBACK]);
  });
});

describe('nao fix --all with dismissed conflicts', () => {
  it('leaves a dismissed conflict alone and keeps the dismissed list in the written story', () => {
    const io = memoryIo({ 's.json': story([{ id: FLASHBACK, note: 'a flashback' }]) });
    run(['fix', 's.json', '--all'], io);
    expect(io.err()).not.toContain(`step 1, ${FLASHBACK}`);
    expect(io.err()).toMatch(/conflicts: 1 before, 0 after/);
    const fixed = parseStory(io.out());
    if (!fixed.ok) throw new Error('the fixed story must load');
    expect(fixed.story.dismissed).toEqual([{ id: FLASHBACK, note: 'a flashback' }]);
    const check = memoryIo({ 'f.json': io.out() });
    run(['check', 'f.json', '--json'], check);
    expect((JSON.parse(check.out()) as Report).dismissed.map((c) => c.id)).toEqual([FLASHBACK]);
  });
});
