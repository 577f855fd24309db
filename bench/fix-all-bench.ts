/**
 * How long fixAll takes (a measurement, not a test).
 * Usage: npx tsx bench/fix-all-bench.ts [--check] [--runs N] [--dense 5000,...] [--links 30000,100000,...] [events...]
 *   events...  typical generated stories of these sizes (default 500 2000 when nothing else is asked for)
 *   --dense    dense generated stories (about 0.85 conflicts per event)
 *   --links    10 events with this many links between them: time should grow linearly with the links
 *   --runs N   timed runs per figure (min and median are printed; default 1)
 * Besides wall time each figure gives the process's CPU time (user + system, GC threads
 * included), which says more than wall time when other jobs share the machine.
 * A small story is fixed untimed first so that the timed runs are not V8 warm-up.
 * --check also verifies each run's promises (fixAllViolations), untimed.
 */
import { detectConflicts } from '../src/core/analysis/analyze';
import { buildStoryIndex } from '../src/core/analysis/story-index';
import { DEFAULT_SCALES } from '../src/core/model/defaults';
import type { Story, StoryEvent, StoryLink } from '../src/core/model/story';
import type { EditOp } from '../src/core/edits/edit-op';
import { fixAll } from '../src/core/resolutions/fix-all';
import { fixAllViolations } from '../src/core/resolutions/fix-all-check';
import { applyEdits } from '../src/core/edits/apply-edit';
import { applyEntry } from '../src/state/durable-log';
import { createOrchestratorApi } from '../src/worker/orchestrator-api';
import { generateStory } from './generate-story';
import { createPrng } from './prng';

const args = process.argv.slice(2);
const check = args.includes('--check');
const option = (name: string): number[] => {
  const k = args.indexOf(name);
  return k >= 0 && args[k + 1] ? args[k + 1]!.split(',').map(Number) : [];
};
const runs = Math.max(1, option('--runs')[0] ?? 1);
const dense = option('--dense');
const linkCounts = option('--links');
const optionValues = new Set(['--dense', '--links', '--runs'].flatMap((name) => option(name).map(String)));
const sizes = args.filter((a) => !a.startsWith('--') && !optionValues.has(a)).map(Number).filter((n) => n > 0);
const typical = sizes.length > 0 || dense.length > 0 || linkCounts.length > 0 ? sizes : [500, 2000];

/** Ten events, one per scale in turn, and `links` links between random pairs: every conflict is a link conflict with many parallel links. */
export function linkHeavyStory(links: number, seed = 1): Story {
  const rng = createPrng(seed);
  const events: StoryEvent[] = Array.from({ length: 10 }, (_, i) => ({
    id: `e${i}`,
    title: `Event ${i}`,
    scale: DEFAULT_SCALES[i % DEFAULT_SCALES.length]!.id,
    time: i,
    duration: 0,
    participants: ['mara'],
    themes: {},
    intensity: 0.3,
    tags: [],
    effects: {},
  }));
  const list: StoryLink[] = Array.from({ length: links }, (_, k) => {
    const a = rng.int(0, 9);
    const b = (a + rng.int(1, 9)) % 10;
    return { id: `l${k}`, from: `e${a}`, to: `e${b}`, strength: 0.5, kind: 'causes' };
  });
  return { format: 'nao-story', version: 1, title: 'Many links', timeUnit: 'hour', scales: DEFAULT_SCALES, events, links: list };
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

function measure(label: string, story: Story): void {
  const before = detectConflicts(buildStoryIndex(story)).length;
  for (const safeOnly of [true, false]) {
    const times: number[] = [];
    const cpu: number[] = [];
    let result = fixAll(linkHeavyStory(10), { safeOnly });
    for (let r = 0; r < runs; r++) {
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      result = fixAll(story, { safeOnly });
      times.push(performance.now() - started);
      const used = process.cpuUsage(cpuStarted);
      cpu.push((used.user + used.system) / 1000);
    }
    const verdict = check ? `, ${fixAllViolations(story, result, { safeOnly }).length} violations` : '';
    const figure =
      runs > 1
        ? `min ${Math.min(...times).toFixed(0)} ms, median ${median(times).toFixed(0)} ms (cpu min ${Math.min(...cpu).toFixed(0)} ms, median ${median(cpu).toFixed(0)} ms)`
        : `${times[0]!.toFixed(0)} ms (cpu ${cpu[0]!.toFixed(0)} ms)`;
    console.log(
      `${label}, ${before} conflicts, safeOnly ${String(safeOnly).padEnd(5)}: ${figure.padStart(8)}, ` +
        `${result.steps.length} steps in ${result.passes.length} passes, ${result.remaining.length} remaining${verdict}`,
    );
    if (safeOnly) accepted(story, result.steps.flatMap((s) => s.proposal.patch));
  }
}

/**
 * The accepted ops taken in where the studio takes them: the main thread (one undo step), the
 * worker (the ops, then the analysis of the fixed story) and the journal replayed on a reload or
 * in another tab. Each once applied op by op: the worker took 27.8 s for the 9,929 ops of 5,000
 * dense events.
 */
function accepted(story: Story, ops: readonly EditOp[]): void {
  const time = (f: () => void): string => {
    const started = performance.now();
    f();
    return `${(performance.now() - started).toFixed(0)} ms`;
  };
  const main = time(() => applyEdits(story, ops));
  const api = createOrchestratorApi();
  api.open(story, 1);
  api.analyze(1);
  const worker = time(() => {
    api.edit(ops, 2);
    api.analyze(2);
  });
  const journal = time(() => applyEntry(story, { ops }));
  console.log(`  the ${ops.length} ops accepted: main thread ${main}, worker (ops and analysis) ${worker}, journal replay ${journal}`);
}

fixAll(generateStory({ events: 300, seed: 7 }), { safeOnly: true });
for (const events of typical) measure(`${events} events`, generateStory({ events }));
for (const events of dense) measure(`${events} dense events`, generateStory({ events, density: 'dense' }));
for (const links of linkCounts) measure(`10 events, ${links} links`, linkHeavyStory(links));
