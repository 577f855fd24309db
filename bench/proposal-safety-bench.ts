/**
 * How often the top-ranked proposal is safe: applied alone, it removes its conflict and
 * brings no conflict id the story did not have (a measurement, not a test). Checked by
 * applying the patch and analysing the whole story, not by trusting the proposal's claims.
 *
 * Usage: npx tsx bench/proposal-safety-bench.ts [--sizes 500,2000] [--seeds 1,2,3] [--verbose]
 * Corpus: the conformance fixtures (test-data/fixtures, the same stories as the shared
 * fixtures), the samples in public/samples, and dense generated stories of each size and seed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectConflicts } from '../src/core/analysis/analyze';
import type { ConflictType } from '../src/core/analysis/conflict';
import { buildStoryIndex } from '../src/core/analysis/story-index';
import { applyEdits } from '../src/core/edits/apply-edit';
import type { Story } from '../src/core/model/story';
import { proposeResolutions } from '../src/core/resolutions/propose';
import { parseStory } from '../src/core/story/load-story';
import { generateStory } from './generate-story';

const args = process.argv.slice(2);
const list = (name: string, fallback: number[]): number[] => {
  const k = args.indexOf(name);
  return k >= 0 && args[k + 1] ? args[k + 1]!.split(',').map(Number) : fallback;
};
const sizes = list('--sizes', [500, 2000]);
const seeds = list('--seeds', [1, 2, 3]);
const verbose = args.includes('--verbose');
const root = join(import.meta.dirname, '..');

function fromDir(dir: string, filter: (f: string) => boolean): { name: string; story: Story }[] {
  return readdirSync(dir)
    .filter(filter)
    .sort()
    .map((f) => {
      const result = parseStory(readFileSync(join(dir, f), 'utf8'));
      if (!result.ok) throw new Error(`${f} does not load`);
      return { name: f.replace(/\.json$/, ''), story: result.story };
    });
}

const corpus = [
  ...fromDir(join(root, 'test-data/fixtures'), (f) => f.endsWith('.json') && !f.endsWith('.expected.json')),
  ...fromDir(join(root, 'public/samples'), (f) => f.endsWith('.json') && f !== 'index.json'),
  ...sizes.flatMap((events) => seeds.map((seed) => ({ name: `dense ${events} seed ${seed}`, story: generateStory({ events, seed, density: 'dense' }) }))),
];

interface Tally {
  conflicts: number;
  safe: number;
  /** Why the unsafe ones failed, by the kind of the top proposal. */
  readonly failures: Map<string, number>;
}
const byType = new Map<ConflictType, Tally>();
const started = performance.now();

for (const { name, story } of corpus) {
  const ix = buildStoryIndex(story);
  const baseline = detectConflicts(ix);
  const before = new Set(baseline.map((c) => c.id));
  let safeHere = 0;
  for (const conflict of baseline) {
    const tally = byType.get(conflict.type) ?? { conflicts: 0, safe: 0, failures: new Map() };
    byType.set(conflict.type, tally);
    tally.conflicts++;
    const [top] = proposeResolutions(story, conflict.id, { baseline, ix });
    let why = 'no proposal';
    if (top) {
      const after = detectConflicts(buildStoryIndex(applyEdits(story, top.patch).story));
      const added = after.filter((c) => !before.has(c.id));
      const stays = after.some((c) => c.id === conflict.id);
      if (!stays && added.length === 0) {
        tally.safe++;
        safeHere++;
        continue;
      }
      why = `${top.kind}: ${stays ? 'conflict stays' : ''}${stays && added.length > 0 ? ', ' : ''}${added.length > 0 ? `adds ${[...new Set(added.map((c) => c.type))].join('+')}` : ''}`;
      if (verbose) console.log(`  ${name}: ${conflict.id} -> ${top.description} ${why}; ${added.map((c) => c.id).join(' ')}`);
    }
    tally.failures.set(why, (tally.failures.get(why) ?? 0) + 1);
  }
  console.log(`${name.padEnd(28)} ${String(baseline.length).padStart(5)} conflicts, top proposal safe for ${safeHere}`);
}

console.log('\ntype                  conflicts   safe   share   failures (top proposal kind: why)');
let conflicts = 0;
let safe = 0;
for (const [type, t] of [...byType].sort((a, b) => a[0].localeCompare(b[0]))) {
  conflicts += t.conflicts;
  safe += t.safe;
  const failures = [...t.failures].map(([why, n]) => `${n}× ${why}`).join('; ');
  console.log(`${type.padEnd(22)}${String(t.conflicts).padStart(9)}${String(t.safe).padStart(7)}${((100 * t.safe) / t.conflicts).toFixed(1).padStart(7)} %   ${failures}`);
}
console.log(`${'all'.padEnd(22)}${String(conflicts).padStart(9)}${String(safe).padStart(7)}${((100 * safe) / conflicts).toFixed(2).padStart(7)} %`);
console.log(`(${corpus.length} stories, ${((performance.now() - started) / 1000).toFixed(1)} s)`);
