// Both hosts (browser worker, Node) provide performance.now(); the core is compiled
// without DOM or Node types, so it declares just the part it uses.
declare const performance: { now(): number };

/** Milliseconds from an arbitrary origin, with sub-millisecond precision. */
export function now(): number {
  return performance.now();
}
