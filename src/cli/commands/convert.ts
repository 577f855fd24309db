import { parseArgs } from 'node:util';
import { storyFileKind, writeStoryFile, type StoryFileKind } from '../../core/twine/story-file';
import { parseOrUsage, singleFile, UsageError, wholeNumber } from '../args';
import type { Command } from '../command';
import { EXIT } from '../exit-codes';
import { messageOf, type CliIo } from '../io';
import { reportIssues } from '../story-input';
import { readAnyStoryFile } from '../twine-input';

const HELP = `Usage: nao convert IN -o OUT [--to json|twee|html] [--story N]
       nao convert IN --to json|twee|html          (writes to stdout)

Converts a story between story JSON (.json), Twee 3 (.twee, .tw) and Twine 2 HTML
(.html). The formats are told by the file extensions, or by --to for the output.
Twine passages become events and their links causal links (see docs/TWINE.md).

Options:
  -o, --output OUT  the file to write (stdout without it)
  --to FORMAT       json, twee or html; default: from the extension of OUT
  --story N         which story of a Twine library archive (1-based)
  -h, --help        show this help

Exit status: 0 written, 2 invalid input (the problems are listed on stderr).
Warnings (links to missing passages, renamed duplicates) go to stderr.
`;

const TO: Record<string, StoryFileKind> = { json: 'json', twee: 'twee', tw: 'twee', html: 'twine-html' };

function run(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parseOrUsage(() =>
    parseArgs({
      args: [...args],
      options: { output: { type: 'string', short: 'o' }, to: { type: 'string' }, story: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    }),
  );
  const input = singleFile(positionals, 'convert');
  let kind: StoryFileKind;
  if (values.to !== undefined) {
    const k = TO[values.to.toLowerCase()];
    if (k === undefined) throw new UsageError(`--to expects json, twee or html, got "${values.to}"`);
    kind = k;
  } else if (values.output !== undefined) {
    kind = storyFileKind(values.output);
  } else {
    throw new UsageError('convert needs -o OUT or --to FORMAT');
  }
  const story = values.story === undefined ? undefined : wholeNumber('--story', values.story, 1);
  const loaded = readAnyStoryFile(input, io, story);
  if (!loaded.ok) {
    reportIssues(input, loaded.errors, io, 'error');
    return EXIT.invalid;
  }
  reportIssues(input, loaded.warnings, io, 'warning');
  const text = writeStoryFile(loaded.story, kind);
  if (values.output === undefined) {
    io.stdout(text);
    return EXIT.ok;
  }
  try {
    io.writeFile(values.output, text);
  } catch (thrown) {
    io.stderr(`nao convert: cannot write ${values.output}: ${messageOf(thrown)}\n`);
    return EXIT.invalid;
  }
  io.stderr(`wrote ${values.output} (${loaded.story.events.length} events, ${loaded.story.links.length} links)\n`);
  return EXIT.ok;
}

/** `nao convert IN -o OUT`. */
export const convertCommand: Command = { name: 'convert', summary: 'convert between story JSON, Twee 3 and Twine 2 HTML', help: HELP, run };
