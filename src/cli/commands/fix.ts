import { parseArgs } from 'node:util';
import { detectConflicts } from '../../core/analysis/analyze';
import { splitByReview } from '../../core/analysis/review';
import { buildStoryIndex } from '../../core/analysis/story-index';
import { applyEdits } from '../../core/edits/apply-edit';
import type { Story } from '../../core/model/story';
import { fixAll } from '../../core/resolutions/fix-all';
import { proposeResolutions } from '../../core/resolutions/propose';
import { exportStory } from '../../core/story/export-story';
import { parseOrUsage, singleFile, UsageError, wholeNumber } from '../args';
import type { Command } from '../command';
import { EXIT } from '../exit-codes';
import { appliedLines, proposalLine } from '../format/fix-report';
import { messageOf, type CliIo } from '../io';
import { readStoryFile, reportIssues } from '../story-input';
import { field, quotedId } from '../terminal-text';

const MAX_LISTED_IDS = 50;

const HELP = `Usage: nao fix FILE --conflict CONFLICT_ID [--proposal N] [-o OUT]
       nao fix FILE --conflict CONFLICT_ID --list
       nao fix FILE --all [--safe-only] [-o OUT]

Applies a resolution proposal and writes the fixed story to OUT (or stdout).
What was done (description, conflicts resolved and introduced) goes to stderr.

Options:
  --conflict ID   the conflict to resolve (ids as printed by nao check)
  --proposal N    apply the Nth proposal, 1 = best ranked (default 1)
  --list          list the proposals for the conflict on stdout; write nothing
  --all           apply top proposals until no conflict is left or none helps
  --safe-only     with --all: only proposals that introduce no conflict
  -o, --output    file to write the story to (default: stdout)
  -h, --help      show this help

Exit status: 0 story written (or proposals listed), 1 the conflict has no proposal,
2 invalid file, unknown conflict id, no such proposal, bad arguments or unwritable OUT.
`;

/** Writes the story as the format's JSON text to `output`, or to stdout without one. */
function writeStory(story: Story, output: string | undefined, io: CliIo): number {
  const text = exportStory(story);
  const withNewline = text.endsWith('\n') ? text : text + '\n';
  if (output === undefined) {
    io.stdout(withNewline);
    return EXIT.ok;
  }
  try {
    io.writeFile(output, withNewline);
  } catch (thrown) {
    io.stderr(`nao fix: cannot write ${output}: ${messageOf(thrown)}\n`);
    return EXIT.invalid;
  }
  io.stderr(`wrote ${output}\n`);
  return EXIT.ok;
}

/** Conflict ids to choose from, one per line; a huge story's list is cut short. */
function listed(ids: readonly string[]): string {
  const shown = ids.slice(0, MAX_LISTED_IDS).map((id) => `  ${id}\n`).join('');
  const rest = ids.length - MAX_LISTED_IDS;
  return rest > 0 ? `${shown}  … and ${rest} more (nao check FILE --json lists them all)\n` : shown;
}

interface OneFix {
  readonly file: string;
  readonly conflictId: string;
  readonly proposal: number | undefined;
  readonly list: boolean;
  readonly output: string | undefined;
}

function fixOne(story: Story, opts: OneFix, io: CliIo): number {
  const conflicts = detectConflicts(buildStoryIndex(story));
  const ids = conflicts.map((c) => c.id);
  if (!ids.includes(opts.conflictId)) {
    io.stderr(`nao fix: no conflict with id ${quotedId(opts.conflictId)} in ${opts.file}\n`);
    io.stderr(ids.length === 0 ? 'The story has no conflicts.\n' : `Its conflicts are:\n${listed(ids)}`);
    return EXIT.invalid;
  }
  const proposals = proposeResolutions(story, opts.conflictId, { baseline: conflicts });
  if (opts.list) {
    const lines = proposals.length === 0 ? '  (none)\n' : proposals.map((p, k) => proposalLine(p, k + 1) + '\n').join('');
    io.stdout(`Proposals for ${field(opts.conflictId)}:\n${lines}`);
    return EXIT.ok;
  }
  if (proposals.length === 0) {
    io.stderr(`nao fix: no proposal resolves ${opts.conflictId}; story not written\n`);
    return EXIT.conflicts;
  }
  const n = opts.proposal ?? 1;
  const chosen = proposals[n - 1];
  if (chosen === undefined) {
    io.stderr(`nao fix: there is no proposal ${n} for ${opts.conflictId}; there are ${proposals.length}:\n`);
    io.stderr(proposals.map((p, k) => proposalLine(p, k + 1) + '\n').join(''));
    return EXIT.invalid;
  }
  const fixed = applyEdits(story, chosen.patch).story;
  io.stderr(appliedLines(chosen, `applied proposal ${n} of ${proposals.length} for ${opts.conflictId}`));
  return writeStory(fixed, opts.output, io);
}

function fixEverything(story: Story, safeOnly: boolean, output: string | undefined, io: CliIo): number {
  // Active conflicts only: fixAll skips the dismissed ones and counts them in neither number.
  const before = splitByReview(story, detectConflicts(buildStoryIndex(story))).active.length;
  const { story: fixed, steps, remaining } = fixAll(story, { safeOnly });
  steps.forEach((step, k) => io.stderr(appliedLines(step.proposal, `step ${k + 1}, ${step.conflictId}`)));
  const summary = steps.length === 0 ? 'no proposal helps; story unchanged' : `${steps.length} step(s) applied`;
  io.stderr(`${summary}; conflicts: ${before} before, ${remaining.length} after\n`);
  return writeStory(fixed, output, io);
}

function run(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parseOrUsage(() =>
    parseArgs({
      args: [...args],
      options: {
        conflict: { type: 'string' },
        proposal: { type: 'string' },
        list: { type: 'boolean' },
        all: { type: 'boolean' },
        'safe-only': { type: 'boolean' },
        output: { type: 'string', short: 'o' },
      },
      allowPositionals: true,
      strict: true,
    }),
  );
  const file = singleFile(positionals, 'fix');
  if (values.all && values.conflict !== undefined) throw new UsageError('give either --conflict ID or --all, not both');
  if (!values.all && values.conflict === undefined) throw new UsageError('fix needs --conflict ID or --all');
  if (values.all && (values.proposal !== undefined || values.list)) throw new UsageError('--proposal and --list go with --conflict, not --all');
  if (!values.all && values['safe-only']) throw new UsageError('--safe-only goes with --all');
  if (values.list && values.output !== undefined) throw new UsageError('--list writes no story; drop -o');
  const proposal = values.proposal === undefined ? undefined : wholeNumber('--proposal', values.proposal, 1);

  const loaded = readStoryFile(file, io);
  if (!loaded.ok) {
    reportIssues(file, loaded.errors, io, 'error');
    return EXIT.invalid;
  }
  if (values.all) return fixEverything(loaded.story, values['safe-only'] ?? false, values.output, io);
  return fixOne(
    loaded.story,
    { file, conflictId: values.conflict!, proposal, list: values.list ?? false, output: values.output },
    io,
  );
}

/** `nao fix FILE --conflict ID [--proposal N] [-o OUT]` and `nao fix FILE --all [-o OUT]`. */
export const fixCommand: Command = { name: 'fix', summary: 'apply a resolution and write the fixed story', help: HELP, run };
