import { setOwn } from '../model/own-entries';
import type { Effect, Scale, Story, StoryEvent, StoryLink, TherapySettings, Thresholds } from '../model/story';

/**
 * Writes a story in the file format of story-format.md: keys in the spec's order, every
 * event and link field written out (defaults included, so a file shows what it can hold),
 * optional sections only when the story has them, `extra` verbatim.
 */

type Json = Record<string, unknown>;

const THRESHOLD_KEYS: readonly (keyof Thresholds)[] = ['traitSwing', 'themeJump', 'gapFactor'];
const THERAPY_KEYS: readonly (keyof TherapySettings)[] = [
  'maxIntensity',
  'peakIntensity',
  'recoveryWithin',
  'recoveryIntensity',
  'maxIntensityStep',
  'avoid',
  'goals',
];

/** Copies the defined keys of `source` listed in `keys`, in that order. */
function pick<T extends object>(source: T, keys: readonly (keyof T & string)[]): Json {
  const out: Json = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out;
}

function scaleJson(s: Scale): Json {
  return pick(s, ['id', 'label', 'window']);
}

function effectJson(effect: Effect): Json {
  return pick(effect, ['alive', 'traits', 'relationships']);
}

function eventJson(e: StoryEvent): Json {
  const effects: Json = {};
  for (const c in e.effects) setOwn<unknown>(effects, c, effectJson(e.effects[c]!));
  const out: Json = { id: e.id, title: e.title, scale: e.scale, time: e.time, duration: e.duration, participants: e.participants };
  if (e.location !== undefined) out['location'] = e.location;
  out['themes'] = e.themes;
  out['intensity'] = e.intensity;
  out['tags'] = e.tags;
  out['effects'] = effects;
  if (e.notes !== undefined) out['notes'] = e.notes;
  return out;
}

function linkJson(l: StoryLink): Json {
  return { id: l.id, from: l.from, to: l.to, strength: l.strength, kind: l.kind };
}

/** The story as a plain JSON value in the file format (keys in the spec's order). */
export function storyToJson(story: Story): Json {
  const out: Json = {
    format: story.format,
    version: story.version,
    title: story.title,
    scales: story.scales.map(scaleJson),
    timeUnit: story.timeUnit,
  };
  if (story.characters !== undefined) out['characters'] = story.characters.map((c) => pick(c, ['id', 'name']));
  if (story.themes !== undefined) out['themes'] = pick(story.themes, ['opposites', 'growth']);
  if (story.thresholds !== undefined) out['thresholds'] = pick(story.thresholds, THRESHOLD_KEYS);
  if (story.therapy !== undefined) out['therapy'] = pick(story.therapy, THERAPY_KEYS);
  out['events'] = story.events.map(eventJson);
  out['links'] = story.links.map(linkJson);
  if (story.dismissed !== undefined && story.dismissed.length > 0) out['dismissed'] = story.dismissed.map((d) => pick(d, ['id', 'note', 'by', 'at']));
  if (story.notes !== undefined && story.notes.length > 0) {
    out['notes'] = story.notes.map((n) => pick(n, ['id', 'text', 'author', 'at', 'event', 'conflict', 'resolved']));
  }
  // An empty `extra` is the same as none (the loader drops it), so it is not written.
  if (story.extra !== undefined && Object.keys(story.extra).length > 0) out['extra'] = story.extra;
  return out;
}

/** The story as file text: pretty JSON with 2-space indentation and a final newline. */
export function exportStory(story: Story): string {
  return `${JSON.stringify(storyToJson(story), null, 2)}\n`;
}
