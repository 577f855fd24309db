import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { nodeIo } from '../src/cli/io';
import { run } from '../src/cli/run';

// Child process of core-bench.ts: `node --import tsx bench/measure-check.ts FILE`.
// Runs `nao check FILE --json` exactly as the command line does (the same run(), file reading
// and JSON writer), with the report going to /dev/null, once in a fresh process: stats.ms is
// then what a user sees on the first and only run, JIT warm-up and garbage collection included.
// Prints one JSON object.

export interface CheckRun {
  /** `stats.ms` of the report: validation, indexing, the 15 rules, review split and scores. */
  readonly statsMs: number;
  /** From the start of run() to the last byte of the report written. */
  readonly wallMs: number;
  /** Process CPU time of the same span (all threads, GC helpers included): less sensitive to a busy machine. */
  readonly cpuMs: number;
  /**
   * CPU time of the main thread alone over the same span (Linux, else null): what the command
   * itself costs, without V8's background compilers, the figure least disturbed by a busy machine.
   */
  readonly mainThreadCpuMs: number | null;
  /** RSS before the command runs (node, tsx and the imported modules). */
  readonly baselineRssMb: number;
  /** Kernel high-water mark of the process's resident set. */
  readonly peakRssMb: number;
  /**
   * Minor page faults during the command: first touches of fresh memory. On the 2-core bench
   * VM each costs about 11 µs, so they are a large part of a cold run (docs/BENCHMARKS.md).
   */
  readonly pageFaults: number;
}

const mb = (bytes: number): number => Math.round(bytes / 1e5) / 10;

/** Milliseconds this thread has run on a CPU (/proc/thread-self/schedstat), or null where there is none. */
function threadCpuMs(): number | null {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return null;
  }
}

function measure(file: string): CheckRun {
  const baseline = process.memoryUsage().rss;
  const sink = openSync('/dev/null', 'w');
  const real = nodeIo();
  // Only the end of the report is kept: it holds the stats; the rest is counted, not stored.
  let tail = '';
  const io = {
    ...real,
    stdout: (text: string): void => {
      writeSync(sink, text);
      tail = (tail + text).slice(-400);
    },
  };
  const faultsBefore = process.resourceUsage().minorPageFault;
  const mainBefore = threadCpuMs();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const status = run(['check', file, '--json'], io);
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const mainAfter = threadCpuMs();
  const pageFaults = process.resourceUsage().minorPageFault - faultsBefore;
  closeSync(sink);
  const stats = /"stats":\{"events":\d+,"links":\d+,"ms":([\d.]+)\}\}\s*$/.exec(tail);
  if (status > 1 || !stats) throw new Error(`nao check failed (exit ${status}): ${tail}`);
  return { statsMs: Number(stats[1]), wallMs, cpuMs: (cpu.user + cpu.system) / 1000, mainThreadCpuMs: mainBefore === null || mainAfter === null ? null : mainAfter - mainBefore, baselineRssMb: mb(baseline), peakRssMb: mb(process.resourceUsage().maxRSS * 1024), pageFaults };
}

const [file] = process.argv.slice(2);
if (file === undefined) {
  console.error('usage: node --import tsx bench/measure-check.ts FILE');
  process.exitCode = 2;
} else {
  console.log(JSON.stringify(measure(file)));
}
