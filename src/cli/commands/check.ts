import { parseArgs } from 'node:util';
import { analyzeStory, type AnalysisResult } from '../../core/analysis/analyze';
import type { Story } from '../../core/model/story';
import { loadStory, type LoadResult } from '../../core/story/load-story';
import type { StoryIssue } from '../../core/story/story-issue';
import { parseOrUsage, UsageError } from '../args';
import type { Command } from '../command';
import { EXIT } from '../exit-codes';
import { invalidJson, writeCheckJson } from '../format/check-json';
import { checkText, plural } from '../format/check-text';
import type { CliIo } from '../io';
import { collectGarbage } from '../collect-garbage';
import { readJsonFile, reportIssues } from '../story-input';
import { field } from '../terminal-text';
import { eventCount } from '../tiering';
import { isTwineFile, readAnyStoryFile } from '../twine-input';

/** The outcome of checking one file. */
export type FileCheck =
  | { readonly ok: false; readonly file: string; readonly errors: readonly StoryIssue[] }
  | {
      readonly ok: true;
      readonly file: string;
      readonly story: Story;
      readonly warnings: readonly StoryIssue[];
      readonly result: AnalysisResult;
      /** From the parsed JSON value to the complete result: validation, indexing, rules, scores. */
      readonly ms: number;
    };

/** Files this long (in UTF-16 units) are read with a garbage collection between the copies of the story. */
const BIG_INPUT_CHARS = 8_000_000;

/** Reads and validates a file; `started` is taken after JSON.parse, where `stats.ms` starts. */
function loadTimed(file: string, io: CliIo, warnings: boolean): LoadResult & { readonly started: number } {
  // Twee and Twine HTML go through the converter; its time counts as loading.
  if (isTwineFile(file)) {
    const started = performance.now();
    return { ...readAnyStoryFile(file, io), started };
  }
  const json = readJsonFile(file, io);
  if (json.ok) io.beforeAnalysis?.(eventCount(json.value));
  // The file text is garbage now; collect it before loading makes a third copy of a big story.
  if (json.ok && json.chars >= BIG_INPUT_CHARS) collectGarbage();
  const started = performance.now();
  // Without warnings the report is all that is made of the story: it is read once, never kept or written.
  const options = { handOverIds: true, warnings, readOnly: !warnings };
  return { ...(json.ok ? loadStory(json.value, options) : { ok: false, errors: json.errors }), started };
}

/**
 * Reads, validates and analyses one story file. Loading happens in a helper so the parsed
 * JSON value is garbage by the time the analysis runs (V8 can collect it when it needs room).
 * `warnings: false` when they will not be shown (the JSON report has none): not looked for, and
 * the story is loaded read-only (loadStory's `readOnly`: keys the format does not define are not
 * looked for either), so `story` is then only for reading.
 */
export function checkFile(file: string, io: CliIo, options: { readonly warnings?: boolean } = {}): FileCheck {
  const loaded = loadTimed(file, io, options.warnings !== false);
  if (!loaded.ok) return { ok: false, file, errors: loaded.errors };
  // No second collection here for the parsed JSON value: it cost a 130-145 ms full collection
  // inside stats.ms at 100k events, which V8 does not otherwise make during the analysis, and
  // without it the peak stays at 335-339 MB (against 328-334), under the 400 MB target.
  // The result is printed in this thread: its ids and messages are written with the report.
  const result = analyzeStory(loaded.story, { deferText: true });
  const ms = performance.now() - loaded.started;
  return { ok: true, file, story: loaded.story, warnings: loaded.warnings, result, ms };
}

/** 0 without conflicts, 1 with some, 2 when the file could not be checked. */
export function exitCodeOf(check: FileCheck): number {
  if (!check.ok) return EXIT.invalid;
  return check.result.conflicts.length > 0 ? EXIT.conflicts : EXIT.ok;
}

const HELP = `Usage: nao check FILE... [--json]

Checks each story file for conflicts (all 15 rules) and prints them with the scores.

Options:
  --json      one JSON object per file (JSON Lines; with several files each has a "file" key)
  -h, --help  show this help

Dismissed conflicts (the story's "dismissed" list) and stale dismissed ids are listed
apart and count in neither the scores nor the exit status.

Exit status: 0 no active conflicts, 1 some, 2 an invalid or unreadable file
(with several files, the highest of them).
`;

function run(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parseOrUsage(() =>
    parseArgs({ args: [...args], options: { json: { type: 'boolean' } }, allowPositionals: true, strict: true }),
  );
  if (positionals.length === 0) throw new UsageError('check needs at least one story FILE');
  const several = positionals.length > 1;
  let status: number = EXIT.ok;
  positionals.forEach((file, k) => {
    // The JSON report carries no warnings (only the text report shows them, on stderr).
    const check = checkFile(file, io, { warnings: values.json !== true });
    status = Math.max(status, exitCodeOf(check));
    const label = several ? file : undefined;
    if (!check.ok) {
      reportIssues(file, check.errors, io, 'error');
      if (values.json) io.stdout(JSON.stringify(invalidJson(check.errors, label)) + '\n');
      else io.stdout(`${k > 0 ? '\n' : ''}${field(file)}: not checked (${plural(check.errors.length, 'error')} on stderr)\n`);
      return;
    }
    if (values.json) {
      writeCheckJson(io.stdout, check.result, check.ms, label);
      io.stdout('\n');
    } else {
      reportIssues(file, check.warnings, io, 'warning');
      io.stdout((k > 0 ? '\n' : '') + checkText(file, check.story, check.result, check.ms));
    }
  });
  return status;
}

/** `nao check FILE... [--json]`. */
export const checkCommand: Command = { name: 'check', summary: 'list the conflicts of story files', help: HELP, run };
