/**
 * Writes the bundled samples to public/samples/ (deterministic: same output on every run)
 * and the index the `Samples` menu lists. Run: npx tsx bench/samples/build-samples.ts
 * The lighthouse story is hand-written and only listed here.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateStory } from '../generate-story';
import { detectConflicts } from '../../src/core/analysis/analyze';
import { buildStoryIndex } from '../../src/core/analysis/story-index';
import { exportStory } from '../../src/core/story/export-story';
import { loadStory, parseStory } from '../../src/core/story/load-story';
import { adventureStory } from './adventure-sample';
import { THERAPY_STORY, therapyNotes } from './therapy-sample';

const OUT = join(process.cwd(), 'public', 'samples');
const LARGE_EVENTS = 2400;
const LARGE_SEED = 20261130;

function loaded(raw: unknown, name: string) {
  const result = loadStory(raw);
  if (!result.ok) throw new Error(`${name}: ${result.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return result.story;
}

function summary(name: string, text: string): void {
  const result = parseStory(text);
  if (!result.ok) throw new Error(`${name} does not load back`);
  const conflicts = detectConflicts(buildStoryIndex(result.story));
  const types = new Map<string, number>();
  for (const c of conflicts) types.set(c.type, (types.get(c.type) ?? 0) + 1);
  console.log(`${name}: ${result.story.events.length} events, ${result.story.links.length} links, ${conflicts.length} conflicts`, Object.fromEntries(types));
}

function write(file: string, text: string): void {
  writeFileSync(join(OUT, file), text);
  summary(file, text);
}

// Therapy: the review note on the over-limit conflict needs that conflict's id.
const therapyDraft = loaded(THERAPY_STORY, 'therapy');
const overLimit = detectConflicts(buildStoryIndex(therapyDraft)).find((c) => c.type === 'intensity-over-limit' && c.events.includes('panic'));
if (!overLimit) throw new Error('therapy sample: expected the panic scene over the limit');
write('breathing-room.json', exportStory(loaded({ ...THERAPY_STORY, notes: therapyNotes(overLimit.id) }, 'therapy')));
write('salt-road.json', exportStory(loaded(adventureStory(), 'adventure')));
const large = generateStory({ events: LARGE_EVENTS, seed: LARGE_SEED });
write('five-harbours.json', exportStory({ ...large, title: `Chronicle of the Five Harbours (${LARGE_EVENTS.toLocaleString('en')} events)` }));
summary('lighthouse.json', readFileSync(join(OUT, 'lighthouse.json'), 'utf8'));

const index = [
  {
    id: 'lighthouse',
    title: 'The Keeper of Gull Rock',
    file: 'lighthouse.json',
    description: 'A lighthouse keeper and a storm: the classic first demo, with conflicts on every scale.',
  },
  {
    id: 'breathing-room',
    title: 'Breathing Room: a week with anxiety',
    file: 'breathing-room.json',
    description: 'A short therapeutic story with a full therapy profile and review notes from the therapist.',
  },
  {
    id: 'salt-road',
    title: 'The Salt Road: a branching adventure',
    file: 'salt-road.json',
    description: 'Three routes, two choices at every step: made for Play.',
  },
  {
    id: 'five-harbours',
    title: `Chronicle of the Five Harbours (${LARGE_EVENTS.toLocaleString('en')} events)`,
    file: 'five-harbours.json',
    description: 'A large generated chronicle to show how the studio scales.',
  },
];
writeFileSync(join(OUT, 'index.json'), JSON.stringify(index, null, 2) + '\n');
