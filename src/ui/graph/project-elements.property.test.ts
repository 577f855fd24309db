import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORY_OF, type Conflict, type ConflictType } from '../../core/analysis/conflict';
import type { Story } from '../../core/model/story';
import { storyOf } from '../../core/testing/story-builder';
import type { LaneLayout } from '../../state';
import { conflictMarksTracker } from '../conflicts/conflict-marks-tracker';
import { laneMapsTracker } from './node-positions';
import { incrementalProjector, type GraphInput, type Point } from './project-elements';

const N = 12;
const TYPES: readonly ConflictType[] = ['temporal-paradox', 'scale-jump', 'intensity-spike', 'exited-character'];

/** One thing that can change between two projections of the studio's canvas. */
type Step =
  | { readonly kind: 'retitle'; readonly at: number; readonly title: string }
  | { readonly kind: 'conflicts'; readonly picks: readonly (readonly [number, number, number, number | null])[] }
  | { readonly kind: 'link'; readonly at: number; readonly strength: number }
  | { readonly kind: 'move'; readonly at: number; readonly x: number; readonly y: number }
  | { readonly kind: 'shift'; readonly at: number; readonly dx: number }
  | { readonly kind: 'weigh'; readonly at: number; readonly weight: number }
  | { readonly kind: 'note'; readonly at: number; readonly resolved: boolean }
  | { readonly kind: 'unplace'; readonly at: number }
  | { readonly kind: 'insert'; readonly at: number }
  | { readonly kind: 'remove'; readonly at: number }
  | { readonly kind: 'append'; readonly placed: boolean }
  | { readonly kind: 'drop' }
  | { readonly kind: 'catch-up' }
  | { readonly kind: 'new-fallback' };

const arbStep: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('retitle' as const), at: fc.nat(N - 1), title: fc.constantFrom('Storm', 'A long title that wraps onto two lines', '') }),
  // The last pick names a link of the conflict (by its place in the story's links), or none.
  fc.record({
    kind: fc.constant('conflicts' as const),
    picks: fc.array(fc.tuple(fc.nat(TYPES.length - 1), fc.nat(N - 1), fc.nat(N - 1), fc.option(fc.nat(2 * N), { nil: null })), { maxLength: 6 }),
  }),
  // A link from the event at `at` to the next: added when there is none, else restrengthened (or removed, at strength 0).
  fc.record({ kind: fc.constant('link' as const), at: fc.nat(N - 1), strength: fc.constantFrom(0, 0.3, 0.9) }),
  fc.record({ kind: fc.constant('move' as const), at: fc.nat(N - 1), x: fc.integer({ min: -50, max: 500 }), y: fc.integer({ min: 0, max: 200 }) }),
  // A time edit on a compressed axis: every event after one moves.
  fc.record({ kind: fc.constant('shift' as const), at: fc.nat(N - 1), dx: fc.integer({ min: 1, max: 90 }) }),
  fc.record({ kind: fc.constant('weigh' as const), at: fc.nat(N - 1), weight: fc.constantFrom(0, 0.5, 1, 3, 9) }),
  fc.record({ kind: fc.constant('note' as const), at: fc.nat(N - 1), resolved: fc.boolean() }),
  fc.record({ kind: fc.constant('unplace' as const), at: fc.nat(N - 1) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(N - 1) }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat(N - 1) }),
  // Add event and its Undo: an event added at the end (placed by the layout at once, or only after a later layout), or the last one dropped.
  fc.record({ kind: fc.constant('append' as const), placed: fc.boolean() }),
  fc.constant({ kind: 'drop' as const }),
  fc.constant({ kind: 'catch-up' as const }),
  fc.constant({ kind: 'new-fallback' as const }),
);

/** The world the canvas projects: a story, its conflicts and a lanes layout (ids, positions, weights by event). */
interface World {
  readonly story: Story;
  readonly conflicts: readonly Conflict[];
  readonly layout: LaneLayout;
  /** Events the layout has not placed yet (drawn by the fallback). */
  readonly unplaced: ReadonlySet<string>;
  /** Where the fallback puts events, moved by a new lanes header (the studio makes a new fallback for each layout). */
  readonly fallbackY: number;
}

function layoutOf(ids: readonly string[], xy: readonly number[], weights: readonly number[]): LaneLayout {
  // The key names the id list, as the worker's does: the same ids in the same order, the same key.
  return { eventIds: ids, eventIdsKey: ids.join('\n'), positions: Float64Array.from(xy), weights: Float64Array.from(weights), maxWeight: Math.max(0, ...weights) } as unknown as LaneLayout;
}

function start(): World {
  // A chain of links, and a second link between the first two events (drawn bundled).
  const links = [...Array.from({ length: N - 1 }, (_, i) => ({ id: `l${i}`, from: `e${i}`, to: `e${i + 1}` })), { id: 'l-twin', from: 'e0', to: 'e1', kind: 'motivates' as const }];
  const story = storyOf({ events: Array.from({ length: N }, (_, i) => ({ id: `e${i}`, title: `Event ${i}`, time: i })), links });
  const ids = story.events.map((e) => e.id);
  return { story, conflicts: [], layout: layoutOf(ids, ids.flatMap((_, i) => [i * 40, 20]), ids.map((_, i) => i % 3)), unplaced: new Set(), fallbackY: -1 };
}

let fresh = 0;

function apply(w: World, step: Step): World {
  const { story, layout } = w;
  const events = story.events;
  const at = Math.min('at' in step ? step.at : 0, events.length - 1);
  const xy = [...layout.positions];
  const weights = [...layout.weights];
  const ids = [...layout.eventIds];
  switch (step.kind) {
    case 'retitle':
      return { ...w, story: { ...story, events: events.map((e, i) => (i === at ? { ...e, title: step.title } : e)) } };
    case 'conflicts': {
      const conflicts = step.picks
        .filter(([, a, b]) => a < events.length && b < events.length)
        .map(([t, a, b, l]): Conflict => {
          const type = TYPES[t]!;
          const named = [events[a]!.id, events[b]!.id];
          const link = l === null ? undefined : story.links[l % Math.max(1, story.links.length)];
          const links = link ? [link.id] : [];
          return { id: `${type}:${[...named, ...links].join(',')}`, type, category: CATEGORY_OF[type], severity: 0.2 + 0.1 * t, events: named, links, scales: [], message: '', subjects: [] };
        });
      // Conflicts still present stay the same objects, as applyAnalysisDelta keeps them.
      const kept = new Map(w.conflicts.map((c) => [c.id, c]));
      return { ...w, conflicts: [...new Map(conflicts.map((c) => [c.id, kept.get(c.id) ?? c])).values()] };
    }
    case 'link': {
      const from = events[at]!.id;
      const to = events[(at + 1) % events.length]!.id;
      const existing = story.links.findIndex((l) => l.from === from && l.to === to);
      if (existing < 0) {
        if (step.strength === 0) return w;
        return { ...w, story: { ...story, links: [...story.links, { id: `added${fresh++}`, from, to, strength: step.strength, kind: 'causes' }] } };
      }
      const gone = story.links[existing]!.id;
      if (step.strength === 0) {
        return { ...w, story: { ...story, links: story.links.filter((l) => l.id !== gone) }, conflicts: w.conflicts.filter((c) => !c.links.includes(gone)) };
      }
      return { ...w, story: { ...story, links: story.links.map((l, i) => (i === existing ? { ...l, strength: step.strength } : l)) } };
    }
    case 'move':
      // An event the layout has not seen yet (added unplaced) has no place or weight to change.
      if (at >= ids.length) return w;
      xy[2 * at] = step.x;
      xy[2 * at + 1] = step.y;
      return { ...w, layout: layoutOf(ids, xy, weights) };
    case 'shift':
      for (let i = at; i < ids.length; i++) xy[2 * i] = xy[2 * i]! + step.dx;
      return { ...w, layout: layoutOf(ids, xy, weights) };
    case 'weigh':
      if (at >= ids.length) return w;
      weights[at] = step.weight;
      return { ...w, layout: layoutOf(ids, xy, weights) };
    case 'note': {
      const note = { id: `n${fresh++}`, text: 'look', event: events[at]!.id, resolved: step.resolved };
      return { ...w, story: { ...story, notes: [...(story.notes ?? []), note] } };
    }
    case 'unplace':
      return { ...w, unplaced: new Set([...w.unplaced, events[at]!.id]) };
    case 'insert': {
      const id = `x${fresh++}`;
      return {
        ...w,
        story: { ...story, events: [...events.slice(0, at), { ...events[at]!, id, title: 'Inserted' }, ...events.slice(at)] },
        layout: layoutOf([...ids.slice(0, at), id, ...ids.slice(at)], [...xy.slice(0, 2 * at), 7, 7, ...xy.slice(2 * at)], [...weights.slice(0, at), 2, ...weights.slice(at)]),
      };
    }
    case 'append': {
      const id = `a${fresh++}`;
      const story2 = { ...story, events: [...events, { ...events[0]!, id, title: 'New event' }] };
      if (!step.placed || ids.length !== events.length) return { ...w, story: story2 };
      return { ...w, story: story2, layout: layoutOf([...ids, id], [...xy, 30 * ids.length, 50], [...weights, 1]) };
    }
    case 'drop': {
      if (events.length <= 2) return w;
      const gone = events.at(-1)!.id;
      const keep = ids.filter((id) => id !== gone);
      const kept = (k: number): boolean => ids[k] !== gone;
      return {
        ...w,
        story: { ...story, events: events.slice(0, -1), links: story.links.filter((l) => l.from !== gone && l.to !== gone) },
        conflicts: w.conflicts.filter((c) => !c.events.includes(gone) && c.links.every((id) => story.links.some((l) => l.id === id && l.from !== gone && l.to !== gone))),
        layout: layoutOf(keep, xy.filter((_, k) => kept(Math.floor(k / 2))), weights.filter((_, k) => kept(k))),
      };
    }
    case 'new-fallback':
      return { ...w, fallbackY: w.fallbackY - 1 };
    case 'catch-up': {
      // The layout places the events it had not seen, at the end of its lists.
      const missing = events.filter((e) => !ids.includes(e.id)).map((e) => e.id);
      if (missing.length === 0) return w;
      return { ...w, layout: layoutOf([...ids, ...missing], [...xy, ...missing.flatMap((_, k) => [300 + 10 * k, 90])], [...weights, ...missing.map(() => 2)]) };
    }
    case 'remove': {
      if (events.length <= 2) return w;
      const gone = events[at]!.id;
      return {
        ...w,
        // Its links go with it, as remove-event does.
        story: { ...story, events: events.filter((e) => e.id !== gone), links: story.links.filter((l) => l.from !== gone && l.to !== gone) },
        conflicts: w.conflicts.filter((c) => !c.events.includes(gone) && c.links.every((id) => story.links.some((l) => l.id === id && l.from !== gone && l.to !== gone))),
        layout: layoutOf(ids.filter((id) => id !== gone), xy.filter((_, k) => Math.floor(k / 2) !== at), weights.filter((_, k) => k !== at)),
      };
    }
  }
}

/** Kept across projections as the studio keeps them: conflict marks and lane maps are few changes over the last. */
function studioInputs(): (w: World) => GraphInput {
  const marks = conflictMarksTracker();
  const lanes = laneMapsTracker();
  let lastUnplaced: ReadonlySet<string> | null = null;
  let lastY = 0;
  let fallback = (i: number): Point => ({ x: -i, y: -1 });
  return (w) => {
    const maps = lanes(w.layout);
    // An event the layout has not placed: the positions the canvas gets lack it (a plain map then).
    const positions = w.unplaced.size === 0 ? maps.positions : new Map([...maps.positions].filter(([id]) => !w.unplaced.has(id)));
    if (w.unplaced !== lastUnplaced || w.fallbackY !== lastY) {
      lastUnplaced = w.unplaced;
      lastY = w.fallbackY;
      const shift = w.unplaced.size;
      const y = w.fallbackY;
      fallback = (i) => ({ x: -i - shift, y });
    }
    return { story: w.story, marks: marks(w.conflicts), positions, weights: maps.weights, maxWeight: maps.maxWeight, fallback };
  };
}

/** Plain maps built from scratch, as a first projection would see them. */
function plainInputs(w: World): GraphInput {
  const ids = w.layout.eventIds;
  const positions = new Map<string, Point>();
  const weights = new Map<string, number>();
  ids.forEach((id, i) => {
    if (!w.unplaced.has(id)) positions.set(id, { x: w.layout.positions[2 * i]!, y: w.layout.positions[2 * i + 1]! });
    weights.set(id, w.layout.weights[i]!);
  });
  const shift = w.unplaced.size;
  return { story: w.story, marks: conflictMarksTracker()(w.conflicts), positions, weights, fallback: (i) => ({ x: -i - shift, y: w.fallbackY }) };
}

const content = (byId: ReadonlyMap<string, unknown>) => new Map([...byId].map(([id, def]) => [id, JSON.stringify(def)]));

describe('the graph projection, step after step', () => {
  it('holds what a fresh projection holds after any sequence of edits, links, conflicts, moves and notes, and names every element that changed', () => {
    fc.assert(
      fc.property(fc.array(arbStep, { minLength: 1, maxLength: 25 }), (steps) => {
        const project = incrementalProjector();
        const inputs = studioInputs();
        let world = start();
        let before = project(inputs(world));
        for (const step of steps) {
          world = apply(world, step);
          const after = project(inputs(world));
          const fresh = incrementalProjector()(plainInputs(world)).byId;
          expect(content(after.byId)).toEqual(content(fresh));
          // The canvas skips patching an empty projection: the size must be the real one.
          expect(after.byId.size).toBe(fresh.size);
          const listed = after === before ? new Set<string>() : new Set(after.changes?.ids);
          for (const id of new Set([...before.byId.keys(), ...after.byId.keys()])) {
            if (before.byId.get(id) !== after.byId.get(id)) expect(listed.has(id)).toBe(true);
          }
          before = after;
        }
      }),
      { numRuns: 300 },
    );
  });
});
