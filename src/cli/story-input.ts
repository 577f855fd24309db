import { loadStory, parseStory, type LoadResult } from '../core/story/load-story';
import { formatIssue, type StoryIssue } from '../core/story/story-issue';
import { messageOf, type CliIo } from './io';

/** A file read and parsed as JSON, or why it could not be. */
export type JsonInput =
  | { readonly ok: true; readonly value: unknown; /** Length of the text parsed. */ readonly chars: number }
  | { readonly ok: false; readonly errors: readonly StoryIssue[] };

/**
 * Reads a file and parses it as JSON, without validating it as a story, so that
 * `check` can time validation and analysis apart from reading and parsing.
 */
export function readJsonFile(file: string, io: CliIo): JsonInput {
  let text: string;
  try {
    text = io.readFile(file);
  } catch (thrown) {
    return { ok: false, errors: [{ path: '', message: `cannot read the file: ${messageOf(thrown)}` }] };
  }
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  io.beforeParse?.(source.length);
  try {
    return { ok: true, value: JSON.parse(source), chars: source.length };
  } catch {
    // The loader locates syntax errors (line, column); ask it for the message on this rare path only.
    const parsed = parseStory(text);
    return { ok: false, errors: parsed.ok ? [{ path: '', message: 'not valid JSON' }] : parsed.errors };
  }
}

/** Reads, parses and validates a story file (for a command that analyses it next). */
export function readStoryFile(file: string, io: CliIo): LoadResult {
  const json = readJsonFile(file, io);
  return json.ok ? loadStory(json.value, { handOverIds: true }) : { ok: false, errors: json.errors };
}

/** Writes issues to stderr, one per line: `FILE: path: message` (warnings marked as such). */
export function reportIssues(file: string, issues: readonly StoryIssue[], io: CliIo, kind: 'error' | 'warning'): void {
  const mark = kind === 'warning' ? 'warning: ' : '';
  for (const issue of issues) io.stderr(`${file}: ${mark}${formatIssue(issue)}\n`);
}
