import { setFlagsFromString } from 'node:v8';

/**
 * From inputs of this many characters on (about 45,000 dense events), `nao` lets V8 grow its
 * young generation as usual; below, it stays at its first size (1 MB per semi-space).
 *
 * Why: V8 grows the young generation up to 16 MB per semi-space while it parses a story, and the
 * check that follows allocates into pages of it that were never touched. On the 2-core bench
 * machine (a Firecracker VM) the first touch of a 4 KB page costs about 11 µs (64 MB: 189 ms),
 * so a 10k dense check spent 5,000-6,000 page faults, about 60 of its 150-200 ms, on memory it
 * used once. Kept small, the same pages are reused: 1,300 faults, and parse plus check together
 * are no slower. Over 20 M characters the smaller young generation costs more in the parse
 * (100k dense: +90 ms) than it saves. Measured in docs/BENCHMARKS.md, "nao check cold: fresh pages".
 */
export const GROW_FROM_CHARS = 20_000_000;

/** The factor this process last set (V8's default is 2), so a run of files sets it only on change. */
let factor = 2;

/** Picks V8's young-generation growth for an input of `chars` characters, before it is parsed. */
export function youngGenerationFor(chars: number): void {
  const wanted = chars < GROW_FROM_CHARS ? 1 : 2;
  if (wanted === factor) return;
  // Read by V8 each time it considers growing the young generation, so it can change at run time.
  setFlagsFromString(`--semi-space-growth-factor=${wanted}`);
  factor = wanted;
}
