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
  /** Checked on the file's size, before its text is read. */
  fileBytes: 64 * 1024 * 1024,
  events: 25_000,
  links: 80_000,
} as const;

const NAO_HINT = 'Check or fix larger stories with the nao command-line tool (npm run nao -- check story.json).';

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Why a file of this size is refused before reading it, or undefined when it is within the limit. */
export function fileSizeProblem(fileName: string, bytes: number): string | undefined {
  if (bytes <= STORY_LIMITS.fileBytes) return undefined;
  return `${fileName} is ${megabytes(bytes)}; Arc Studio opens story files of at most ${megabytes(STORY_LIMITS.fileBytes)}. ${NAO_HINT}`;
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

/** Why a parsed story is too big to open, or undefined when it is within the limits. */
export function storySizeProblem(story: Pick<Story, 'events' | 'links'>): string | undefined {
  return storyCountProblem(story.events.length, story.links.length);
}
