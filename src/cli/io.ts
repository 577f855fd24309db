import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Everything a command touches outside itself. Commands receive it as a parameter so
 * tests run them in-process with in-memory files and captured output.
 */
export interface CliIo {
  /** Writes text to standard output as is (callers add their own newlines). */
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Reads a UTF-8 text file; throws (like fs) when it cannot. */
  readonly readFile: (path: string) => string;
  /** Writes a UTF-8 text file, replacing it; throws (like fs) when it cannot. */
  readonly writeFile: (path: string, text: string) => void;
}

/** The real process: standard streams and the file system. */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readFile: (path) => readFileSync(path, 'utf8'),
    writeFile: (path, text) => writeFileSync(path, text, 'utf8'),
  };
}

/** A thrown value's message without its stack, for one-line error reports. */
export function messageOf(thrown: unknown): string {
  return thrown instanceof Error ? thrown.message : String(thrown);
}
