import { shorten } from './shorten';
import type { StoryIndex } from './story-index';

/** How messages name an event: "Mara drowns (scene, t=9)"; a very long title is shortened. */
export function eventLabel(ix: StoryIndex, i: number): string {
  const e = ix.events[i]!;
  return `${shorten(e.title)} (${shorten(e.scale)}, t=${e.time})`;
}
