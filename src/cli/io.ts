import { DEFAULT_MAX_INPUT_BYTES } from './input-limit';
import { readTextInput, writeFileAtomic } from './node-files';

/**
 * Everything a command touches outside itself. Commands receive it as a parameter so
 * tests run them in-process with in-memory files and captured output.
 */
export interface CliIo {
  /** Writes text to standard output as is (callers add their own newlines). */
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Reads a UTF-8 text file ("-" is standard input); throws (like fs) when it cannot. */
  readonly readFile: (path: string) => string;
  /** Writes a UTF-8 text file, replacing it atomically; throws (like fs) when it cannot. */
  readonly writeFile: (path: string, text: string) => void;
}

/** The file half of the real process: bounded reads, atomic writes. */
export function nodeFiles(maxInputBytes = DEFAULT_MAX_INPUT_BYTES): Pick<CliIo, 'readFile' | 'writeFile'> {
  return {
    readFile: (path) => readTextInput(path, maxInputBytes),
    writeFile: (path, text) => writeFileAtomic(path, text),
  };
}

/** The real process: standard streams and the file system. */
export function nodeIo(maxInputBytes = DEFAULT_MAX_INPUT_BYTES): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    ...nodeFiles(maxInputBytes),
  };
}

/** A thrown value's message without its stack, for one-line error reports. */
export function messageOf(thrown: unknown): string {
  return thrown instanceof Error ? thrown.message : String(thrown);
}
