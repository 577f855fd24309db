import type { EventAspect } from '../analysis/rule-scope';
import type { Story, StoryEvent } from '../model/story';

/**
 * What an edit changed, found by comparing the two stories object by object (applyEdit
 * shares every part it leaves alone): which events and links, and which parts of each event.
 * Positions are the same in both stories: events and links can change or be appended at
 * the end; anything else (removals, insertions, settings) is left to a full analysis.
 */
export interface StoryDiff {
  /** Indices of events present in both stories whose object changed, with what changed. */
  readonly changedEvents: readonly ChangedEvent[];
  /** Number of events appended after the old ones. */
  readonly addedEvents: number;
  /** Indices of links present in both stories whose ends changed. */
  readonly movedLinks: readonly number[];
  /** Number of links appended after the old ones. */
  readonly addedLinks: number;
  readonly dismissedChanged: boolean;
}

export interface ChangedEvent {
  readonly index: number;
  readonly aspects: ReadonlySet<EventAspect>;
}

export const ALL_ASPECTS: ReadonlySet<EventAspect> = new Set<EventAspect>([
  'time',
  'scale',
  'intensity',
  'tags',
  'themes',
  'participants',
  'effects',
  'location',
  'duration',
]);

/** The aspects in which two versions of an event differ (lists compared by identity: applyEdit copies what it changes). */
export function changedAspects(before: StoryEvent, after: StoryEvent): Set<EventAspect> {
  const aspects = new Set<EventAspect>();
  if (before.time !== after.time) aspects.add('time');
  if (before.scale !== after.scale) aspects.add('scale');
  if (before.intensity !== after.intensity) aspects.add('intensity');
  if (before.tags !== after.tags) aspects.add('tags');
  if (before.themes !== after.themes) aspects.add('themes');
  if (before.participants !== after.participants) aspects.add('participants');
  if (before.effects !== after.effects) aspects.add('effects');
  if (before.location !== after.location) aspects.add('location');
  if (before.duration !== after.duration) aspects.add('duration');
  return aspects;
}

/** Whether the two stories share every setting a rule, a message or a score reads. */
export function sameSettings(a: Story, b: Story): boolean {
  return (
    a.scales === b.scales &&
    a.timeUnit === b.timeUnit &&
    a.characters === b.characters &&
    a.themes === b.themes &&
    a.thresholds === b.thresholds &&
    a.therapy === b.therapy
  );
}

/**
 * Where an edit may have changed the story: positions of events and links (the others are
 * taken to be the same objects), so that a diff need not compare every event.
 */
export interface EditSpots {
  readonly events: readonly number[];
  readonly links: readonly number[];
  /** Links were removed or inserted before others (only when the caller follows that, see editSpots). */
  readonly linksReordered?: boolean;
}

/**
 * The difference between two versions of a story, or undefined when it is not one the
 * incremental analysis follows (then a full analysis is due), including when more than
 * `limit` events or links changed. With `spots`, only those positions (and appended ones)
 * are compared.
 */
export function diffStories(before: Story, after: Story, limit: number, spots?: EditSpots): StoryDiff | undefined {
  if (!sameSettings(before, after)) return undefined;
  const n = before.events.length;
  const m = before.links.length;
  if (after.events.length < n || after.links.length < m) return undefined;
  const addedEvents = after.events.length - n;
  const addedLinks = after.links.length - m;
  let budget = limit - addedEvents - addedLinks;
  if (budget < 0) return undefined;
  const changedEvents: ChangedEvent[] = [];
  if (before.events !== after.events) {
    const positions = spots ? [...new Set(spots.events)].filter((i) => i < n).sort((a, b) => a - b) : undefined;
    const count = positions ? positions.length : n;
    for (let k = 0; k < count; k++) {
      const i = positions ? positions[k]! : k;
      const e = before.events[i]!;
      const f = after.events[i]!;
      if (e === f) continue;
      if (e.id !== f.id || --budget < 0) return undefined;
      changedEvents.push({ index: i, aspects: changedAspects(e, f) });
    }
  }
  const movedLinks: number[] = [];
  if (before.links !== after.links) {
    const positions = spots ? [...new Set(spots.links)].filter((j) => j < m).sort((a, b) => a - b) : undefined;
    const count = positions ? positions.length : m;
    for (let k = 0; k < count; k++) {
      const j = positions ? positions[k]! : k;
      const l = before.links[j]!;
      const x = after.links[j]!;
      if (l === x) continue;
      if (l.id !== x.id) return undefined;
      if (l.from === x.from && l.to === x.to) continue;
      if (--budget < 0) return undefined;
      movedLinks.push(j);
    }
  }
  return { changedEvents, addedEvents, movedLinks, addedLinks, dismissedChanged: before.dismissed !== after.dismissed };
}
