import { storyFileKind, writeStoryFile, type ReadStoryResult, type StoryChoice, type StoryFileKind } from '../core/twine/story-file';
import type { TwineImportInput } from '../worker/twine-import-job';
import { jobRunner } from './job-runner';
import { addAndOpen, filenameFor, freshRecord, importStoryText } from './library-commands';
import { storySizeProblem } from './story-limits';
import type { Studio } from './studio-context';
import type { ImportResult } from './types';

/**
 * Import of every file format the app reads: story JSON as before, Twine 2 HTML and
 * Twee 3 parsed by the `twine-import` background job (on this thread where workers cannot start).
 */

export type ImportFileResult = ImportResult | { readonly ok: 'choose'; readonly choices: readonly StoryChoice[] };

/** The extensions the Import file chooser offers. */
export const IMPORT_ACCEPT = '.json,application/json,.twee,.tw,.html,.htm,text/html';

/** Reads a Twine/Twee file as a background job (in a worker, or on this thread where workers cannot start). */
export const readTwineFile = (s: Studio, input: TwineImportInput): Promise<ReadStoryResult> => jobRunner(s)('twine-import', input).result;

/**
 * Imports a file of any known format as a new library story and opens it. A Twine library
 * archive with several stories answers `choose`; call again with `choose` set. On errors
 * nothing changes and the errors come back located (JSON path, or "line N").
 */
export async function importStoryFile(s: Studio, text: string, fileName: string, choose?: number): Promise<ImportFileResult> {
  if (storyFileKind(fileName, text) === 'json') return importStoryText(s, text);
  let result: ReadStoryResult;
  try {
    result = await readTwineFile(s, { fileName, text, ...(choose !== undefined && { choose }) });
  } catch (e) {
    return { ok: false, errors: [{ path: '', message: `the file could not be read: ${e instanceof Error ? e.message : String(e)}` }] };
  }
  if (result.status === 'choose') return { ok: 'choose', choices: result.choices };
  if (result.status === 'error') return { ok: false, errors: result.errors.map((e) => ({ path: e.where, message: e.message })) };
  const tooBig = storySizeProblem(result.story);
  if (tooBig) return { ok: false, errors: [{ path: '', message: tooBig }] };
  const record = freshRecord(s, result.story);
  await addAndOpen(s, record);
  return { ok: true, key: record.key, warnings: result.warnings.map((w) => ({ path: w.where, message: w.message })) };
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
