import type { AppendOutcome, LogEntry, Persistence } from './persistence';

export interface DurableWriterOptions {
  readonly persistence: Persistence;
  /** The entry is stored. */
  readonly onSaved: (entry: LogEntry) => void;
  /** Another tab stored that version first: the entry is not part of the story. */
  readonly onConflict: (entry: LogEntry) => void;
  readonly onError: (message: string) => void;
  /** The number of writes in flight changed. */
  readonly onPending?: (pending: number) => void;
}

/**
 * Appends each committed change to the durable log in the caller's task (the
 * storage issues the write before `append` returns) and reports how each write
 * ended. `settled()` waits for every write issued so far.
 */
export class DurableWriter {
  private pending = 0;
  private all: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: DurableWriterOptions) {}

  append(entry: LogEntry): void {
    let outcome: Promise<AppendOutcome>;
    try {
      outcome = this.options.persistence.appendLog(entry);
    } catch (e) {
      this.options.onError(messageOf(e));
      return;
    }
    this.setPending(this.pending + 1);
    const done = outcome.then(
      (o) => (o === 'saved' ? this.options.onSaved(entry) : this.options.onConflict(entry)),
      (e: unknown) => this.options.onError(messageOf(e)),
    );
    const counted = done.finally(() => this.setPending(this.pending - 1));
    this.all = Promise.allSettled([this.all, counted]);
  }

  /** Resolves once every write issued so far has ended (stored, refused or failed). */
  async settled(): Promise<void> {
    let seen: Promise<unknown>;
    do {
      seen = this.all;
      await seen;
    } while (seen !== this.all);
  }

  private setPending(n: number): void {
    this.pending = n;
    this.options.onPending?.(n);
  }
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
