import { mergeAdded, mergeInOrder, without } from '../src/ui/graph/incremental-z-order';

/**
 * The draw order's list work after Add event or Undo at 20,000 events (80,000 elements), in
 * Node: one element merged in at the end of its layer (`mergeAdded`), one placed anywhere
 * (`mergeInOrder`), three taken out (`without`). `npx tsx bench/z-order-bench.ts [elements]`.
 * Prints the median and the slowest of 15 runs of each, in ms.
 */
type E = { readonly key: readonly number[]; readonly pool: number };

const n = Number(process.argv[2] ?? 80_000);
// Links first (layer 0), events after (layer 1), as Cytoscape draws them: a quarter are events.
const sorted: E[] = Array.from({ length: n }, (_, i) => ({ key: [0, i < (3 * n) / 4 ? 0 : 1, 0], pool: i }));
const keyOf = (e: E): readonly number[] => e.key;
const poolOf = (e: E): number => e.pool;
const compare = (a: E, b: E): number => a.key[1]! - b.key[1]! || a.pool - b.pool;

function time(run: (k: number) => unknown): string {
  const ms: number[] = [];
  for (let k = 0; k < 15; k++) {
    const t = performance.now();
    run(k);
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return `${ms[7]!.toFixed(2)} median, ${ms[14]!.toFixed(2)} slowest`;
}

console.log(`${n} elements`);
console.log('mergeAdded, 1 event added:   ', time((k) => mergeAdded(sorted, [{ key: [0, 1, 0], pool: n + k }], keyOf, poolOf)));
console.log('mergeInOrder, 1 moved link:  ', time((k) => mergeInOrder(sorted, [{ key: [0, 0, 0], pool: n / 2 + 0.5 + k }], compare)));
console.log('without, 3 elements removed: ', time((k) => without(sorted, new Set([sorted[n - 1 - k]!, sorted[n / 2]!, sorted[k]!]))));
