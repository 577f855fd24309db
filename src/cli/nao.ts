import { EXIT } from './exit-codes';
import { nodeIo } from './io';
import { run } from './run';

// Entry point of `npm run nao -- ...`. Exit through process.exitCode, not process.exit(),
// so that large outputs (a 100k-event story on stdout) are flushed before the process ends.
try {
  process.exitCode = run(process.argv.slice(2), nodeIo());
} catch (thrown) {
  process.stderr.write(`nao: internal error: ${thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown)}\n`);
  process.exitCode = EXIT.internal;
}
