import type { Persistence, StoredStory } from './persistence';
import type { Slicer } from './sliced-work';

export interface AutosaveOptions {
  readonly persistence: Persistence;
  /** The record to save now (undefined when nothing is open). */
  readonly snapshot: () => StoredStory | undefined;
  readonly onError: (message: string) => void;
  /** The record was written (or a newer one was already stored). */
  readonly onSaved: (record: StoredStory) => void;
  readonly delayMs?: number;
  /**
   * Runs the save, and each further slice of preparing it, when the main thread is
   * free: encoding a 20,000-event story for storage is 100 ms or more the first time,
   * so it must not land between an edit and its repaint, nor in one task. Returns a
   * cancel function. Default: requestIdleCallback (at most `IDLE_TIMEOUT_MS` late)
   * where there is one, else at once.
   */
  readonly whenIdle?: (run: () => void) => () => void;
}

const IDLE_TIMEOUT_MS = 2000;
/** Work per idle slice of an autosave, in ms. */
const SLICE_MS = 8;

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
  /** Sliced saves issued so far, and how many of them a flush() told to go on without waiting for idle time. */
  private saves = 0;
  private hurriedUpTo = 0;
  /** Pauses of sliced saves waiting for idle time. */
  private readonly wakers = new Set<() => void>();

  constructor(private readonly options: AutosaveOptions) {}

  /** Notes a change; the save follows after the delay, in idle time. */
  schedule(): void {
    this.dirty = true;
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      // Still "scheduled" until the idle callback runs, so further changes do not start another wait.
      this.cancelIdle = this.whenIdle(() => {
        this.cancelIdle = undefined;
        this.timer = undefined;
        void this.save(true);
      });
    }, this.options.delayMs ?? 250);
  }

  /**
   * Writes pending changes now, and lets a save already under way finish without
   * waiting for idle time; resolves when they are stored (or failed and were reported).
   */
  flush(): Promise<void> {
    this.hurriedUpTo = this.saves;
    for (const wake of [...this.wakers]) wake();
    return this.save(false);
  }

  private save(inIdleTime: boolean): Promise<void> {
    this.stopTimers();
    if (!this.dirty) return this.writing;
    const record = this.options.snapshot();
    // Nothing to save, or not yet (a change still on its way to storage): the next schedule() tries again.
    if (!record) return this.writing;
    this.dirty = false;
    const slices = inIdleTime ? this.idleSlicer() : undefined;
    this.writing = this.writing.then(async () => {
      try {
        await this.options.persistence.saveStory(record, slices ? { slices } : undefined);
        this.options.onSaved(record);
      } catch (e) {
        this.options.onError(e instanceof Error ? e.message : String(e));
      }
    });
    return this.writing;
  }

  /** Slices that wait for idle time, until a flush() hurries every save issued before it. */
  private idleSlicer(): Slicer {
    const save = ++this.saves;
    return {
      sliceMs: SLICE_MS,
      pause: () => {
        if (save <= this.hurriedUpTo) return undefined;
        return new Promise<void>((resolve) => {
          let cancel = (): void => {};
          const wake = (): void => {
            this.wakers.delete(wake);
            cancel();
            resolve();
          };
          this.wakers.add(wake);
          cancel = this.whenIdle(wake);
        });
      },
    };
  }

  private whenIdle(run: () => void): () => void {
    return (this.options.whenIdle ?? defaultWhenIdle)(run);
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
