import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EditOp } from '../edits/edit-op';
import type { Story } from '../model/story';
import { arbEditOp, arbStory } from './arbitraries';

const stories = fc.sample(arbStory(), { numRuns: 300, seed: 7 });
const some = (test: (s: Story) => boolean): boolean => stories.some(test);
const events = (s: Story) => s.events;

describe('random stories feed every rule', () => {
  it.each<[string, (s: Story) => boolean]>([
    ['default scales', (s) => s.scales.length === 4 && s.scales[0]!.id === 'scene'],
    ['custom scale lists', (s) => s.scales[0]!.id === 'beat'],
    ['events at the same time', (s) => new Set(events(s).map((e) => e.time)).size < s.events.length],
    ['durations', (s) => events(s).some((e) => e.duration > 0)],
    ['shared participants at different locations', (s) =>
      events(s).some((p) => events(s).some((q) => p !== q && p.location !== undefined && q.location !== undefined && p.location !== q.location && p.participants.some((c) => q.participants.includes(c))))],
    ['deaths', (s) => events(s).some((e) => Object.values(e.effects).some((f) => f.alive === false))],
    ['traits', (s) => events(s).some((e) => Object.values(e.effects).some((f) => f.traits !== undefined))],
    ['relationships', (s) => events(s).some((e) => Object.values(e.effects).some((f) => f.relationships !== undefined))],
    ['opposite themes on linked events', (s) =>
      s.links.some((l) => s.events.find((e) => e.id === l.from)?.themes['hope'] !== undefined && s.events.find((e) => e.id === l.to)?.themes['despair'] !== undefined)],
    ['bridge themes', (s) => events(s).some((e) => e.themes['challenge'] !== undefined)],
    ['growth themes', (s) => events(s).some((e) => e.themes['healing'] !== undefined)],
    ['intensities over the limit', (s) => events(s).some((e) => e.intensity > 0.85)],
    ['recovery tags', (s) => events(s).some((e) => e.tags.includes('recovery'))],
    ['premise tags', (s) => events(s).some((e) => e.tags.includes('premise'))],
    ['self-links', (s) => s.links.some((l) => l.from === l.to)],
    ['two-event cycles', (s) => s.links.some((l) => l.from !== l.to && s.links.some((m) => m.from === l.to && m.to === l.from))],
    ['declared characters', (s) => s.characters !== undefined],
    ['custom opposite pairs', (s) => (s.themes?.opposites?.length ?? 0) > 0],
    ['thresholds', (s) => s.thresholds !== undefined],
    ['avoided themes', (s) => (s.therapy?.avoid?.length ?? 0) > 0],
    ['extra', (s) => s.extra !== undefined],
    ['empty stories', (s) => s.events.length === 0],
  ])('include %s', (_, test) => {
    expect(some(test)).toBe(true);
  });

  it('keep event ids short and simple', () => {
    expect(stories.flatMap((s) => s.events.map((e) => e.id)).every((id) => /^e\d+$/.test(id))).toBe(true);
  });
});

describe('random edits', () => {
  it('cover every kind of edit operation, batches included', () => {
    const kinds = new Set<string>();
    const visit = (op: EditOp): void => {
      kinds.add(op.kind);
      if (op.kind === 'batch') op.ops.forEach(visit);
    };
    const pairs = fc.sample(arbStory().chain((s) => arbEditOp(s)), { numRuns: 1000, seed: 11 });
    pairs.forEach(visit);
    expect([...kinds].sort()).toEqual([
      'add-event', 'add-link', 'add-participant', 'add-tag', 'batch', 'remove-event', 'remove-link', 'remove-participant',
      'remove-tag', 'set-characters', 'set-dismissed', 'set-effect', 'set-event-field', 'set-extra', 'set-link-field', 'set-note',
      'set-scales', 'set-story-title', 'set-theme', 'set-therapy', 'set-threshold', 'set-time-unit',
    ]);
  });
});
