import { detectConflicts } from '../analysis/analyze';
import type { ConflictType } from '../analysis/conflict';
import { buildStoryIndex } from '../analysis/story-index';
import { newEvent, newLink } from '../edits/ops';
import { DEFAULT_SCALES } from '../model/defaults';
import type {
  Scale,
  Story,
  StoryEvent,
  StoryLink,
  TherapySettings,
  ThemeSettingsSpec,
  Thresholds,
} from '../model/story';

/** An event as a test writes it: only `id` is required, the rest falls back to the format's defaults. */
export type EventSketch = Partial<StoryEvent> & { readonly id: string };

/** A link as a test writes it: only the endpoints are required. */
export type LinkSketch = Partial<StoryLink> & { readonly from: string; readonly to: string };

export interface StorySketch {
  readonly title?: string;
  readonly events: readonly EventSketch[];
  readonly links?: readonly LinkSketch[];
  readonly scales?: readonly Scale[];
  readonly thresholds?: Partial<Thresholds>;
  readonly therapy?: Partial<TherapySettings>;
  readonly themes?: ThemeSettingsSpec;
}

/** Builds a complete Story from a sketch: title = id, scale 'scene', time 0, link id `from->to`, other defaults as in the format. */
export function storyOf(sketch: StorySketch): Story {
  // The op builders fill the format's defaults; a sketch adds title = id, scale 'scene', time 0.
  const events: StoryEvent[] = sketch.events.map((e) => newEvent({ title: e.id, scale: 'scene', time: 0, ...e }));
  const links: StoryLink[] = (sketch.links ?? []).map((l) => newLink(l));
  return {
    format: 'nao-story',
    version: 1,
    title: sketch.title ?? 'Test story',
    scales: sketch.scales ?? DEFAULT_SCALES,
    timeUnit: 'hour',
    ...(sketch.thresholds ? { thresholds: sketch.thresholds } : {}),
    ...(sketch.therapy ? { therapy: sketch.therapy } : {}),
    ...(sketch.themes ? { themes: sketch.themes } : {}),
    events,
    links,
  };
}

/** A conflict reduced to what tests compare: its type and its event ids, sorted. */
export interface ConflictKey {
  readonly type: ConflictType;
  readonly events: readonly string[];
}

/** Runs every rule on a story and returns its conflicts as {type, sorted events}, optionally of one type, in a stable order. */
export function conflictsOf(story: Story, type?: ConflictType): ConflictKey[] {
  return detectConflicts(buildStoryIndex(story))
    .filter((c) => type === undefined || c.type === type)
    .map((c): ConflictKey => ({ type: c.type, events: [...c.events].sort() }))
    .sort((a, b) => (a.type + '|' + a.events.join(',')).localeCompare(b.type + '|' + b.events.join(',')));
}
