import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { detectConflicts } from '../src/core/analysis/analyze';
import type { Rule } from '../src/core/analysis/rule';
import { RULES } from '../src/core/analysis/rules-registry';
import { buildStoryIndex, type StoryIndex } from '../src/core/analysis/story-index';
import { resolveSettings } from '../src/core/model/settings';
import type { Story } from '../src/core/model/story';
import { loadStory } from '../src/core/story/load-story';
import { generateStory } from './generate-story';
import { medianTime, medianTimeFresh, runsFor } from './timing';

export interface RuleTime {
  readonly type: string;
  /** Median ms of rule.detect alone on an index whose shared tables are already built: the rule's own work. */
  readonly detectMs: number;
  /**
   * Median ms of detectConflicts(freshIndex, [rule]): detect, plus building any table the rules
   * share and cache per index (cast, themes, timeline columns), plus merging (messages are lazy).
   */
  readonly coldMs: number;
  readonly conflicts: number;
}

/** Runs every rule's detect with a counting emit: the rules' own work, without merging or messages. */
export function detectAll(ix: StoryIndex, rules: readonly Rule[] = RULES): number {
  let matches = 0;
  for (const rule of rules) rule.detect(ix, () => void matches++);
  return matches;
}

/** Times each of the 15 rules alone, warm (detect only) and cold (fresh index, full pipeline). */
export function perRuleTimes(story: Story): RuleTime[] {
  const { warmup, runs } = runsFor(story.events.length);
  const settings = resolveSettings(story);
  const fresh = (): StoryIndex => buildStoryIndex(story, settings);
  const warm = fresh();
  detectAll(warm);
  return RULES.map((rule) => ({
    type: rule.type,
    detectMs: medianTime(() => detectAll(warm, [rule]), runs, warmup),
    coldMs: medianTimeFresh(fresh, (ix) => detectConflicts(ix, [rule]), runs, warmup),
    conflicts: detectConflicts(warm, [rule]).length,
  }));
}

function storyFrom(arg: string): Story {
  if (/^\d+$/.test(arg)) return generateStory({ events: Number(arg) });
  const loaded = loadStory(JSON.parse(readFileSync(arg, 'utf8')));
  if (!loaded.ok) throw new Error(`${arg} is not a valid story: ${loaded.errors[0]?.message ?? ''}`);
  return loaded.story;
}

/** `npx tsx bench/per-rule.ts [N | FILE]...`: per-rule times for generated stories of N events or story files. */
function main(args: readonly string[]): void {
  for (const arg of args.length > 0 ? args : ['10000', '100000']) {
    const story = storyFrom(arg);
    const times = perRuleTimes(story);
    const sum = (f: (t: RuleTime) => number): string => times.reduce((s, t) => s + f(t), 0).toFixed(1);
    console.log(`\n${arg}: ${story.events.length} events, ${story.links.length} links`);
    console.log(`  ${'rule'.padEnd(22)} ${'detect'.padStart(10)} ${'cold'.padStart(10)} ${'conflicts'.padStart(9)}`);
    for (const t of [...times].sort((a, b) => b.coldMs - a.coldMs)) {
      console.log(`  ${t.type.padEnd(22)} ${t.detectMs.toFixed(2).padStart(7)} ms ${t.coldMs.toFixed(2).padStart(7)} ms ${String(t.conflicts).padStart(9)}`);
    }
    console.log(`  ${'sum'.padEnd(22)} ${sum((t) => t.detectMs).padStart(7)} ms ${sum((t) => t.coldMs).padStart(7)} ms`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2));
