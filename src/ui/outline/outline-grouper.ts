import type { Story, StoryEvent } from '../../core/model/story';
import { anyFilter, passingEventIds, type OutlineFilters, type OutlineGroup } from './filter-events';

/** Per scale, the file indices of its events in timeline order (time, then file order). */
type Order = ReadonlyMap<string, number[]>;

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
 * replaces a few events of an array of the same length (a time, an intensity): those are
 * taken out and put back by binary search instead of sorting every scale again, which was
 * most of the outline's work per edit at 20,000 events. Anything else (events added,
 * removed, reordered, other scales) is grouped from scratch.
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

  /** The order updated for the few replaced events, or null when the change is not of that kind. */
  const patched = (next: readonly StoryEvent[]): Order | null => {
    if (events === null || next.length !== events.length) return null;
    const changed: number[] = [];
    for (let i = 0; i < next.length; i++) {
      if (next[i] !== events[i]) {
        if (next[i]!.id !== events[i]!.id || changed.length >= 64) return null;
        changed.push(i);
      }
    }
    if (changed.length === 0) return order;
    const copy = new Map<string, number[]>();
    const listOf = (scale: string): number[] | undefined => {
      let list = copy.get(scale);
      if (!list) {
        const old = order.get(scale);
        if (!old) return undefined;
        list = old.slice();
        copy.set(scale, list);
      }
      return list;
    };
    for (const i of changed) {
      const from = listOf(events[i]!.scale);
      const at = from?.indexOf(i) ?? -1;
      if (from && at >= 0) from.splice(at, 1);
    }
    for (const i of changed) {
      const to = listOf(next[i]!.scale);
      if (to) to.splice(insertionPoint(to, next, i), 0, i);
    }
    const result = new Map(order);
    for (const [scale, list] of copy) result.set(scale, list);
    return result;
  };

  return (story, f, conflicted) => {
    if (story.scales !== scales) events = null;
    order = (story.events === events ? order : patched(story.events)) ?? fromScratch(story);
    events = story.events;
    scales = story.scales;
    // The filters pick from each scale's ordered events.
    const filtered = anyFilter(f);
    const passing: ReadonlySet<string> = filtered ? passingEventIds(story, f, conflicted) : new Set<string>();
    return story.scales.map((s) => {
      const list = order.get(s.id) ?? [];
      const all = list.map((i) => story.events[i]!);
      return { scale: s.id, label: s.label ?? s.id, events: filtered ? all.filter((e) => passing.has(e.id)) : all, total: all.length };
    });
  };
}
