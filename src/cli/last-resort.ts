import { EXIT } from './exit-codes';
import type { CliIo } from './io';
import { field } from './terminal-text';

/** The flag that adds the stack to an unexpected error's report; nao takes it anywhere before `--`. */
export const DEBUG_FLAG = '--debug';

/** The arguments without --debug, and whether it was given. */
export function takeDebugFlag(argv: readonly string[]): { readonly args: string[]; readonly debug: boolean } {
  const end = argv.indexOf('--');
  const options = end === -1 ? argv : argv.slice(0, end);
  const rest = end === -1 ? [] : argv.slice(end);
  return { args: [...options.filter((a) => a !== DEBUG_FLAG), ...rest], debug: options.includes(DEBUG_FLAG) };
}

/**
 * Reports an error nao did not expect (a bug, or a limit such as the call stack) in one line,
 * and returns exit status 2: whatever the input, the caller sees "bad input or failure", never
 * a stack trace unless it asked with --debug.
 */
export function reportUnexpected(thrown: unknown, debug: boolean, io: Pick<CliIo, 'stderr'>): number {
  const name = thrown instanceof Error ? thrown.name : typeof thrown;
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  io.stderr(`nao: unexpected error (${name}): ${field(message, 300)}${debug ? '' : '; run with --debug for details'}\n`);
  if (debug && thrown instanceof Error && thrown.stack !== undefined) io.stderr(`${thrown.stack}\n`);
  return EXIT.invalid;
}
