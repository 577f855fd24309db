import type { StoryIndex } from '../analysis/story-index';
import type { RelationshipValue } from '../model/story';

/** One value a character's trait or relationship takes at an event. */
export interface ArcPoint<T> {
  readonly eventId: string;
  readonly title: string;
  readonly time: number;
  readonly value: T;
}

export interface CharacterArc {
  readonly character: string;
  /** Per trait, the values events set, in timeline order. */
  readonly traits: readonly { readonly trait: string; readonly points: readonly ArcPoint<number>[] }[];
  /** Per other character, the relationship events set, in timeline order. */
  readonly relationships: readonly { readonly other: string; readonly points: readonly ArcPoint<RelationshipValue>[] }[];
  /** Events in which the character appears or is affected, in timeline order. */
  readonly events: readonly string[];
}

/** Every character named in the story (declared, participating or affected), sorted. */
export function storyCharacters(ix: StoryIndex): string[] {
  const ids = new Set((ix.story.characters ?? []).map((c) => c.id));
  for (const e of ix.events) {
    for (const p of e.participants) ids.add(p);
    for (const c of Object.keys(e.effects)) ids.add(c);
  }
  return [...ids].sort();
}

/** A character's traits and relationships as the events' effects set them over time. */
export function characterArc(ix: StoryIndex, character: string): CharacterArc {
  const traits = new Map<string, ArcPoint<number>[]>();
  const relationships = new Map<string, ArcPoint<RelationshipValue>[]>();
  const events: string[] = [];
  for (let r = 0; r < ix.n; r++) {
    const e = ix.events[ix.timeline[r]!]!;
    const effect = e.effects[character];
    if (effect || e.participants.includes(character)) events.push(e.id);
    if (!effect) continue;
    const at = { eventId: e.id, title: e.title, time: e.time };
    for (const [t, v] of Object.entries(effect.traits ?? {})) {
      const list = traits.get(t) ?? [];
      list.push({ ...at, value: v });
      traits.set(t, list);
    }
    for (const [o, v] of Object.entries(effect.relationships ?? {})) {
      const list = relationships.get(o) ?? [];
      list.push({ ...at, value: v });
      relationships.set(o, list);
    }
  }
  return {
    character,
    traits: [...traits].sort(([a], [b]) => a.localeCompare(b)).map(([trait, points]) => ({ trait, points })),
    relationships: [...relationships].sort(([a], [b]) => a.localeCompare(b)).map(([other, points]) => ({ other, points })),
    events,
  };
}
