import { spawnSync } from 'node:child_process';

/** What a measuring child process printed, or why it gave nothing. */
export type ChildResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

/**
 * Runs a bench script in a fresh Node process (tsx as an --import hook, so Node flags such as
 * --expose-gc can be passed, which `tsx script.ts` does not allow) and parses the JSON object
 * it prints last.
 */
export function runChild<T>(script: string, args: readonly string[], options: { gc?: boolean; timeoutMs: number }): ChildResult<T> {
  const flags = [...(options.gc ? ['--expose-gc'] : []), '--import', 'tsx'];
  const child = spawnSync(process.execPath, [...flags, script, ...args], {
    encoding: 'utf8',
    timeout: options.timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.error && (child.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') {
    return { ok: false, error: `timeout after ${Math.round(options.timeoutMs / 1000)} s` };
  }
  const last = child.stdout.trimEnd().split('\n').pop() ?? '';
  if (child.status !== 0 || !last.startsWith('{')) {
    const why = child.stderr.trim().split('\n').slice(-3).join(' / ') || `exit ${child.status}, signal ${child.signal}`;
    return { ok: false, error: why };
  }
  return { ok: true, value: JSON.parse(last) as T };
}
