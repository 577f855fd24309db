import type { StoryIndex } from '../../analysis/story-index';
import { shorten } from '../../analysis/shorten';
import type { Story } from '../../model/story';

const namesByStory = new WeakMap<Story, ReadonlyMap<string, string>>();

/** A character's display name: its declared name, else its id. */
export function characterName(ix: StoryIndex, id: string): string {
  let names = namesByStory.get(ix.story);
  if (names === undefined) {
    // Built once per story: describe() runs once per conflict and stories may declare many characters.
    const map = new Map<string, string>();
    for (const c of ix.story.characters ?? []) if (c.name !== undefined && c.name !== '') map.set(c.id, c.name);
    names = map;
    namesByStory.set(ix.story, names);
  }
  return shorten(names.get(id) ?? id);
}

/** Joins words as a sentence would: "A", "A and B", "A, B and C". */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]!}`;
}

/** The distinct characters of some subjects, in first-seen order. */
export function distinctCharacters(subjects: readonly { readonly character: string }[]): string[] {
  return [...new Set(subjects.map((s) => s.character))];
}

/** "Mara", "Mara and Tom": display names of characters; "A character" when none is known. */
export function characterList(ix: StoryIndex, ids: readonly string[]): string {
  if (ids.length === 0) return 'A character';
  return listWords(ids.map((id) => characterName(ix, id)));
}
