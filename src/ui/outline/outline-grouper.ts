import type { Story, StoryEvent } from '../../core/model/story';
import { listChanges } from '../common/list-changes';
import { anyFilter, passingEventIds, type OutlineFilters, type OutlineGroup } from './filter-events';

/** Per scale, the file indices of its events in timeline order (time, then file order). */
type Order = ReadonlyMap<string, number[]>;

const NO_INDICES: readonly number[] = [];

/** Beyond this many events added or removed at once (a replaced one counts twice), the outline is grouped from scratch. */
const MAX_CHANGES = 128;

const before = (events: readonly StoryEvent[], a: number, b: number): boolean => events[a]!.time < events[b]!.time || (events[a]!.time === events[b]!.time && a < b);

/** Where file index `i` goes in `list` (timeline order of `events`). */
function insertionPoint(list: readonly number[], events: readonly StoryEvent[], i: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(events, list[mid]!, i)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `filterOutline` that remembers the timeline order of each scale between calls. An edit
 * replaces, adds or removes a few events (a time, an intensity, a new event, an undo):
 * those are put in place by binary search instead of sorting every scale again, which was
 * most of the outline's work per edit at 20,000 events (84 ms for an added event).
 * Anything else (many events at once, reordered, other scales) is grouped from scratch.
 */
export function outlineGrouper(): (story: Pick<Story, 'events' | 'scales'>, f: OutlineFilters, conflicted: ReadonlySet<string>) => OutlineGroup[] {
  let events: readonly StoryEvent[] | null = null;
  let scales: Story['scales'] | null = null;
  let order: Order = new Map();

  const fromScratch = (story: Pick<Story, 'events' | 'scales'>): Order => {
    const byScale = new Map<string, number[]>(story.scales.map((s) => [s.id, []]));
    story.events.forEach((e, i) => byScale.get(e.scale)?.push(i));
    for (const list of byScale.values()) list.sort((a, b) => (before(story.events, a, b) ? -1 : 1));
    return byScale;
  };

  /**
   * The order updated for a few replaced, added or removed events (at most MAX_CHANGES), or
   * null when the change is not of that kind. Events that stay keep their relative order, so
   * each scale's list is renumbered in one pass and only the changed ones are placed again.
   */
  const patched = (next: readonly StoryEvent[]): Order | null => {
    if (events === null) return null;
    const changes = listChanges(events, next, MAX_CHANGES);
    if (changes === null) return null;
    if (changes.added.length === 0 && changes.removed === 0) return order;
    const result = new Map<string, number[]>();
    for (const [scale, list] of order) {
      const renumbered: number[] = [];
      let same = true;
      for (const old of list) {
        const now = changes.moved[old]!;
        if (now >= 0) renumbered.push(now);
        if (now !== old) same = false;
      }
      // A scale none of whose events moved, went or were replaced keeps its list (and its events, see `eventsOf`).
      result.set(scale, same ? list : renumbered);
    }
    for (const k of changes.added) {
      const scale = next[k]!.scale;
      let to = result.get(scale);
      if (!to) continue;
      if (to === order.get(scale)) result.set(scale, (to = to.slice()));
      to.splice(insertionPoint(to, next, k), 0, k);
    }
    return result;
  };

  /**
   * A scale's events in timeline order, by its list of file indices. A list is kept from one
   * call to the next only while the events at its indices are the same objects (patched makes a
   * new one for any change in its scale), so its events are too: an edit maps the edited
   * event's scale again, not all 20,000 events.
   */
  let shown = new WeakMap<readonly number[], StoryEvent[]>();
  const eventsOf = (list: readonly number[], all: readonly StoryEvent[]): StoryEvent[] => {
    let out = shown.get(list);
    if (!out) shown.set(list, (out = list.map((i) => all[i]!)));
    return out;
  };

  return (story, f, conflicted) => {
    if (story.scales !== scales) {
      events = null;
      shown = new WeakMap();
    }
    order = (story.events === events ? order : patched(story.events)) ?? fromScratch(story);
    events = story.events;
    scales = story.scales;
    // The filters pick from each scale's ordered events.
    const filtered = anyFilter(f);
    const passing: ReadonlySet<string> = filtered ? passingEventIds(story, f, conflicted) : new Set<string>();
    return story.scales.map((s) => {
      const all = eventsOf(order.get(s.id) ?? NO_INDICES, story.events);
      return { scale: s.id, label: s.label ?? s.id, events: filtered ? all.filter((e) => passing.has(e.id)) : all, total: all.length };
    });
  };
}
