/**
 * How long fixAll takes on generated stories (a measurement, not a test).
 * Usage: npx tsx bench/fix-all-bench.ts [--check] [events...]   (default 500 2000)
 * A small story is fixed untimed first so that the timed runs are not V8 warm-up.
 * --check also verifies each run's promises (fixAllViolations), untimed.
 */
import { detectConflicts } from '../src/core/analysis/analyze';
import { buildStoryIndex } from '../src/core/analysis/story-index';
import { fixAll } from '../src/core/resolutions/fix-all';
import { fixAllViolations } from '../src/core/resolutions/fix-all-check';
import { generateStory } from './generate-story';

const args = process.argv.slice(2);
const check = args.includes('--check');
const sizes = args.map(Number).filter((n) => n > 0);
fixAll(generateStory({ events: 300, seed: 7 }), { safeOnly: true });
for (const events of sizes.length > 0 ? sizes : [500, 2000]) {
  const story = generateStory({ events });
  const before = detectConflicts(buildStoryIndex(story)).length;
  for (const safeOnly of [true, false]) {
    const started = performance.now();
    const result = fixAll(story, { safeOnly });
    const ms = performance.now() - started;
    const verdict = check ? `, ${fixAllViolations(story, result, { safeOnly }).length} violations` : '';
    console.log(
      `${events} events, ${before} conflicts, safeOnly ${String(safeOnly).padEnd(5)}: ${ms.toFixed(0).padStart(6)} ms, ` +
        `${result.steps.length} steps in ${result.passes.length} passes, ${result.remaining.length} remaining${verdict}`,
    );
  }
}
