import { buildReport } from '../src/core/review/report-from-story';
import { generateStory } from './generate-story';
import { median, timed } from './timing';

/**
 * How long the review report of a large story takes to build (what the report worker does),
 * and how big the file is. Run: npx tsx bench/review-report-bench.ts [events]
 */
const events = Number(process.argv[2] ?? 5000);
const base = generateStory({ events, seed: 7 });
const story = { ...base, therapy: { maxIntensity: 0.8, avoid: ['despair'], goals: ['healing', 'trust', 'hope'] } };
const runs = [1, 2, 3, 4, 5].map(() => timed(() => buildReport(story, '2026-11-30T12:00:00.000Z')));
const size = runs[0]!.value.html.length;
console.log(`review report, ${events} events: median ${median(runs.slice(1).map((r) => r.ms)).toFixed(0)} ms (first ${runs[0]!.ms.toFixed(0)} ms), ${(size / 1024).toFixed(0)} KiB`);
