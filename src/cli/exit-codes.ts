/** Exit statuses of `nao`, as documented in docs/CLI.md. */
export const EXIT = {
  /** Success; for `check`: no conflicts. */
  ok: 0,
  /** `check`: at least one conflict; `fix`: nothing could be applied. */
  conflicts: 1,
  /**
   * Invalid input: usage error, unreadable, too large or invalid story file, unknown event or
   * conflict id, unwritable output; also an unexpected error (a bug in nao), reported in one line.
   */
  invalid: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
