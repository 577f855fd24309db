import type { Story } from './story';

/**
 * Whether the story carries a therapy profile (a `therapy` block with at least one
 * setting). Without one the therapeutic rules still run on the defaults, but a host
 * can say the story's therapeutic alignment was "not assessed" against its own goals.
 */
export function hasTherapyProfile(story: Story): boolean {
  return story.therapy !== undefined && Object.keys(story.therapy).length > 0;
}
