import type { RawIssue } from './zod-issues';

/**
 * How deep app data under `extra` may nest. JSON.parse accepts any depth, but exporting,
 * copying and comparing a value thousands of levels deep overflows the stack; 64 levels
 * is far more than any app data needs. Every host loads through loadStory, so all agree.
 */
export const MAX_EXTRA_DEPTH = 64;

/** The first place where `extra` nests deeper than MAX_EXTRA_DEPTH, as a load error; none when within. */
export function extraDepthIssues(root: Readonly<Record<string, unknown>>): RawIssue[] {
  const extra = root['extra'];
  if (typeof extra !== 'object' || extra === null) return [];
  // Iterative, so that the check itself cannot overflow the stack on the inputs it guards against.
  const stack: { value: object; path: (string | number)[] }[] = [{ value: extra, path: ['extra'] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    // `extra` itself is level 1, so its path has one segment per level.
    if (path.length > MAX_EXTRA_DEPTH) {
      return [{ path, message: `app data in "extra" nests deeper than ${MAX_EXTRA_DEPTH} levels; flatten it` }];
    }
    const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
    for (const [key, child] of entries) {
      if (typeof child === 'object' && child !== null) stack.push({ value: child, path: [...path, key] });
    }
  }
  return [];
}
