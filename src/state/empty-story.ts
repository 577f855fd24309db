import { DEFAULT_SCALES, DEFAULT_TIME_UNIT } from '../core/model/defaults';
import type { Story } from '../core/model/story';

/** A new, empty story with the default scales. */
export function emptyStory(title = 'Untitled story'): Story {
  return { format: 'nao-story', version: 1, title, scales: DEFAULT_SCALES, timeUnit: DEFAULT_TIME_UNIT, events: [], links: [] };
}
