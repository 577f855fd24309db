import type { StoryIndex } from './story-index';

/** How messages name an event: "Mara drowns (scene, t=9)". */
export function eventLabel(ix: StoryIndex, i: number): string {
  const e = ix.events[i]!;
  return `${e.title} (${e.scale}, t=${e.time})`;
}
