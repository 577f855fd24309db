import type { Story } from '../model/story';
import { exportStory } from '../story/export-story';
import { parseStory } from '../story/load-story';
import { storyToTwine } from './story-to-twine';
import { parseTwee } from './twee-parse';
import { writeTwee } from './twee-write';
import { parseTwineHtml } from './twine-html-parse';
import { writeTwineHtml } from './twine-html-write';
import { twineToStory } from './twine-to-story';
import type { TwineIssue } from './twine-story';

/**
 * One door for reading and writing story files of every format the app and `nao` know:
 * story JSON, Twee 3 and Twine 2 HTML, chosen by file extension, or by content when the
 * extension says nothing.
 */

export const STORY_FILE_KINDS = ['json', 'twee', 'twine-html'] as const;
export type StoryFileKind = (typeof STORY_FILE_KINDS)[number];

/** The kind of a file by its extension; by its first characters when the extension is unknown. */
export function storyFileKind(fileName: string, text?: string): StoryFileKind {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'twee' || ext === 'tw' || ext === 'twee3' || ext === 'tw3') return 'twee';
  if (ext === 'html' || ext === 'htm') return 'twine-html';
  if (ext === 'json') return 'json';
  const head = (text ?? '').replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('<')) return 'twine-html';
  if (head.startsWith('::')) return 'twee';
  return 'json';
}

/** A story in a library archive, offered to the user to pick. */
export interface StoryChoice {
  readonly index: number;
  readonly name: string;
  readonly passages: number;
}

/** A located problem: `where` is "line 12", a JSON path like "events[3].time", or "". */
export interface FileIssue {
  readonly where: string;
  readonly message: string;
}

export type ReadStoryResult =
  | { readonly status: 'ok'; readonly story: Story; readonly warnings: readonly FileIssue[]; readonly kind: StoryFileKind }
  | { readonly status: 'choose'; readonly choices: readonly StoryChoice[] }
  | { readonly status: 'error'; readonly errors: readonly FileIssue[] };

const fromTwine = (issues: readonly TwineIssue[]): FileIssue[] =>
  issues.map((i) => ({ where: i.line > 0 ? `line ${i.line}` : '', message: i.message }));

export interface ReadOptions {
  /** Which story of a library archive (index of `choices`); without it an archive asks. */
  readonly choose?: number;
}

/** Reads a story file of any known kind. */
export function readStoryFile(fileName: string, text: string, options: ReadOptions = {}): ReadStoryResult {
  const kind = storyFileKind(fileName, text);
  if (kind === 'json') {
    const r = parseStory(text);
    return r.ok
      ? { status: 'ok', story: r.story, warnings: r.warnings.map((w) => ({ where: w.path, message: w.message })), kind }
      : { status: 'error', errors: r.errors.map((e) => ({ where: e.path, message: e.message })) };
  }
  let parsed;
  let readWarnings: readonly TwineIssue[] = [];
  if (kind === 'twee') {
    const r = parseTwee(text);
    if (!r.ok) return { status: 'error', errors: fromTwine(r.errors) };
    parsed = r.value;
    readWarnings = r.warnings;
  } else {
    const r = parseTwineHtml(text);
    if (!r.ok) return { status: 'error', errors: fromTwine(r.errors) };
    if (r.value.length > 1 && options.choose === undefined) {
      return { status: 'choose', choices: r.value.map((s, index) => ({ index, name: s.name, passages: s.passages.length })) };
    }
    const picked = r.value[options.choose ?? 0];
    if (picked === undefined) {
      return { status: 'error', errors: [{ where: '', message: `the file holds ${r.value.length} stories; there is no story number ${(options.choose ?? 0) + 1}` }] };
    }
    parsed = picked;
    readWarnings = r.warnings;
  }
  const mapped = twineToStory(parsed);
  if (!mapped.ok) return { status: 'error', errors: fromTwine(mapped.errors) };
  return { status: 'ok', story: mapped.value, warnings: fromTwine([...readWarnings, ...mapped.warnings]), kind };
}

/** Writes a story as a file of the given kind. */
export function writeStoryFile(story: Story, kind: StoryFileKind): string {
  switch (kind) {
    case 'json':
      return exportStory(story);
    case 'twee':
      return writeTwee(storyToTwine(story));
    case 'twine-html':
      return writeTwineHtml(storyToTwine(story));
  }
}

/** One line per issue: "where: message". */
export function formatFileIssue(issue: FileIssue): string {
  return issue.where === '' ? issue.message : `${issue.where}: ${issue.message}`;
}
