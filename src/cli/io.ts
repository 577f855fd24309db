import { DEFAULT_MAX_INPUT_BYTES } from './input-limit';
import { writeSync } from 'node:fs';
import { pause, readTextInput, writeFileAtomic } from './node-files';
import { tierFor } from './tiering';
import { youngGenerationFor } from './young-generation';

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
  /**
   * Called with a story's number of events before it is loaded and analysed, where the host
   * can tune the runtime for that size (the real process: V8's tiering, `tiering.ts`).
   */
  readonly beforeAnalysis?: (events: number) => void;
  /**
   * Called with the length of a JSON input before it is parsed, so the host can tune the
   * runtime for that size (the real process: V8's young generation, `young-generation.ts`).
   */
  readonly beforeParse?: (chars: number) => void;
}

/** The file half of the real process: bounded reads, atomic writes. */
export function nodeFiles(maxInputBytes = DEFAULT_MAX_INPUT_BYTES): Pick<CliIo, 'readFile' | 'writeFile'> {
  return {
    readFile: (path) => readTextInput(path, maxInputBytes),
    writeFile: (path, text) => writeFileAtomic(path, text),
  };
}

/** Set once standard output's reader has gone away: later output is dropped. */
let readerGone = false;

/**
 * Writes all of `text` to standard output before returning. process.stdout.write queues what a
 * pipe cannot take yet until the event loop runs, which for a synchronous command is after all
 * of its output: a 100k-event report read slowly (`nao check --json | jq`) sat in memory whole.
 */
function writeStdout(text: string): void {
  if (readerGone) return;
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(1, bytes, offset, bytes.length - offset);
    } catch (thrown) {
      const code = (thrown as NodeJS.ErrnoException).code;
      // A full non-blocking pipe: wait for the reader.
      if (code === 'EAGAIN') pause(1);
      // The reader went away (`nao check big.json | head`): not an error worth a stack trace; the
      // command finishes without writing more and exits with its own status.
      else if (code === 'EPIPE') {
        readerGone = true;
        return;
      } else throw thrown;
    }
  }
}

/** The real process: standard streams and the file system. */
export function nodeIo(maxInputBytes = DEFAULT_MAX_INPUT_BYTES): CliIo {
  return {
    stdout: writeStdout,
    stderr: (text) => void process.stderr.write(text),
    ...nodeFiles(maxInputBytes),
    beforeAnalysis: tierFor,
    beforeParse: youngGenerationFor,
  };
}

/** A thrown value's message without its stack, for one-line error reports. */
export function messageOf(thrown: unknown): string {
  return thrown instanceof Error ? thrown.message : String(thrown);
}
