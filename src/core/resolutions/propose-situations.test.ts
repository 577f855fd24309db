import { describe, expect, it } from 'vitest';
import { detectConflicts } from '../analysis/analyze';
import type { Conflict, ConflictType } from '../analysis/conflict';
import { buildStoryIndex } from '../analysis/story-index';
import { applyEdits } from '../edits/apply-edit';
import type { Story } from '../model/story';
import { storyOf } from '../testing/story-builder';
import { proposeResolutions } from './propose';

function conflicts(story: Story): Conflict[] {
  return detectConflicts(buildStoryIndex(story));
}

function theConflict(story: Story, type: ConflictType): Conflict {
  const found = conflicts(story).filter((c) => c.type === type);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('proposals for specific situations', () => {
  it('removes the weakest link of a loop first', () => {
    const story = storyOf({
      events: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
      links: [
        { from: 'a', to: 'b', strength: 0.6 },
        { from: 'b', to: 'c', strength: 0.3 },
        { from: 'c', to: 'a', strength: 0.9 },
      ],
    });
    const [top] = proposeResolutions(story, theConflict(story, 'causal-cycle').id);
    expect(top!.patch).toEqual([{ kind: 'remove-link', linkId: 'b->c' }]);
    expect(top!.description).toContain('"b"');
  });

  it('breaks ties between equally weak loop links by removing the latest one in the story', () => {
    const story = storyOf({
      events: [{ id: 'a' }, { id: 'b' }],
      links: [
        { from: 'a', to: 'b', strength: 0.4 },
        { from: 'b', to: 'a', strength: 0.4 },
      ],
    });
    const [top] = proposeResolutions(story, theConflict(story, 'causal-cycle').id);
    expect(top!.patch).toEqual([{ kind: 'remove-link', linkId: 'b->a' }]);
  });

  it('removes every loop-closing link at once when no single link breaks the loop', () => {
    const story = storyOf({
      events: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
      links: [
        { from: 'a', to: 'b' },
        { from: 'b', to: 'a' },
        { from: 'b', to: 'c' },
        { from: 'c', to: 'b' },
      ],
    });
    const conflict = theConflict(story, 'causal-cycle');
    const [top] = proposeResolutions(story, conflict.id);
    expect(top!.patch).toEqual([
      { kind: 'remove-link', linkId: 'b->a' },
      { kind: 'remove-link', linkId: 'c->b' },
    ]);
    expect(conflicts(applyEdits(story, top!.patch).story)).toEqual([]);
  });

  it('removes a clashing theme when the opposite pair has no bridge theme', () => {
    const story = storyOf({
      events: [
        { id: 'a', title: 'A feast', themes: { joy: 0.4 } },
        { id: 'b', title: 'The plague year', scale: 'arc', time: 1, themes: { dread: 0.8 } },
      ],
      links: [{ from: 'a', to: 'b' }],
      themes: { opposites: [['joy', 'dread', []]] },
    });
    const conflict = theConflict(story, 'theme-contradiction');
    const proposals = proposeResolutions(story, conflict.id);
    expect(proposals.map((p) => p.kind)).toEqual(['remove-theme', 'remove-theme']);
    expect(proposals[0]!.patch).toEqual([{ kind: 'set-theme', eventId: 'a', theme: 'joy', intensity: null }]);
    expect(conflicts(applyEdits(story, proposals[0]!.patch).story)).toEqual([]);
  });

  it('reports the paradox that moving an effect would create further down the chain', () => {
    const story = storyOf({
      events: [
        { id: 'storm', title: 'The storm breaks', time: 5 },
        { id: 'flood', title: 'The harbor floods', time: 4 },
        { id: 'rescue', title: 'The boats go out', time: 4.5 },
      ],
      links: [
        { from: 'storm', to: 'flood' },
        { from: 'flood', to: 'rescue' },
      ],
    });
    const conflict = theConflict(story, 'temporal-paradox');
    const proposals = proposeResolutions(story, conflict.id);
    const move = proposals.find((p) => p.kind === 'move-effect-after-cause')!;

    const after = conflicts(applyEdits(story, move.patch).story);
    const fresh = after.filter((c) => c.type === 'temporal-paradox');
    expect(fresh.map((c) => [...c.events].sort())).toEqual([['flood', 'rescue']]);
    expect(move.introduces.map((c) => c.id)).toEqual(fresh.map((c) => c.id));
    // A fix that breaks something else ranks below the fixes that do not.
    expect(proposals.indexOf(move)).toBe(proposals.length - 1);
    expect(proposals[0]!.introduces).toEqual([]);
  });

  it('routes a scene-to-saga link through one bridge per skipped scale', () => {
    const story = storyOf({
      events: [
        { id: 's', title: 'Mara lies', time: 0 },
        { id: 'g', title: 'The old order falls', scale: 'saga', time: 10, tags: ['premise'] },
      ],
      links: [{ from: 's', to: 'g', strength: 0.7 }],
    });
    const [top] = proposeResolutions(story, theConflict(story, 'scale-jump').id);
    const after = applyEdits(story, top!.patch).story;
    const bridges = after.events.filter((e) => e.title.startsWith('Bridge'));
    expect(bridges.map((e) => e.scale)).toEqual(['arc', 'world']);
    expect(after.links.map((l) => [l.from, l.to, l.strength])).toEqual([
      ['s', bridges[0]!.id, 0.7],
      [bridges[0]!.id, bridges[1]!.id, 0.7],
      [bridges[1]!.id, 'g', 0.7],
    ]);
    expect(conflicts(after)).toEqual([]);
  });

  it('keeps new event ids unique when the natural one is taken', () => {
    const story = storyOf({
      events: [
        { id: 's', time: 1 },
        { id: 'w', scale: 'world', time: 1.5 },
        { id: 's-bridge', time: 9 },
      ],
      links: [{ from: 's', to: 'w' }],
    });
    const [top] = proposeResolutions(story, theConflict(story, 'scale-jump').id);
    const added = top!.patch.flatMap((op) => (op.kind === 'add-event' ? [op.event.id] : []));
    expect(added).toEqual(['s-bridge-2']);
  });

  it('lowers an intensity spike so that the strict comparison holds despite rounding', () => {
    // 0.02 + 0.24 rounds to a value whose difference from 0.02 exceeds 0.24.
    expect(0.02 + 0.24 - 0.02 > 0.24).toBe(true);
    const story = storyOf({
      events: [
        { id: 'a', time: 1, intensity: 0.02 },
        { id: 'b', time: 2, intensity: 0.5 },
      ],
      therapy: { maxIntensityStep: 0.24 },
    });
    const conflict = theConflict(story, 'intensity-spike');
    const lower = proposeResolutions(story, conflict.id).find((p) => p.kind === 'lower-intensity')!;
    const after = applyEdits(story, lower.patch).story;
    expect(conflicts(after)).toEqual([]);
    expect(after.events[1]!.intensity).toBeCloseTo(0.26, 10);
  });

  it('places a motivating event strictly between two events at the same time', () => {
    const story = storyOf({
      events: [
        { id: 'p', time: 3, effects: { mara: { traits: { courage: 0.1 } } } },
        { id: 'x', time: 3 },
        { id: 'q', time: 3, effects: { mara: { traits: { courage: 0.9 } } } },
      ],
    });
    const conflict = theConflict(story, 'trait-swing');
    const insert = proposeResolutions(story, conflict.id).find((p) => p.kind === 'insert-motivating-event')!;
    const after = applyEdits(story, insert.patch).story;
    const ix = buildStoryIndex(after);
    const order = Array.from(ix.timeline, (i) => after.events[i]!.id);
    const motive = after.events.find((e) => e.title.startsWith('Motive'))!;
    expect(motive.participants).toEqual(['mara']);
    expect(order.indexOf('p')).toBeLessThan(order.indexOf(motive.id));
    expect(order.indexOf(motive.id)).toBeLessThan(order.indexOf('q'));
    expect(conflicts(after).filter((c) => c.type === 'trait-swing')).toEqual([]);
  });

  it('moves a later event before the exit even when both share the exit time', () => {
    const story = storyOf({
      events: [
        { id: 'before', time: 1 },
        { id: 'exit', title: 'Bram drowns', time: 2, participants: ['bram'], effects: { bram: { alive: false } } },
        { id: 'walk', title: 'Bram walks', time: 2, participants: ['bram'] },
      ],
    });
    const conflict = theConflict(story, 'exited-character');
    const move = proposeResolutions(story, conflict.id).find((p) => p.kind === 'move-before-exit')!;
    const after = applyEdits(story, move.patch).story;
    const walk = after.events.find((e) => e.id === 'walk')!;
    expect(walk.time).toBeGreaterThan(1);
    expect(walk.time).toBeLessThan(2);
    expect(conflicts(after)).toEqual([]);
  });

  it('prefers one location change that clears two bilocations at the same moment', () => {
    const story = storyOf({
      events: [
        { id: 's', title: 'Ayla sings', time: 5, participants: ['ayla'], location: 'chapel' },
        { id: 't', title: 'Ayla sells fish', time: 5, participants: ['ayla'], location: 'market' },
        { id: 'u', title: 'Ayla prays', time: 5, participants: ['ayla'], location: 'chapel' },
      ],
    });
    const all = conflicts(story);
    const first = all.find((c) => c.events.includes('s'))!;
    const [top] = proposeResolutions(story, first.id);
    expect(top!.patch).toEqual([{ kind: 'set-event-field', eventId: 't', field: 'location', value: 'chapel' }]);
    expect(conflicts(applyEdits(story, top!.patch).story)).toEqual([]);
    expect([...top!.resolves].sort()).toEqual(all.map((c) => c.id).sort());
  });

  it('links an unsupported arc from the latest earlier finer event that shares a participant', () => {
    const story = storyOf({
      events: [
        { id: 's1', title: 'Tom fixes the light', time: 1, participants: ['tom'] },
        { id: 's2', title: 'Tom paints the boat', time: 1.5, participants: ['tom'] },
        { id: 's3', title: 'Ines sings', time: 1.8, participants: ['ines'] },
        { id: 'a', title: "Tom earns the village's trust", scale: 'arc', time: 2, participants: ['tom'] },
      ],
    });
    const conflict = theConflict(story, 'unsupported-arc');
    const link = proposeResolutions(story, conflict.id).find((p) => p.kind === 'link-from-finer-event')!;
    expect(link.patch).toEqual([
      { kind: 'add-link', link: { id: 's2->a', from: 's2', to: 'a', strength: 0.5, kind: 'causes' } },
    ]);
    expect(link.description).toContain('"Tom paints the boat"');
  });

  it('never links an unsupported arc from one of its own consequences', () => {
    const story = storyOf({
      events: [
        { id: 'a', scale: 'arc', time: 2 },
        { id: 's', time: 1 },
      ],
      links: [{ from: 'a', to: 's' }],
    });
    const conflict = theConflict(story, 'unsupported-arc');
    const kinds = proposeResolutions(story, conflict.id).map((p) => p.kind);
    expect(kinds).toEqual(['mark-premise']);
  });

  it('inserts a recovery event right after the peak, caused by it, before the next event', () => {
    const story = storyOf({
      events: [
        { id: 'a', title: 'Calm', time: 0, intensity: 0.4 },
        { id: 'b', title: 'The fire', time: 1, intensity: 0.75 },
        { id: 'c', title: 'Smoke', time: 2, intensity: 0.6 },
        { id: 'd', title: 'Ash', time: 3, intensity: 0.5 },
      ],
    });
    const conflict = theConflict(story, 'no-recovery');
    const insert = proposeResolutions(story, conflict.id).find((p) => p.kind === 'insert-recovery-event')!;
    const after = applyEdits(story, insert.patch).story;
    const ix = buildStoryIndex(after);
    const order = Array.from(ix.timeline, (i) => after.events[i]!.id);
    const recovery = after.events.find((e) => e.tags.includes('recovery'))!;
    expect(order.indexOf(recovery.id)).toBe(order.indexOf('b') + 1);
    expect(after.links).toContainEqual(expect.objectContaining({ from: 'b', to: recovery.id }));
    expect(insert.introduces).toEqual([]);
  });
});
