import type { Story } from '../core/model/story';

/**
 * What the studio holds. Beyond these the graph, the analysis worker and the
 * saved copy in IndexedDB get too slow or too big for a browser tab (the studio
 * is tuned and measured at 5,000 events, and a 20,000-event story already takes
 * about 35 ms just to copy to the worker on every open). Larger stories belong to
 * the `nao` command-line tool, which has no such limits.
 */
export const STORY_LIMITS = {
  /** Checked on the file's size, before its text is read. */
  fileBytes: 20 * 1024 * 1024,
  events: 10_000,
  links: 20_000,
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

/** Why a parsed story is too big to open, or undefined when it is within the limits. */
export function storySizeProblem(story: Pick<Story, 'events' | 'links'>): string | undefined {
  const n = new Intl.NumberFormat('en-US');
  if (story.events.length > STORY_LIMITS.events) {
    return `The story has ${n.format(story.events.length)} events; Arc Studio holds at most ${n.format(STORY_LIMITS.events)} events. ${NAO_HINT}`;
  }
  if (story.links.length > STORY_LIMITS.links) {
    return `The story has ${n.format(story.links.length)} links; Arc Studio holds at most ${n.format(STORY_LIMITS.links)} links. ${NAO_HINT}`;
  }
  return undefined;
}
