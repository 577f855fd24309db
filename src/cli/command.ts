import type { CliIo } from './io';

/** One `nao` subcommand: its help text and what it does with its arguments. */
export interface Command {
  readonly name: string;
  /** One line for the command list of `nao --help`. */
  readonly summary: string;
  /** The full help of `nao help NAME`, ending with a newline. */
  readonly help: string;
  /** Runs the command on the arguments after its name; returns the exit status. Throws UsageError for bad arguments. */
  run(args: readonly string[], io: CliIo): number;
}
