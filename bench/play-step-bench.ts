/**
 * How long one play-through step takes in the worker's logic on the 2,000+ event sample
 * (public/samples/five-harbours.json). Each step is timed cold: the newly entered event's
 * ripple is computed for the first time (revision caches are kept, as in the app).
 * Target: under 50 ms per step. Run: npx tsx bench/play-step-bench.ts
 */
import { readFileSync } from 'node:fs';
import { parseStory } from '../src/core/story/load-story';
import { createOrchestratorApi } from '../src/worker/orchestrator-api';
import { createPrng } from './prng';
import { median, timed } from './timing';

const FILE = 'public/samples/five-harbours.json';
const WALKS = 20;
const MAX_STEPS = 30;

const loaded = parseStory(readFileSync(FILE, 'utf8'));
if (!loaded.ok) throw new Error(`${FILE} does not load`);
const api = createOrchestratorApi();
api.open(loaded.story, 1);
const first = timed(() => api.playThrough([], 1));
console.log(`${loaded.story.events.length} events, ${loaded.story.links.length} links; ${first.value.choices.length} start events`);
console.log(`first call (indexing, conflict detection, start events): ${first.ms.toFixed(1)} ms`);

const rng = createPrng(7);
const steps: number[] = [];
const back: number[] = [];
for (let w = 0; w < WALKS; w++) {
  const starts = api.playThrough([], 1).choices;
  let path = [starts[rng.int(0, starts.length - 1)]!.target];
  for (let s = 0; s < MAX_STEPS; s++) {
    const step = timed(() => api.playThrough(path, 1));
    steps.push(step.ms);
    if (path.length > 1) back.push(timed(() => api.playThrough(path.slice(0, -1), 1)).ms);
    const choices = step.value.choices;
    if (choices.length === 0) break;
    path = [...path, choices[rng.int(0, choices.length - 1)]!.target];
  }
}
console.log(`first step (cold JIT): ${steps[0]!.toFixed(2)} ms; slowest three at step indices ${[...steps.keys()].sort((a, b) => steps[b]! - steps[a]!).slice(0, 3).join(", ")}`);
const sorted = [...steps].sort((a, b) => a - b);
const p95 = sorted[Math.floor(sorted.length * 0.95)]!;
console.log(`play step (cold ripple of the entered event): ${steps.length} steps, median ${median(steps).toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, max ${sorted[sorted.length - 1]!.toFixed(2)} ms`);
console.log(`step back (cached ripples): median ${median(back).toFixed(2)} ms`);
