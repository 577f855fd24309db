import type { Story, StoryEvent } from '../../core/model/story';

/** The outline's filters, as held in the view state. */
export interface OutlineFilters {
  readonly text: string;
  readonly character: string;
  readonly theme: string;
  readonly conflictsOnly: boolean;
}

export interface OutlineGroup {
  readonly scale: string;
  readonly label: string;
  readonly events: readonly StoryEvent[];
  /** Events of this scale before filtering, so the header can say "3 of 12". */
  readonly total: number;
}

function matches(e: StoryEvent, f: OutlineFilters, needle: string, conflicted: ReadonlySet<string>): boolean {
  if (f.conflictsOnly && !conflicted.has(e.id)) return false;
  if (f.character && !e.participants.includes(f.character)) return false;
  if (f.theme && !((e.themes[f.theme] ?? 0) > 0)) return false;
  if (!needle) return true;
  return (
    e.title.toLowerCase().includes(needle) ||
    e.id.toLowerCase().includes(needle) ||
    (e.location?.toLowerCase().includes(needle) ?? false) ||
    e.tags.some((t) => t.toLowerCase().includes(needle))
  );
}

/** The last answer of passingEventIds: the outline and the canvas both ask, for the same key typed. */
let lastPassing: { readonly events: readonly StoryEvent[]; readonly f: OutlineFilters; readonly conflicted: ReadonlySet<string> | null; readonly ids: ReadonlySet<string> } | null = null;

/** Ids of the events the filters let through, in no particular order (for those who only ask whether an event passes). */
export function passingEventIds(story: Pick<Story, 'events'>, f: OutlineFilters, conflicted: ReadonlySet<string>): ReadonlySet<string> {
  // The conflicted set matters only to "has conflicts".
  const asked = f.conflictsOnly ? conflicted : null;
  const l = lastPassing;
  if (l && l.events === story.events && l.conflicted === asked && l.f.text === f.text && l.f.character === f.character && l.f.theme === f.theme && l.f.conflictsOnly === f.conflictsOnly) {
    return l.ids;
  }
  const needle = f.text.trim().toLowerCase();
  const ids = new Set<string>();
  for (const e of story.events) if (matches(e, f, needle, conflicted)) ids.add(e.id);
  lastPassing = { events: story.events, f, conflicted: asked, ids };
  return ids;
}

/** Groups the events by scale (story's scale order), each group in timeline order, keeping only those the filters let through. */
export function filterOutline(story: Pick<Story, 'events' | 'scales'>, f: OutlineFilters, conflicted: ReadonlySet<string>): OutlineGroup[] {
  const needle = f.text.trim().toLowerCase();
  const byScale = new Map<string, { events: StoryEvent[]; total: number; order: number[] }>();
  for (const s of story.scales) byScale.set(s.id, { events: [], total: 0, order: [] });
  story.events.forEach((e, i) => {
    const g = byScale.get(e.scale);
    if (!g) return;
    g.total++;
    if (matches(e, f, needle, conflicted)) {
      g.events.push(e);
      g.order.push(i);
    }
  });
  return story.scales.map((s) => {
    const g = byScale.get(s.id)!;
    // Timeline order: time ascending, ties in file order (the spec's order).
    const idx = g.events.map((_, k) => k).sort((a, b) => g.events[a]!.time - g.events[b]!.time || g.order[a]! - g.order[b]!);
    return { scale: s.id, label: s.label ?? s.id, events: idx.map((k) => g.events[k]!), total: g.total };
  });
}

/** Every character named in the story (declared or used), sorted, for the character filter. */
export function storyCharacters(story: Pick<Story, 'events' | 'characters'>): string[] {
  const set = new Set<string>();
  for (const c of story.characters ?? []) set.add(c.id);
  for (const e of story.events) for (const p of e.participants) set.add(p);
  return [...set].sort((a, b) => a.localeCompare(b));
}

/** Every theme carried by some event, sorted, for the theme filter. */
export function storyThemes(story: Pick<Story, 'events'>): string[] {
  const set = new Set<string>();
  for (const e of story.events) for (const [t, v] of Object.entries(e.themes)) if (v > 0) set.add(t);
  return [...set].sort((a, b) => a.localeCompare(b));
}

/** Character id to the name a person reads (the declared name, else the id). */
export function characterNames(declared: Story['characters']): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  for (const c of declared ?? []) if (c.name?.trim()) names.set(c.id, c.name.trim());
  return names;
}

/** Whether any outline filter is set (so "Clear filters" has something to do). */
export function anyFilter(f: OutlineFilters): boolean {
  return f.text.trim() !== '' || f.character !== '' || f.theme !== '' || f.conflictsOnly;
}

/** The filters with nothing set. */
export const NO_FILTERS: OutlineFilters = { text: '', character: '', theme: '', conflictsOnly: false };
