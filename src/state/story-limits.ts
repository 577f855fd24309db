import type { Story } from '../core/model/story';

/**
 * What the studio holds. The studio is tuned and measured at 20,000 events (a dense
 * story of that size has about 60,000 links); the limits leave some room above that
 * and stop where the graph, the analysis worker and the saved copy in IndexedDB get
 * too slow or too big for a browser tab. The file limit is higher than any story within
 * the counts needs: a file up to it is read and parsed off the main thread (the
 * `parse-story` job) and then refused on its counts with a message naming them, rather
 * than on a size the user cannot relate to their story; only beyond it is a file refused
 * unread, since reading it alone could take the tab down. Larger stories belong to the
 * `nao` command-line tool, which has no such limits.
 */
export const STORY_LIMITS = {
  /** Checked on the file's size, before its text is read: 64 MB as file managers count them (10^6 bytes each). */
  fileBytes: 64_000_000,
  events: 25_000,
  links: 80_000,
} as const;

const NAO_TOOL = 'the nao command-line tool (npm run nao -- check story.json)';
const NAO_HINT = `Check or fix larger stories with ${NAO_TOOL}.`;
const counted = new Intl.NumberFormat('en-US');

/** A file size in MB of 10^6 bytes (as the README and most file managers count), to a tenth. */
export function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** Why a file of this size is refused before reading it, or undefined when it is within the limit. */
export function fileSizeProblem(fileName: string, bytes: number): string | undefined {
  if (bytes <= STORY_LIMITS.fileBytes) return undefined;
  // A file just over the limit would read as 64.0 MB: then its bytes.
  const size = bytes < STORY_LIMITS.fileBytes + 50_000 ? `${counted.format(bytes)} bytes` : megabytes(bytes);
  return `${fileName} is ${size}; Arc Studio opens story files of at most ${STORY_LIMITS.fileBytes / 1_000_000} MB. ${NAO_HINT}`;
}

/** The first count over its limit (events before links), or undefined when both are within them. */
function overLimit(events: number, links: number): { readonly count: number; readonly limit: number; readonly what: string } | undefined {
  if (events > STORY_LIMITS.events) return { count: events, limit: STORY_LIMITS.events, what: 'events' };
  if (links > STORY_LIMITS.links) return { count: links, limit: STORY_LIMITS.links, what: 'links' };
  return undefined;
}

/** Why a story of these many events and links is too big to open, or undefined when it is within the limits. */
export function storyCountProblem(events: number, links: number): string | undefined {
  const over = overLimit(events, links);
  if (!over) return undefined;
  return `The story has ${counted.format(over.count)} ${over.what}; Arc Studio holds at most ${counted.format(over.limit)} ${over.what}. ${NAO_HINT}`;
}

/**
 * What to tell about a story already in the library that edits took past the limits (Accept
 * all safe fixes can add thousands of events), or undefined when it is within them. Such a
 * story is opened all the same: it is the user's own work, and refusing it would leave no way
 * to it, not even to export it.
 */
export function storyBeyondLimits(title: string, story: Pick<Story, 'events' | 'links'>): string | undefined {
  const over = overLimit(story.events.length, story.links.length);
  if (!over) return undefined;
  return `"${title}" has ${counted.format(over.count)} ${over.what}, more than the ${counted.format(over.limit)} Arc Studio is made for, so the studio may be slow with it. You can check or fix it with ${NAO_TOOL}.`;
}

/** Why a parsed story is too big to open, or undefined when it is within the limits. */
export function storySizeProblem(story: Pick<Story, 'events' | 'links'>): string | undefined {
  return storyCountProblem(story.events.length, story.links.length);
}
