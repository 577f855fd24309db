import { buildStoryIndex, type StoryIndex } from '../analysis/story-index';
import { DEFAULT_SCALES } from '../model/defaults';
import type { Scale, StoryEvent, StoryLink } from '../model/story';

/** An event as a ripple test writes it: only `id` is required. */
export type RippleEventSketch = Partial<StoryEvent> & { readonly id: string };

/** A link as a ripple test writes it: [from, to, strength]. */
export type RippleLinkSketch = readonly [from: string, to: string, strength: number];

/**
 * Indexes a small story for ripple tests (scene scale, time 0 and empty fields by default).
 * Kept apart from testing/story-builder so that ripple tests do not load the rule modules.
 */
export function rippleStory(
  events: readonly RippleEventSketch[],
  links: readonly RippleLinkSketch[],
  scales: readonly Scale[] = DEFAULT_SCALES,
): StoryIndex {
  return buildStoryIndex({
    format: 'nao-story',
    version: 1,
    title: 'Ripple test',
    scales,
    timeUnit: 'hour',
    events: events.map(
      (e): StoryEvent => ({
        title: e.id,
        scale: scales[0]!.id,
        time: 0,
        duration: 0,
        participants: [],
        themes: {},
        intensity: 0,
        tags: [],
        effects: {},
        ...e,
      }),
    ),
    links: links.map(
      ([from, to, strength], k): StoryLink => ({ id: `l${k}:${from}->${to}`, from, to, strength, kind: 'causes' }),
    ),
  });
}
