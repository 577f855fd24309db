/**
 * Incremental re-analysis after one edit (src/core/incremental), against a full analysis
 * (analyzeStory), on dense generated stories of 10k and 100k events. For each kind of edit
 * the studio makes, random edits are applied one after the other and each update is timed:
 * `update` is the engine's own time (diff, index patch, re-detection, merge, scores),
 * `+result` adds assembling the active/dismissed lists a host reads. Target: <= 20 ms at 100k.
 * `apply` is the edit op itself (applyEdit, the new story), which the studio's main thread and
 * the worker each run before the update: outside the target, but a user waits for it too.
 * Run: nice -n 10 npx tsx bench/incremental-bench.ts [events...] [--only=kind,kind]
 */
import { analyzeStory } from '../src/core/analysis/analyze';
import { applyEdit } from '../src/core/edits/apply-edit';
import type { EditOp } from '../src/core/edits/edit-op';
import { newEvent } from '../src/core/edits/ops';
import { IncrementalAnalysis } from '../src/core/incremental/incremental-analysis';
import type { Story } from '../src/core/model/story';
import { generateStory } from './generate-story';
import { createPrng } from './prng';
import { median, timed } from './timing';

const SIZES = process.argv.slice(2).map(Number).filter((n) => n > 0);
const ONLY = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const EDITS_PER_KIND = 25;

type Rng = ReturnType<typeof createPrng>;

/** One random edit of each kind the studio produces, for the current story. */
const KINDS: Record<string, (story: Story, rng: Rng) => EditOp> = {
  intensity: (s, rng) => ({ kind: 'set-event-field', eventId: pickEvent(s, rng), field: 'intensity', value: Math.round(rng.next() * 100) / 100 }),
  time: (s, rng) => ({ kind: 'set-event-field', eventId: pickEvent(s, rng), field: 'time', value: Math.round(rng.next() * lastTime(s)) }),
  title: (s, rng) => ({ kind: 'set-event-field', eventId: pickEvent(s, rng), field: 'title', value: `Renamed ${rng.int(0, 999)}` }),
  scale: (s, rng) => ({ kind: 'set-event-field', eventId: pickEvent(s, rng), field: 'scale', value: s.scales[rng.int(0, s.scales.length - 1)]!.id }),
  location: (s, rng) => ({ kind: 'set-event-field', eventId: pickEvent(s, rng), field: 'location', value: `place-${rng.int(0, 20)}` }),
  theme: (s, rng) => ({ kind: 'set-theme', eventId: pickEvent(s, rng), theme: ['hope', 'despair', 'growth', 'trust'][rng.int(0, 3)]!, intensity: Math.round(rng.next() * 10) / 10 }),
  tag: (s, rng) => ({ kind: 'add-tag', eventId: pickEvent(s, rng), tag: rng.next() < 0.5 ? 'premise' : 'recovery' }),
  participant: (s, rng) => ({ kind: 'add-participant', eventId: pickEvent(s, rng), character: s.events[rng.int(0, s.events.length - 1)]!.participants[0] ?? 'c0' }),
  effect: (s, rng) => ({ kind: 'set-effect', eventId: pickEvent(s, rng), character: s.events[rng.int(0, s.events.length - 1)]!.participants[0] ?? 'c0', effect: { alive: rng.next() < 0.5, traits: { courage: rng.next() } } }),
  // A designer links an event to one shortly after it in time, rarely closing a loop.
  'add-link': (s, rng) => {
    const order = timeline(s);
    const at = rng.int(0, order.length - 2);
    const from = order[at]!;
    const to = order[Math.min(order.length - 1, at + rng.int(1, 40))]!;
    return { kind: 'add-link', link: { id: `bench-${rng.int(0, 1e9)}`, from: s.events[from]!.id, to: s.events[to]!.id, strength: 0.5, kind: 'causes' } };
  },
  'add-event': (s, rng) => ({ kind: 'add-event', event: newEvent({ id: `bench-event-${rng.int(0, 1e9)}`, title: 'New', scale: 'scene', time: Math.round(rng.next() * lastTime(s)) }) }),
  dismiss: (_story, rng) => {
    const id = `intensity-spike:x${rng.int(0, 1e9)}`;
    return { kind: 'set-dismissed', conflictId: id, entry: { id } };
  },
  'remove-link': (s, rng) => ({ kind: 'remove-link', linkId: s.links[rng.int(0, s.links.length - 1)]!.id }),
  // A link inserted among the others (an undone removal puts it back where it was).
  'insert-link': (s, rng) => {
    const order = timeline(s);
    const at = rng.int(0, order.length - 2);
    const from = s.events[order[at]!]!.id;
    const to = s.events[order[Math.min(order.length - 1, at + rng.int(1, 40))]!]!.id;
    return { kind: 'add-link', link: { id: `bench-${rng.int(0, 1e9)}`, from, to, strength: 0.5, kind: 'causes' }, index: rng.int(0, s.links.length - 1) };
  },
  'remove-event': (s, rng) => ({ kind: 'remove-event', eventId: pickEvent(s, rng) }),
  'insert-event': (s, rng) => ({
    kind: 'add-event',
    event: newEvent({ id: `bench-event-${rng.int(0, 1e9)}`, title: 'New', scale: 'scene', time: Math.round(rng.next() * lastTime(s)) }),
    index: rng.int(0, s.events.length - 1),
  }),
  // Last: a link moved to a random event often closes a loop of thousands of events, which every later link edit near it re-lists.
  'link-to': (s, rng) => ({ kind: 'set-link-field', linkId: s.links[rng.int(0, s.links.length - 1)]!.id, field: 'to', value: pickEvent(s, rng) }),
};

const timelines = new WeakMap<Story, number[]>();

/** Event positions in time order (cached per story, outside the timed update). */
function timeline(s: Story): number[] {
  let order = timelines.get(s);
  if (order === undefined) {
    order = s.events.map((_, i) => i).sort((a, b) => s.events[a]!.time - s.events[b]!.time || a - b);
    timelines.set(s, order);
  }
  return order;
}

function pickEvent(s: Story, rng: Rng): string {
  return s.events[rng.int(0, s.events.length - 1)]!.id;
}

function lastTime(s: Story): number {
  return s.events.reduce((t, e) => Math.max(t, e.time), 0);
}

function p95(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!;
}

for (const events of SIZES.length > 0 ? SIZES : [10_000, 100_000]) {
  const story = generateStory({ events, density: 'dense' });
  // Full analysis and opening (building the engine's state) alternate, so that load from other processes hits both alike.
  const fulls: number[] = [];
  const opens: number[] = [];
  let engine: IncrementalAnalysis | undefined;
  for (let k = 0; k < 3; k++) {
    fulls.push(timed(() => analyzeStory(story)).ms);
    const build = timed(() => IncrementalAnalysis.of(story));
    opens.push(build.ms);
    engine = build.value;
  }
  if (engine === undefined) throw new Error('no build');
  console.log(
    `\n${events} events, ${story.links.length} links, ${engine.allConflicts().length} conflicts: full analysis min ${Math.min(...fulls).toFixed(1)} ms, ` +
      `median ${median(fulls).toFixed(1)} ms; opening (building the incremental state) min ${Math.min(...opens).toFixed(1)} ms, median ${median(opens).toFixed(1)} ms`,
  );
  console.log('edit          update median   min      p95      +result median  full fallbacks   apply median');
  const rng = createPrng(11);
  let current = story;
  for (const kind of Object.keys(KINDS).filter((k) => ONLY === undefined || ONLY.includes(k))) {
    const make = (s: Story, r: Rng): EditOp => KINDS[kind]!(s, r);
    const updates: number[] = [];
    const withResult: number[] = [];
    const applies: number[] = [];
    let fallbacks = 0;
    if (kind === 'dismiss') {
      // Dismissing a conflict that exists: the review split and the scores change.
      const ids = engine.result().conflicts.map((c) => c.id);
      KINDS.dismiss = () => {
        const id = ids[rng.int(0, ids.length - 1)]!;
        return { kind: 'set-dismissed', conflictId: id, entry: { id, note: 'bench' } };
      };
    }
    for (let k = 0; k < EDITS_PER_KIND; k++) {
      let next: Story;
      const op = make(current, rng);
      try {
        const applied = timed(() => applyEdit(current, op));
        next = applied.value.story;
        applies.push(applied.ms);
      } catch {
        continue;
      }
      // The worker passes the ops along, which spares comparing every event.
      const step = timed(() => engine.update(next, [op]));
      if (step.value.full) fallbacks++;
      updates.push(step.ms);
      withResult.push(step.ms + timed(() => engine.result()).ms);
      current = next;
    }
    console.log(
      `${kind.padEnd(13)} ${median(updates).toFixed(2).padStart(8)} ms ${Math.min(...updates).toFixed(2).padStart(8)} ms ${p95(updates).toFixed(2).padStart(8)} ms ${median(withResult).toFixed(2).padStart(10)} ms   ${fallbacks}/${updates.length}`.padEnd(78) + `${median(applies).toFixed(2).padStart(8)} ms`,
    );
  }
}
