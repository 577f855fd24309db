/** fast-check arbitraries for property tests of the core: valid stories and valid edits. */
export { arbStory, type ArbStoryOptions } from './arb-story';
export { arbEditOp } from './arb-edit-op';
export { CAST, LOCATIONS, TAGS, THEMES, TRAITS } from './arb-values';
