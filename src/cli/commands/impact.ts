import { parseArgs } from 'node:util';
import { buildStoryIndex } from '../../core/analysis/story-index';
import { computeRipple } from '../../core/ripple/ripple';
import { parseOrUsage, singleFile, UsageError, wholeNumber } from '../args';
import type { Command } from '../command';
import { EXIT } from '../exit-codes';
import { impactJson, impactText } from '../format/impact-report';
import type { CliIo } from '../io';
import { readStoryFile, reportIssues } from '../story-input';
import { quotedId } from '../terminal-text';

const DEFAULT_TOP = 50;

const HELP = `Usage: nao impact FILE --from EVENT_ID [--backward] [--json] [--top N]

Shows the impact ripple of one event: every event it reaches through the links
(impact = best product of link strength and scale decay along a path, >= 5%).

Options:
  --from EVENT_ID  the source event (required)
  --backward       follow links against their direction: what led to the event
  --json           {"source","reached":[{"event","impact","hops","path"}],"perScale",...}
  --top N          rows of the text table (default ${DEFAULT_TOP}; 0 = all)
  -h, --help       show this help

Exit status: 0 done, 2 invalid file, unknown event id or bad arguments.
`;

function run(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parseOrUsage(() =>
    parseArgs({
      args: [...args],
      options: {
        from: { type: 'string' },
        backward: { type: 'boolean' },
        json: { type: 'boolean' },
        top: { type: 'string' },
      },
      allowPositionals: true,
      strict: true,
    }),
  );
  const file = singleFile(positionals, 'impact');
  if (values.from === undefined) throw new UsageError('impact needs --from EVENT_ID');
  const top = values.top === undefined ? DEFAULT_TOP : wholeNumber('--top', values.top, 0);
  const loaded = readStoryFile(file, io);
  if (!loaded.ok) {
    reportIssues(file, loaded.errors, io, 'error');
    return EXIT.invalid;
  }
  const ix = buildStoryIndex(loaded.story);
  if (!ix.eventIndex.has(values.from)) {
    io.stderr(`nao impact: no event with id ${quotedId(values.from)} in ${file}\n`);
    return EXIT.invalid;
  }
  const ripple = computeRipple(ix, values.from, { direction: values.backward ? 'backward' : 'forward' });
  io.stdout(values.json ? JSON.stringify(impactJson(ripple)) + '\n' : impactText(ix, ripple, top));
  return EXIT.ok;
}

/** `nao impact FILE --from EVENT_ID [--backward] [--json]`. */
export const impactCommand: Command = { name: 'impact', summary: 'show the impact ripple of one event', help: HELP, run };
