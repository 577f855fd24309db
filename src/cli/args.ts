/** A mistake in how nao was called: reported with the command's usage, exit status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

function isParseArgsError(thrown: unknown): thrown is Error {
  if (!(thrown instanceof Error) || !('code' in thrown)) return false;
  return typeof thrown.code === 'string' && thrown.code.startsWith('ERR_PARSE_ARGS');
}

/**
 * Runs a node:util parseArgs call, turning its errors (unknown flag, missing value...)
 * into UsageError. Taking a thunk keeps parseArgs' precise result type at the call site.
 */
export function parseOrUsage<T>(parse: () => T): T {
  try {
    return parse();
  } catch (thrown) {
    if (isParseArgsError(thrown)) throw new UsageError(thrown.message);
    throw thrown;
  }
}

/** True when the arguments ask for help (before any `--` that ends the options). */
export function wantsHelp(args: readonly string[]): boolean {
  for (const arg of args) {
    if (arg === '--') return false;
    if (arg === '--help' || arg === '-h') return true;
  }
  return false;
}

/** Parses a whole number >= `min` given to `flag`, or throws UsageError naming the flag. */
export function wholeNumber(flag: string, text: string, min: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < min) {
    throw new UsageError(`${flag} expects a whole number >= ${min}, got "${text}"`);
  }
  return value;
}

/** Exactly one positional FILE, or UsageError. */
export function singleFile(positionals: readonly string[], command: string): string {
  if (positionals.length === 0) throw new UsageError(`${command} needs a story FILE`);
  if (positionals.length > 1) throw new UsageError(`${command} takes one FILE, got ${positionals.length}: ${positionals.join(' ')}`);
  return positionals[0]!;
}
