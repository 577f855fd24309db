import type { StoryEvent } from '../../core/model/story';

/** A suggestion of an event picker: the text it puts in the field, and a hint shown beside it. */
export interface EventSuggestion {
  readonly key: string;
  readonly value: string;
  readonly hint: string;
}

/** What a typed text names: one event, several (a title shared), or none. */
export type EventChoice =
  | { readonly kind: 'one'; readonly event: StoryEvent }
  | { readonly kind: 'several'; readonly title: string; readonly count: number }
  | { readonly kind: 'none' };

/**
 * The text that names an event unambiguously: its title, or for a title several events share,
 * the title with its time (and its id should the time be shared too). Two "New event"s were
 * otherwise the same suggestion, and only the first could be picked.
 */
function choiceTexts(events: readonly StoryEvent[]): Map<StoryEvent, string> {
  const byTitle = new Map<string, StoryEvent[]>();
  for (const e of events) {
    const title = e.title || e.id;
    const same = byTitle.get(title);
    if (same) same.push(e);
    else byTitle.set(title, [e]);
  }
  const texts = new Map<StoryEvent, string>();
  for (const [title, same] of byTitle) {
    if (same.length === 1) {
      texts.set(same[0]!, title);
      continue;
    }
    const times = new Map<number, number>();
    for (const e of same) times.set(e.time, (times.get(e.time) ?? 0) + 1);
    for (const e of same) texts.set(e, times.get(e.time) === 1 ? `${title} (t=${e.time})` : `${title} (${e.id})`);
  }
  return texts;
}

/** Suggestions for a picker over `events`, in their order. */
export function eventSuggestions(events: readonly StoryEvent[]): EventSuggestion[] {
  const texts = choiceTexts(events);
  return events.map((e) => ({ key: e.id, value: texts.get(e)!, hint: `t=${e.time}, ${e.scale}` }));
}

/** The event a typed text names: a suggestion's text, an exact title, an id, or a title in other case. */
export function resolveEvent(events: readonly StoryEvent[], text: string): EventChoice {
  const t = text.trim();
  if (!t) return { kind: 'none' };
  const titled = events.filter((e) => e.title === t);
  if (titled.length === 1) return { kind: 'one', event: titled[0]! };
  if (titled.length > 1) return { kind: 'several', title: t, count: titled.length };
  const byId = events.find((e) => e.id === t);
  if (byId) return { kind: 'one', event: byId };
  for (const [e, choice] of choiceTexts(events)) if (choice === t) return { kind: 'one', event: e };
  const lower = t.toLowerCase();
  const folded = events.filter((e) => e.title.toLowerCase() === lower);
  if (folded.length === 1) return { kind: 'one', event: folded[0]! };
  if (folded.length > 1) return { kind: 'several', title: t, count: folded.length };
  return { kind: 'none' };
}

/** Why a text picks no event, for the field's error (null when it picks one). */
export function choiceError(choice: EventChoice, text: string, other = false): string | null {
  if (choice.kind === 'one') return null;
  if (choice.kind === 'several') return `${choice.count} events are called “${choice.title}”: pick one from the suggestions (they show each one's time).`;
  return `No ${other ? 'other ' : ''}event is called “${text.trim()}”.`;
}
