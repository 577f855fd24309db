import type { Studio } from './studio-context';

/**
 * The app's one studio, set once at startup (src/main.tsx). src/state/index.ts binds
 * every command and hook to it, so the UI calls `edit(ops)` and `useDocument(sel)`
 * without carrying a studio around.
 *
 * Why not a React context: commands are called outside React as much as inside it
 * (Cytoscape handlers, window key handlers, notice actions, timers), where no context
 * can be read, and the UI's public API (44 files) stays as it was. Tests never go
 * through this: they create studios and pass them to the commands directly.
 */
let current: Studio | undefined;

/** Makes `studio` the one the module-level commands and hooks use (undefined: none). */
export function setCurrentStudio(studio: Studio | undefined): void {
  current = studio;
}

/** The app's studio; throws when none was set, naming the fix. */
export function currentStudio(): Studio {
  if (!current) throw new Error('No studio: call setCurrentStudio(createStudio()) in src/main.tsx before rendering.');
  return current;
}

/** `f` with its first argument, the studio, filled in with the current one at each call. */
export function bindToCurrent<A extends unknown[], R>(f: (s: Studio, ...args: A) => R): (...args: A) => R {
  return (...args: A): R => f(currentStudio(), ...args);
}
