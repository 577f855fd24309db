import type { Persistence, StoredStory } from './persistence';

export interface AutosaveOptions {
  readonly persistence: Persistence;
  /** The record to save now (undefined when nothing is open). */
  readonly snapshot: () => StoredStory | undefined;
  readonly onError: (message: string) => void;
  readonly onSaved: () => void;
  readonly delayMs?: number;
  /**
   * Runs the save when the main thread is free: writing a 5,000-event story into
   * IndexedDB clones it synchronously (about 100 ms), so it must not land between an
   * edit and its repaint. Returns a cancel function. Default: requestIdleCallback
   * (at most `IDLE_TIMEOUT_MS` late) where there is one, else at once.
   */
  readonly whenIdle?: (run: () => void) => () => void;
}

const IDLE_TIMEOUT_MS = 2000;

/** requestIdleCallback where the platform has it (browsers), else run at once (Node tests). */
function defaultWhenIdle(run: () => void): () => void {
  const g = globalThis as { requestIdleCallback?: (cb: () => void, o: { timeout: number }) => number; cancelIdleCallback?: (h: number) => void };
  if (typeof g.requestIdleCallback !== 'function') {
    run();
    return () => {};
  }
  const handle = g.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
  return () => g.cancelIdleCallback?.(handle);
}

/**
 * Compacts the durable log: writes the open story's full snapshot shortly after
 * changes, in idle time (changes within `delayMs` are written once), and `flush`
 * writes at once (page hide, switching stories). Durability does not depend on
 * it: every change is already in the log (durable-log.ts). Writes never overlap,
 * so an older snapshot cannot land after a newer one.
 */
export class Autosaver {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private cancelIdle: (() => void) | undefined;
  private dirty = false;
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly options: AutosaveOptions) {}

  /** Notes a change; the save follows after the delay. */
  schedule(): void {
    this.dirty = true;
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      // Still "scheduled" until the idle callback runs, so further changes do not start another wait.
      this.cancelIdle = (this.options.whenIdle ?? defaultWhenIdle)(() => {
        this.cancelIdle = undefined;
        this.timer = undefined;
        void this.flush();
      });
    }, this.options.delayMs ?? 250);
  }

  /** Writes pending changes now; resolves when they are stored (or failed and were reported). */
  flush(): Promise<void> {
    this.stopTimers();
    if (!this.dirty) return this.writing;
    const record = this.options.snapshot();
    // Nothing to save, or not yet (a change still on its way to storage): the next schedule() tries again.
    if (!record) return this.writing;
    this.dirty = false;
    this.writing = this.writing.then(async () => {
      try {
        await this.options.persistence.saveStory(record);
        this.options.onSaved();
      } catch (e) {
        this.options.onError(e instanceof Error ? e.message : String(e));
      }
    });
    return this.writing;
  }

  /** Forgets unsaved changes (the open story was deleted: saving it would bring it back). */
  discard(): void {
    this.dirty = false;
    this.dispose();
  }

  /** Stops the timer without saving (tests, shutdown after a final flush). */
  dispose(): void {
    this.stopTimers();
  }

  private stopTimers(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.cancelIdle?.();
    this.cancelIdle = undefined;
  }
}
