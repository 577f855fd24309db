import { UsageError, wantsHelp } from './args';
import type { Command } from './command';
import { checkCommand } from './commands/check';
import { convertCommand } from './commands/convert';
import { fixCommand } from './commands/fix';
import { impactCommand } from './commands/impact';
import { EXIT } from './exit-codes';
import type { CliIo } from './io';
import { reportUnexpected, takeDebugFlag } from './last-resort';
import { terminalText } from './terminal-text';

/** Every subcommand, in the order `nao --help` lists them. */
export const COMMANDS: readonly Command[] = [checkCommand, impactCommand, fixCommand, convertCommand];

/** The overall help of `nao --help`. */
export function mainHelp(): string {
  const entries: [string, string][] = [
    ...COMMANDS.map((c): [string, string] => [c.name, c.summary]),
    ['help [COMMAND]', "show this help or a command's help"],
  ];
  const width = Math.max(...entries.map(([name]) => name.length));
  const list = entries.map(([name, summary]) => `  ${name.padEnd(width)}  ${summary}`).join('\n');
  return `Usage: nao <command> [options]

Checks narrative stories (nao-story JSON files) for conflicts, shows impact
ripples and applies resolutions, with the same core as Arc Studio.

Commands:
${list}

FILE may be "-" for standard input. Files larger than 500 MiB are refused
(NAO_MAX_INPUT_BYTES changes the limit). --debug adds the stack to an
unexpected error's report.

Run "nao help COMMAND" or "nao COMMAND --help" for a command's options.
Exit status: 0 ok, 1 conflicts found (check) or nothing to apply (fix),
2 invalid input, usage or an unexpected error. See docs/CLI.md.
`;
}

const find = (name: string): Command | undefined => COMMANDS.find((c) => c.name === name);

function usageError(io: CliIo, message: string, command?: Command): number {
  io.stderr(`nao: ${message}\n\n${command ? command.help : mainHelp()}`);
  return EXIT.invalid;
}

function help(topic: readonly string[], io: CliIo): number {
  if (topic.length === 0) {
    io.stdout(mainHelp());
    return EXIT.ok;
  }
  const command = topic.length === 1 ? find(topic[0]!) : undefined;
  if (!command) return usageError(io, `no help for "${topic.join(' ')}": unknown command`);
  io.stdout(command.help);
  return EXIT.ok;
}

function dispatch(argv: readonly string[], io: CliIo): number {
  const [name, ...rest] = argv;
  if (name === undefined) return usageError(io, 'missing command');
  if (name === 'help') return help(rest, io);
  if (name === '--help' || name === '-h') return help([], io);
  const command = find(name);
  if (!command) return usageError(io, `unknown command "${name}"`);
  if (wantsHelp(rest)) {
    io.stdout(command.help);
    return EXIT.ok;
  }
  try {
    return command.run(rest, io);
  } catch (thrown) {
    if (thrown instanceof UsageError) return usageError(io, thrown.message, command);
    throw thrown;
  }
}

/**
 * Runs `nao` with the arguments after the program name and returns the exit status.
 * All output goes through `io`, so tests run it in-process. Everything on stderr is
 * human-readable, so it is made safe for a terminal here, once for all commands; an
 * unexpected error becomes a one-line report and exit status 2.
 */
export function run(argv: readonly string[], io: CliIo): number {
  const { args, debug } = takeDebugFlag(argv);
  const safe: CliIo = { ...io, stderr: (text) => io.stderr(terminalText(text)) };
  try {
    return dispatch(args, safe);
  } catch (thrown) {
    return reportUnexpected(thrown, debug, safe);
  }
}
