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

const NAO_HINT = 'Check or fix larger stories with the nao command-line tool (npm run nao -- check story.json).';

/** A file size in MB of 10^6 bytes (as the README and most file managers count), to a tenth. */
export function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** Why a file of this size is refused before reading it, or undefined when it is within the limit. */
export function fileSizeProblem(fileName: string, bytes: number): string | undefined {
  if (bytes <= STORY_LIMITS.fileBytes) return undefined;
  // A file just over the limit would read as 64.0 MB: then its bytes.
  const size = bytes < STORY_LIMITS.fileBytes + 50_000 ? `${new Intl.NumberFormat('en-US').format(bytes)} bytes` : megabytes(bytes);
  return `${fileName} is ${size}; Arc Studio opens story files of at most ${STORY_LIMITS.fileBytes / 1_000_000} MB. ${NAO_HINT}`;
}

/** Why a story of these many events and links is too big to open, or undefined when it is within the limits. */
export function storyCountProblem(events: number, links: number): string | undefined {
  const n = new Intl.NumberFormat('en-US');
  if (events > STORY_LIMITS.events) {
    return `The story has ${n.format(events)} events; Arc Studio holds at most ${n.format(STORY_LIMITS.events)} events. ${NAO_HINT}`;
  }
  if (links > STORY_LIMITS.links) {
    return `The story has ${n.format(links)} links; Arc Studio holds at most ${n.format(STORY_LIMITS.links)} links. ${NAO_HINT}`;
  }
  return undefined;
}

/**
 * What to tell about a story already in the library that edits took past the limits (Accept
 * all safe fixes can add thousands of events), or undefined when it is within them. Such a
 * story is opened all the same: it is the user's own work, and refusing it would leave no way
 * to it, not even to export it.
 */
export function storyBeyondLimits(title: string, story: Pick<Story, 'events' | 'links'>): string | undefined {
  const n = new Intl.NumberFormat('en-US');
  const [count, limit, what] =
    story.events.length > STORY_LIMITS.events
      ? [story.events.length, STORY_LIMITS.events, 'events']
      : story.links.length > STORY_LIMITS.links
        ? [story.links.length, STORY_LIMITS.links, 'links']
        : [0, 0, ''];
  if (what === '') return undefined;
  return `"${title}" has ${n.format(count)} ${what}, more than the ${n.format(limit)} Arc Studio is made for, so the studio may be slow with it. ${NAO_HINT.replace('Check', 'You can check')}`;
}

/** Why a parsed story is too big to open, or undefined when it is within the limits. */
export function storySizeProblem(story: Pick<Story, 'events' | 'links'>): string | undefined {
  return storyCountProblem(story.events.length, story.links.length);
}
