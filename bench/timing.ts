/** Median of a non-empty list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Milliseconds one call of `fn` takes, and its result. */
export function timed<T>(fn: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = fn();
  return { ms: performance.now() - started, value };
}

/** Untimed warm-up budget: small inputs need many calls before V8's optimising tiers kick in. */
const WARMUP_MS = 400;

/** At least `warmup` untimed calls, and more until WARMUP_MS has passed. */
function warmUp(call: () => unknown, warmup: number): void {
  const until = performance.now() + WARMUP_MS;
  for (let k = 0; k < warmup || (warmup > 0 && performance.now() < until); k++) call();
}

export interface TimeStats {
  /** Wall-clock milliseconds. */
  readonly median: number;
  readonly min: number;
  /**
   * Median CPU milliseconds of the whole process (process.cpuUsage, user + system, all threads):
   * barely affected by other processes competing for the cores, but it includes V8's
   * background GC threads, so on a quiet machine it can exceed the wall-clock time.
   */
  readonly cpuMedian: number;
}

/** Median and fastest of `runs` timed calls after the warm-up; the gap between them shows how noisy the machine was. */
export function timeStats(fn: () => unknown, runs: number, warmup = 1): TimeStats {
  warmUp(fn, warmup);
  const times: number[] = [];
  const cpu: number[] = [];
  for (let k = 0; k < runs; k++) {
    const before = process.cpuUsage();
    times.push(timed(fn).ms);
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
  }
  return { median: median(times), min: Math.min(...times), cpuMedian: median(cpu) };
}

/** Median time of `runs` calls after untimed warm-up ones (the JIT settles during the warm-up). */
export function medianTime(fn: () => unknown, runs: number, warmup = 1): number {
  return timeStats(fn, runs, warmup).median;
}

/**
 * Like medianTime, but each call gets a fresh input from `setup` (untimed). The rules cache
 * derived tables per StoryIndex, so timing them on one reused index would measure cache hits.
 */
export function medianTimeFresh<I>(setup: () => I, fn: (input: I) => unknown, runs: number, warmup = 1): number {
  warmUp(() => fn(setup()), warmup);
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const input = setup();
    times.push(timed(() => fn(input)).ms);
  }
  return median(times);
}

/** Runs per measurement by story size: fewer for big stories so the whole bench stays within minutes. */
export function runsFor(events: number): { warmup: number; runs: number } {
  if (events >= 100_000) return { warmup: 2, runs: 5 };
  if (events >= 10_000) return { warmup: 3, runs: 15 };
  return { warmup: 5, runs: 31 };
}

/** Bytes to megabytes, one decimal. */
export const mb = (bytes: number): number => Math.round(bytes / 1e5) / 10;
