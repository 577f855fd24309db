import { writeStoryFile, type StoryChoice, type StoryFileKind } from '../core/twine/story-file';
import { isAbortError } from '../worker/job';
import type { ParseStoryProgress, ParseStoryResult } from '../worker/parse-story-job';
import { jobRunner } from './job-runner';
import { addAndOpen, filenameFor, freshRecord } from './library-commands';
import { fileSizeProblem, STORY_LIMITS, storyCountProblem } from './story-limits';
import type { Studio } from './studio-context';
import type { ImportResult } from './types';

/**
 * Import of every file format the app reads (story JSON, Twine 2 HTML, Twee 3): the file
 * is read, parsed, checked against the limits and validated by the `parse-story`
 * background job (on this thread only where workers cannot start), so that a big file
 * leaves the page responsive and can be cancelled.
 */

export type ImportFileResult =
  | ImportResult
  | { readonly ok: 'choose'; readonly choices: readonly StoryChoice[] }
  /** Cancelled before the story opened: nothing changed. */
  | { readonly ok: 'cancelled' };

export type ImportProgress = ParseStoryProgress | { readonly phase: 'opening'; readonly events: number; readonly links: number };

/** An import on its way; `cancel()` stops it unless the story is already opening (then it resolves as imported). */
export interface RunningImport {
  readonly result: Promise<ImportFileResult>;
  cancel(): void;
}

export interface ImportOptions {
  /** Which story of a Twine library archive (from the `choose` answer). */
  readonly choose?: number;
  readonly onProgress?: (progress: ImportProgress) => void;
}

/** The extensions the Import file chooser offers. */
export const IMPORT_ACCEPT = '.json,application/json,.twee,.tw,.html,.htm,text/html';

const refused = (message: string): ImportResult => ({ ok: false, errors: [{ path: '', message }] });

/**
 * Imports a file of any known format as a new library story and opens it. A file over
 * the size limit is refused unread; a story over the event or link limit is refused
 * after parsing, before validation. A Twine library archive with several stories
 * answers `choose`; start again with `choose` set. On errors nothing changes and the
 * errors come back located (JSON path, or "line N").
 */
export function startImport(s: Studio, file: Blob, fileName: string, options: ImportOptions = {}): RunningImport {
  const tooLarge = fileSizeProblem(fileName, file.size);
  if (tooLarge) return { result: Promise.resolve(refused(tooLarge)), cancel: () => {} };
  const report = options.onProgress ?? (() => {});
  const input = { file, fileName, limits: { events: STORY_LIMITS.events, links: STORY_LIMITS.links }, ...(options.choose !== undefined && { choose: options.choose }) };
  const job = jobRunner(s)('parse-story', input, report);
  let opening = false;
  const result = job.result.then(
    async (parsed): Promise<ImportFileResult> => {
      if (parsed.status !== 'ok') return answerOf(parsed);
      opening = true;
      report({ phase: 'opening', events: parsed.story.events.length, links: parsed.story.links.length });
      const record = freshRecord(s, parsed.story);
      await addAndOpen(s, record);
      return { ok: true, key: record.key, warnings: parsed.warnings.map((w) => ({ path: w.where, message: w.message })) };
    },
    (e: unknown): ImportFileResult => (isAbortError(e) ? { ok: 'cancelled' } : refused(`the file could not be read: ${e instanceof Error ? e.message : String(e)}`)),
  );
  return {
    result,
    cancel: () => {
      // Once the story is being stored and opened it is the user's new story: finishing is safer than half undoing it.
      if (!opening) job.cancel();
    },
  };
}

/** The answer for every parse result but a story to open. */
function answerOf(parsed: Exclude<ParseStoryResult, { status: 'ok' }>): ImportFileResult {
  switch (parsed.status) {
    case 'too-big':
      return refused(storyCountProblem(parsed.events, parsed.links) ?? `The story has ${parsed.events} events and ${parsed.links} links, beyond what Arc Studio holds.`);
    case 'choose':
      return { ok: 'choose', choices: parsed.choices };
    case 'error':
      return { ok: false, errors: parsed.errors.map((e) => ({ path: e.where, message: e.message })) };
  }
}

/** `startImport` for a caller that neither shows progress nor cancels; text is taken as the file's contents. */
export function importStoryFile(s: Studio, file: Blob | string, fileName: string, choose?: number): Promise<ImportFileResult> {
  const blob = typeof file === 'string' ? new Blob([file]) : file;
  return startImport(s, blob, fileName, choose === undefined ? {} : { choose }).result;
}

/** The formats `Export` offers for the story text (pictures are made by the UI from the canvas). */
export const EXPORT_TEXT_FORMATS = [
  { kind: 'json', label: 'Story JSON', extension: '.json', mime: 'application/json' },
  { kind: 'twee', label: 'Twee 3', extension: '.twee', mime: 'text/plain' },
  { kind: 'twine-html', label: 'Twine 2 HTML', extension: '.html', mime: 'text/html' },
] as const satisfies readonly { kind: StoryFileKind; label: string; extension: string; mime: string }[];

/** The open story as a file of the given kind, named from its title. */
export function exportStoryFile(s: Studio, kind: StoryFileKind): { filename: string; text: string; mime: string } {
  const { story } = s.document.getState();
  const format = EXPORT_TEXT_FORMATS.find((f) => f.kind === kind)!;
  return { filename: filenameFor(story.title).replace(/\.json$/, format.extension), text: writeStoryFile(story, kind), mime: format.mime };
}
