import { describe, expect, it } from 'vitest';
import { storyOf } from '../core/testing/story-builder';
import { createOrchestratorApi } from './orchestrator-api';
import { isStaleRevisionError } from './protocol';

const story = storyOf({
  events: [
    { id: 'storm', title: 'The storm breaks', time: 5 },
    { id: 'flood', title: 'The harbor floods', time: 4 },
    { id: 'bell', title: 'The bell rings', time: 6, scale: 'arc', tags: ['premise'] },
  ],
  links: [{ from: 'storm', to: 'flood', strength: 0.6 }],
});

function opened() {
  const api = createOrchestratorApi();
  api.open(story, 1);
  return api;
}

function staleError(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('the orchestrator api (the worker without the worker)', () => {
  it('analyses the story it was sent', () => {
    const view = opened().analyze(1);
    expect(view.revision).toBe(1);
    expect(view.conflicts.map((c) => c.type)).toEqual(['temporal-paradox']);
    expect(view.stats.events).toBe(3);
    expect(view.stats.ms).toBeGreaterThanOrEqual(0);
  });

  it('summarises each scale: events, conflicts touching it, coherence', () => {
    const view = opened().analyze(1);
    expect(view.perScale.map((s) => [s.scale, s.events, s.conflicts])).toEqual([
      ['scene', 2, 1],
      ['arc', 1, 0],
      ['world', 0, 0],
      ['saga', 0, 0],
    ]);
    for (const s of view.perScale) expect(s.coherence).toBeGreaterThanOrEqual(0);
  });

  it('applies edit operations, not whole stories, and answers for the new revision', () => {
    const api = opened();
    api.edit([{ kind: 'set-event-field', eventId: 'flood', field: 'time', value: 7 }], 2);
    expect(api.revision()).toBe(2);
    expect(api.analyze(2).conflicts).toEqual([]);
  });

  it('refuses to answer for any revision but the current one', () => {
    const api = opened();
    api.edit([{ kind: 'set-story-title', title: 'Renamed' }], 2);
    for (const ask of [() => api.analyze(1), () => api.lanes(1), () => api.proposals('x', 3)]) {
      expect(isStaleRevisionError(staleError(ask))).toBe(true);
    }
  });

  it('keeps its story when an operation fails, so the main thread can resend it', () => {
    const api = opened();
    expect(() => api.edit([{ kind: 'remove-event', eventId: 'no-such-event' }], 2)).toThrow();
    expect(api.revision()).toBe(1);
    expect(api.analyze(1).conflicts).toHaveLength(1);
  });

  it('applies several ops all or nothing: one failing op leaves the story as it was', () => {
    const api = opened();
    const resolving = { kind: 'set-event-field', eventId: 'flood', field: 'time', value: 7 } as const;
    expect(() => api.edit([resolving, { kind: 'remove-event', eventId: 'no-such-event' }], 2)).toThrow();
    expect(api.revision()).toBe(1);
    // The paradox the first op resolves is still there: that op was not kept either.
    expect(api.analyze(1).conflicts.map((c) => c.type)).toEqual(['temporal-paradox']);
  });

  it('leaves dismissed conflicts out of the list and the scores, and lists them apart', () => {
    const api = opened();
    const id = api.analyze(1).conflicts[0]!.id;
    api.edit([{ kind: 'set-dismissed', conflictId: id, entry: { id, note: 'on purpose' } }], 2);
    const view = api.analyze(2);
    expect(view.conflicts).toEqual([]);
    expect(view.dismissed.map((c) => [c.id, c.dismissal.note])).toEqual([[id, 'on purpose']]);
    expect(view.perScale[0]!.conflicts).toBe(0);
    expect(view.scores.coherence).toBe(1);
    expect(view.stale).toEqual([]);
  });

  it('lists a dismissed entry whose conflict is gone as stale, and keeps it', () => {
    const api = opened();
    const id = api.analyze(1).conflicts[0]!.id;
    api.edit([{ kind: 'set-dismissed', conflictId: 'temporal-paradox:gone+nowhere', entry: { id: 'temporal-paradox:gone+nowhere', note: 'old' } }], 2);
    const view = api.analyze(2);
    expect(view.conflicts.map((c) => c.id)).toEqual([id]);
    expect(view.dismissed).toEqual([]);
    expect(view.stale).toEqual([{ id: 'temporal-paradox:gone+nowhere', note: 'old' }]);
  });

  it('lays out lanes with a weight per event', () => {
    const lanes = opened().lanes(1);
    expect(lanes.eventIds).toEqual(['storm', 'flood', 'bell']);
    expect(lanes.positions).toHaveLength(6);
    expect(Array.from(lanes.weights)).toEqual([0.6, 0.6, 0]);
    expect(lanes.laneY).toHaveLength(4);
  });

  it('names the event list of a layout: the same key while the events stay, a new one when they change', () => {
    const api = opened();
    const first = api.lanes(1);
    api.edit([{ kind: 'set-event-field', eventId: 'flood', field: 'time', value: 9 }], 2);
    const moved = api.lanes(2);
    expect(moved.eventIdsKey).toBe(first.eventIdsKey);
    api.edit([{ kind: 'add-event', event: { ...story.events[0]!, id: 'gale', title: 'A gale', time: 5.5 } }], 3);
    const added = api.lanes(3);
    expect(added.eventIdsKey).not.toBe(first.eventIdsKey);
    api.edit([{ kind: 'remove-event', eventId: 'gale' }], 4);
    // The same ids as before the insertion, but a reader cannot know the key it once had: a new one is safe.
    expect(api.lanes(4).eventIds).toEqual(first.eventIds);
    expect(api.lanes(4).eventIdsKey).not.toBe(added.eventIdsKey);
    // Another worker (another studio) hands out keys of its own.
    const other = createOrchestratorApi();
    other.open(story, 1);
    expect(other.lanes(1).eventIdsKey).not.toBe(first.eventIdsKey);
  });

  it('keeps every other event in place when one event is added, then lays out afresh for a newly opened story', () => {
    const api = opened();
    const before = api.lanes(1);
    api.edit([{ kind: 'add-event', event: { ...story.events[0]!, id: 'gale', title: 'A gale', scale: 'arc', time: 5.5 } }], 2);
    const after = api.lanes(2);
    expect(after.eventIds.slice(0, 3)).toEqual(before.eventIds);
    expect(Array.from(after.positions.slice(0, 6))).toEqual(Array.from(before.positions));
    // The worker entry transfers the arrays it returns: asking again must give intact copies.
    after.positions.fill(0);
    expect(Array.from(api.lanes(2).positions.slice(0, 6))).toEqual(Array.from(before.positions));
    api.open(story, 3);
    expect(Array.from(api.lanes(3).positions)).toEqual(Array.from(before.positions));
  });

  it('computes the ripple of an event and the proposals for a conflict', () => {
    const api = opened();
    const ripple = api.ripple('storm', { direction: 'forward' }, 1);
    expect(ripple.reached.map((r) => r.event)).toEqual(['flood']);
    const conflictId = api.analyze(1).conflicts[0]!.id;
    const proposals = api.proposals(conflictId, 1);
    expect(proposals.length).toBeGreaterThan(0);
    expect(proposals[0]!.resolves).toContain(conflictId);
  });
});
