import { readFileSync } from 'node:fs';
import { analyzeStory, detectConflicts } from '../src/core/analysis/analyze';
import { computeScores } from '../src/core/analysis/scores';
import { buildStoryIndex, type StoryIndex } from '../src/core/analysis/story-index';
import { outGraph } from '../src/core/graph/csr-graph';
import { stronglyConnectedComponents } from '../src/core/graph/strongly-connected';
import type { Story } from '../src/core/model/story';
import { computeRipple } from '../src/core/ripple/ripple';
import { loadStory } from '../src/core/story/load-story';
import { detectAll, perRuleTimes, type RuleTime } from './per-rule';
import { mb, median, medianTime, medianTimeFresh, runsFor, timed, timeStats } from './timing';

// Child process of core-bench.ts: `node --expose-gc --import tsx bench/measure-core.ts time|memory FILE`.
// Prints one JSON object on stdout. Each mode runs in a fresh process so timings and
// memory peaks of one size do not leak into the next.

const RIPPLE_SOURCES = 20;

export interface CoreTimes {
  readonly events: number;
  readonly links: number;
  readonly parseMs: number;
  readonly loadMs: number;
  readonly analyzeMs: number;
  /** Fastest analysis run: far below the median means other processes competed for the CPU. */
  readonly analyzeMinMs: number;
  /** Median process CPU time of an analysis (see TimeStats.cpuMedian). */
  readonly analyzeCpuMs: number;
  readonly indexMs: number;
  /** detectConflicts on a built index: the 15 rules, merging and ids (messages are written on first read). */
  readonly rulesMs: number;
  /** Every rule's detect on a fresh index with a counting emit: rules without merging and ids. */
  readonly detectMs: number;
  readonly scoresMs: number;
  /** Reading every conflict's message once on fresh conflicts: the text is written on first read. */
  readonly messagesMs: number;
  /** structuredClone of all conflicts, messages already written: what the worker's postMessage adds. */
  readonly cloneMs: number;
  readonly conflicts: number;
  readonly conflictsByType: Record<string, number>;
  readonly rippleMs: number;
  /** Slowest of the 20 sources. */
  readonly rippleMaxMs: number;
  readonly rippleReached: number;
  readonly indexSccMs: number;
  readonly perRule: readonly RuleTime[];
}

export interface CoreMemory {
  /** RSS after imports, before the file is read: the runtime's own share. */
  readonly baselineRssMb: number;
  /** Kernel high-water mark of the process's resident set (process.resourceUsage().maxRSS). */
  readonly peakRssMb: number;
  /** Largest heapUsed sampled at the end of each phase, without forcing GC in between. */
  readonly peakHeapMb: number;
  /** heapUsed after a forced GC with the loaded story, its index and its analysis alive. */
  readonly retainedHeapMb: number;
  /** heapUsed at the end of each phase (read, parse, load, analyze, ripple), no GC forced in between. */
  readonly heapByPhaseMb: Readonly<Record<string, number>>;
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

function loadOrThrow(value: unknown): Story {
  const loaded = loadStory(value);
  if (!loaded.ok) throw new Error(`invalid story: ${loaded.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return loaded.story;
}

/** Events spread evenly along the timeline: early sources ripple far, late ones barely. */
function rippleSources(ix: StoryIndex): string[] {
  const ids: string[] = [];
  for (let k = 0; k < RIPPLE_SOURCES; k++) ids.push(ix.events[ix.timeline[Math.floor(((k + 0.5) * ix.n) / RIPPLE_SOURCES)]!]!.id);
  return ids;
}

function measureTimes(file: string): CoreTimes {
  const text = readFileSync(file, 'utf8');
  const parsed = timed(() => JSON.parse(text) as { events: readonly unknown[] });
  const { warmup, runs } = runsFor(parsed.value.events.length);
  const parseMs = medianTime(() => JSON.parse(text), Math.min(runs, 5), 0);
  // loadStory may reshape the value it validates, so each run gets a freshly parsed one.
  const loadTimes: number[] = [];
  let story: Story | undefined;
  for (let k = 0; k < Math.min(runs, 7) + 1; k++) {
    const value: unknown = JSON.parse(text);
    const { ms, value: loaded } = timed(() => loadOrThrow(value));
    if (k > 0) loadTimes.push(ms);
    story = loaded;
  }
  const s = story!;
  const analysis = timeStats(() => analyzeStory(s), runs, warmup);
  const indexMs = medianTime(() => buildStoryIndex(s), runs, warmup);
  const ix = buildStoryIndex(s);
  const rulesMs = medianTimeFresh(() => buildStoryIndex(s), (fresh) => detectConflicts(fresh), runs, warmup);
  const detectMs = medianTimeFresh(() => buildStoryIndex(s), (fresh) => detectAll(fresh), runs, warmup);
  const conflicts = detectConflicts(ix);
  const scoresMs = medianTime(() => computeScores(ix, conflicts), runs, warmup);
  const messagesMs = medianTimeFresh(() => detectConflicts(ix), (fresh) => fresh.reduce((length, c) => length + c.message.length, 0), runs, warmup);
  const cloneMs = medianTime(() => structuredClone(conflicts), runs, warmup);
  const conflictsByType: Record<string, number> = {};
  for (const c of conflicts) conflictsByType[c.type] = (conflictsByType[c.type] ?? 0) + 1;
  const sources = rippleSources(ix);
  for (const id of sources.slice(0, 3)) computeRipple(ix, id);
  const rippleTimes = sources.map((id) => timed(() => computeRipple(ix, id)));
  const indexSccMs = medianTime(() => stronglyConnectedComponents(outGraph(buildStoryIndex(s))), runs, warmup);
  return {
    events: ix.n,
    links: ix.m,
    parseMs,
    loadMs: median(loadTimes),
    analyzeMs: analysis.median,
    analyzeMinMs: analysis.min,
    analyzeCpuMs: analysis.cpuMedian,
    indexMs,
    rulesMs,
    detectMs,
    scoresMs,
    messagesMs,
    cloneMs,
    conflicts: conflicts.length,
    conflictsByType,
    rippleMs: median(rippleTimes.map((r) => r.ms)),
    rippleMaxMs: Math.max(...rippleTimes.map((r) => r.ms)),
    rippleReached: median(rippleTimes.map((r) => r.value.reached.length)),
    indexSccMs,
    perRule: perRuleTimes(s),
  };
}

/** One pass as `nao check` then `nao impact` would do it, sampling memory between phases. */
function measureMemory(file: string): CoreMemory {
  gc();
  const baselineRss = process.memoryUsage().rss;
  const phases: Record<string, number> = {};
  const sample = (phase: string): void => void (phases[phase] = mb(process.memoryUsage().heapUsed));
  let text: string | undefined = readFileSync(file, 'utf8');
  sample('read');
  let value: unknown = JSON.parse(text);
  sample('parse');
  text = undefined;
  const story = loadOrThrow(value);
  value = undefined;
  sample('load');
  const result = analyzeStory(story);
  sample('analyze');
  const ix = buildStoryIndex(story);
  const ripple = computeRipple(ix, rippleSources(ix)[0]!);
  sample('ripple');
  gc();
  const retained = process.memoryUsage().heapUsed;
  // Keep the results alive up to the retained-heap measurement.
  if (result.conflicts.length < 0 || ripple.reached.length < 0) console.error('unreachable');
  return {
    baselineRssMb: mb(baselineRss),
    peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
    peakHeapMb: Math.max(...Object.values(phases)),
    retainedHeapMb: mb(retained),
    heapByPhaseMb: phases,
  };
}

const [mode, file] = process.argv.slice(2);
if ((mode !== 'time' && mode !== 'memory') || file === undefined) {
  console.error('usage: node --expose-gc --import tsx bench/measure-core.ts time|memory FILE');
  process.exitCode = 2;
} else {
  console.log(JSON.stringify(mode === 'time' ? measureTimes(file) : measureMemory(file)));
}
