import { useSyncExternalStore } from 'react';

/** An on/off comfort of this browser (not of the story), remembered in localStorage. */
export interface LocalFlag {
  get(): boolean;
  set(on: boolean): void;
  /** The flag's value, re-rendering when it changes. */
  use(): boolean;
}

/**
 * A flag stored under `key` as `onValue` / `offValue`. Where the browser refuses
 * localStorage, the choice lasts the session.
 */
export function localFlag(key: string, onValue: string, offValue: string, fallback = false): LocalFlag {
  const listeners = new Set<() => void>();
  let memory = fallback;
  const get = (): boolean => {
    try {
      const stored = window.localStorage.getItem(key);
      return stored === null ? memory : stored === onValue;
    } catch {
      return memory;
    }
  };
  const subscribe = (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  return {
    get,
    set(on) {
      memory = on;
      try {
        window.localStorage.setItem(key, on ? onValue : offValue);
      } catch {
        // Remembered in memory only.
      }
      for (const l of listeners) l();
    },
    use: () => useSyncExternalStore(subscribe, get, () => fallback),
  };
}
