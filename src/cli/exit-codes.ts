/** Exit statuses of `nao`, as documented in docs/CLI.md. */
export const EXIT = {
  /** Success; for `check`: no conflicts. */
  ok: 0,
  /** `check`: at least one conflict; `fix`: nothing could be applied. */
  conflicts: 1,
  /** Invalid input: usage error, unreadable or invalid story file, unknown event or conflict id. */
  invalid: 2,
  /** A bug in nao itself (an unexpected exception). */
  internal: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
