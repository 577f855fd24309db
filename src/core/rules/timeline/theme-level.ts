import type { StoryEvent } from '../../model/story';

/**
 * How strongly an event carries theme `x`: its themes[x], 0 when absent. It carries x when this is > 0.
 * An own-key lookup, so that a theme named like an Object.prototype member reads as absent.
 */
export function themeLevel(e: StoryEvent, x: string): number {
  return Object.hasOwn(e.themes, x) ? e.themes[x]! : 0;
}
