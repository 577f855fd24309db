import { useSyncExternalStore } from 'react';

/** Whether the tension strip is open under the graph: a comfort of this browser, remembered in localStorage. */
const KEY = 'arc-studio:tension-strip';
const listeners = new Set<() => void>();

function read(): boolean {
  try {
    return window.localStorage.getItem(KEY) === 'open';
  } catch {
    return memory;
  }
}

/** Where the browser refuses localStorage, the choice lasts the session. */
let memory = false;

/** Opens or closes the strip (and remembers it). */
export function setStripOpen(open: boolean): void {
  memory = open;
  try {
    window.localStorage.setItem(KEY, open ? 'open' : 'closed');
  } catch {
    // Remembered in memory only.
  }
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The strip's open state, re-rendering when it changes. */
export function useStripOpen(): boolean {
  return useSyncExternalStore(subscribe, read, () => false);
}
