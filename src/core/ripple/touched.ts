import type { StoryIndex } from '../analysis/story-index';

/** What a set of events touches: each list sorted and without repeats. */
export interface Touched {
  /** Participants and effect targets. */
  readonly characters: readonly string[];
  readonly locations: readonly string[];
  /** Themes the events carry (intensity > 0). */
  readonly themes: readonly string[];
}

/** The characters, locations and themes of the given events (indices into the story). */
export function touchedBy(ix: StoryIndex, events: Iterable<number>): Touched {
  const characters = new Set<string>();
  const locations = new Set<string>();
  const themes = new Set<string>();
  for (const i of events) {
    const e = ix.events[i]!;
    for (const c of e.participants) characters.add(c);
    // for-in rather than Object.keys/entries: no array per event on ripples of many thousands.
    for (const c in e.effects) characters.add(c);
    if (e.location !== undefined) locations.add(e.location);
    for (const theme in e.themes) if (e.themes[theme]! > 0) themes.add(theme);
  }
  // Code-unit order, not locale order: the result must not depend on where it runs.
  const sorted = (s: Set<string>): string[] => [...s].sort();
  return { characters: sorted(characters), locations: sorted(locations), themes: sorted(themes) };
}
