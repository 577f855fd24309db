import { EXIT } from './exit-codes';
import { maxInputBytes } from './input-limit';
import { nodeIo } from './io';
import { reportUnexpected, takeDebugFlag } from './last-resort';
import { run } from './run';

const stderr = { stderr: (text: string): void => void process.stderr.write(text) };

// A reader that goes away (`nao check big.json | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
  process.exitCode = reportUnexpected(error, takeDebugFlag(process.argv.slice(2)).debug, stderr);
});

// Entry point of `npm run nao -- ...`. Exit through process.exitCode, not process.exit(),
// so that large outputs (a 100k-event story on stdout) are flushed before the process ends.
// run() reports its own errors; this catch is for what happens outside it (a bad NAO_MAX_INPUT_BYTES).
try {
  process.exitCode = run(process.argv.slice(2), nodeIo(maxInputBytes(process.env)));
} catch (thrown) {
  process.stderr.write(`nao: ${thrown instanceof Error ? thrown.message : String(thrown)}\n`);
  process.exitCode = EXIT.invalid;
}
