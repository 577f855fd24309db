import type { LoadResult } from '../core/story/load-story';
import type { StoryIssue } from '../core/story/story-issue';
import { readStoryFile as readAnyStory, storyFileKind, type FileIssue } from '../core/twine/story-file';
import { messageOf, type CliIo } from './io';

/**
 * Reads a story file of any kind the core knows (story JSON, Twee 3, Twine 2 HTML) for the
 * commands; a Twine library archive needs `story` (1-based) when it holds several stories.
 */

const asIssue = (i: FileIssue): StoryIssue => ({ path: i.where, message: i.message });

/** True for files that are read through the Twine converter rather than as JSON. */
export function isTwineFile(file: string): boolean {
  return storyFileKind(file) !== 'json';
}

export function readAnyStoryFile(file: string, io: CliIo, story?: number): LoadResult {
  let text: string;
  try {
    text = io.readFile(file);
  } catch (thrown) {
    return { ok: false, errors: [{ path: '', message: `cannot read the file: ${messageOf(thrown)}` }] };
  }
  const r = readAnyStory(file, text, story === undefined ? {} : { choose: story - 1 });
  if (r.status === 'ok') return { ok: true, story: r.story, warnings: r.warnings.map(asIssue) };
  if (r.status === 'error') return { ok: false, errors: r.errors.map(asIssue) };
  const list = r.choices.map((c) => `${c.index + 1}. "${c.name}" (${c.passages} passages)`).join(', ');
  return {
    ok: false,
    errors: [{ path: '', message: `the file is a Twine library with ${r.choices.length} stories: ${list}; pick one with --story N` }],
  };
}
