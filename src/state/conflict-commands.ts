import { ops } from '../core/edits/ops';
import type { DismissedEntry } from '../core/model/story';
import type { SafeFixes } from '../worker/protocol';
import { edit } from './document-commands';
import { fetchProposals } from './fetchers';
import { notify } from './notices';
import { IDLE_SAFE_FIXES } from './safe-fixes-progress';
import { safeFixesRunner } from './safe-fixes-runner';
import type { Studio } from './studio-context';

function isDismissed(s: Studio, conflictId: string): boolean {
  return s.document.getState().story.dismissed?.some((d) => d.id === conflictId) === true;
}

/**
 * Hides a conflict from the list, the counts and the scores (story.dismissed, so it travels
 * with the file), with an optional note and the time. One undo step.
 */
export function dismissConflict(s: Studio, conflictId: string, note?: string): boolean {
  if (isDismissed(s, conflictId)) return false;
  const at = new Date().toISOString();
  const entry: DismissedEntry = note ? { id: conflictId, note, at } : { id: conflictId, at };
  return edit(s, ops.dismiss(entry), 'dismiss conflict');
}

/** Shows a dismissed conflict again, or forgets a stale entry (one the user chose to remove). One undo step. */
export function restoreConflict(s: Studio, conflictId: string): boolean {
  if (!isDismissed(s, conflictId)) return false;
  return edit(s, ops.restore(conflictId), 'restore conflict');
}

/** Runs a worker request for the current revision; if the story changed meanwhile, says so instead of applying an outdated patch. */
async function forCurrentRevision<T>(s: Studio, request: (revision: number) => Promise<{ revision: number; value: T }>): Promise<T | undefined> {
  const revision = s.document.getState().revision;
  try {
    const { value } = await request(revision);
    if (s.document.getState().revision !== revision) throw new Error('stale');
    return value;
  } catch {
    notify(s, 'error', 'The story changed while the fix was being prepared; nothing was applied. Please try again.');
    return undefined;
  }
}

/**
 * Applies one proposal of a conflict as one undoable step ("Undo accept fix: …"); false
 * when it could not be applied. `proposalId`, when given, must name the proposal at
 * that index, so a list that changed meanwhile never applies a different fix.
 */
export async function acceptProposal(s: Studio, conflictId: string, proposalIndex: number, proposalId?: string): Promise<boolean> {
  const proposals = await forCurrentRevision(s, (r) => fetchProposals(s, conflictId, r));
  if (!proposals) return false;
  const proposal = proposals[proposalIndex];
  if (!proposal || (proposalId !== undefined && proposal.id !== proposalId)) {
    notify(s, 'error', 'That proposal is no longer available.');
    return false;
  }
  const ok = edit(s, proposal.patch, `accept fix: ${proposal.description}`);
  if (ok) notify(s, 'info', `Accepted: ${proposal.description}`);
  return ok;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** "Accepted 2 safe fixes, resolving 3 conflicts: Move A after B; Cap C." (the first few named). */
export function safeFixesReport(fixes: SafeFixes, named = 3): string {
  const n = fixes.steps.length;
  const names = fixes.steps.slice(0, named).map((s) => s.proposal.description.replace(/\.$/, ''));
  const more = n > named ? `; and ${n - named} more` : '';
  return `Accepted ${plural(n, 'safe fix', 'safe fixes')}, resolving ${plural(fixes.resolved.length, 'conflict', 'conflicts')}: ${names.join('; ')}${more}.`;
}

const STORY_CHANGED = 'The story changed while the safe fixes were being prepared; nothing was applied. Please try again.';

/**
 * Applies the top safe fix (introducing nothing) of every active conflict as one
 * undoable step, dismissed conflicts left alone, and says what it did; returns how
 * many fixes it applied. The fixes are computed off the analysis worker, with
 * progress in useSafeFixesProgress; cancelSafeFixes() or any edit meanwhile stops the
 * run and applies nothing. One run at a time: a second call while one runs returns 0.
 */
export async function acceptSafeFixes(s: Studio): Promise<number> {
  if (s.session.safeFixesRun) return 0;
  const { story, revision } = s.document.getState();
  // The core's fixAll skips the story's dismissed conflicts itself; nothing else to ignore.
  const ignore: string[] = [];
  s.safeFixes.setState({ ...IDLE_SAFE_FIXES, running: true }, true);
  const job = safeFixesRunner(s)(story, ignore, (p) =>
    s.safeFixes.setState(({ first }) => ({ running: true, done: p.done, total: p.total, steps: p.steps, left: p.left, first: first || p.left })),
  );
  let stoppedFor: 'user' | 'changed' | undefined;
  const run = {
    stop(why: 'user' | 'changed') {
      stoppedFor ??= why;
      job.cancel();
    },
  };
  s.session.safeFixesRun = run;
  // The result is worth something for this revision only: stop as soon as the story moves on.
  const unsubscribe = s.document.subscribe((d) => {
    if (d.revision !== revision) run.stop('changed');
  });
  let fixes: SafeFixes;
  try {
    fixes = await job.result;
  } catch (e) {
    if (stoppedFor === 'user') notify(s, 'info', 'Accepting safe fixes was cancelled; nothing was applied.');
    else if (stoppedFor === 'changed') notify(s, 'error', STORY_CHANGED);
    else notify(s, 'error', `The safe fixes could not be computed: ${e instanceof Error ? e.message : String(e)}`);
    return 0;
  } finally {
    unsubscribe();
    s.session.safeFixesRun = undefined;
    s.safeFixes.setState(IDLE_SAFE_FIXES, true);
  }
  if (s.document.getState().revision !== revision) {
    notify(s, 'error', STORY_CHANGED);
    return 0;
  }
  const n = fixes.steps.length;
  if (n === 0 || fixes.ops.length === 0) {
    notify(s, 'info', 'No safe fixes to apply.');
    return 0;
  }
  const ok = edit(s, fixes.ops, n === 1 ? 'accept 1 safe fix' : `accept ${n} safe fixes`);
  if (!ok) return 0;
  notify(s, 'info', safeFixesReport(fixes));
  return n;
}

/** Stops a running "accept all safe fixes"; nothing is applied. */
export function cancelSafeFixes(s: Studio): void {
  s.session.safeFixesRun?.stop('user');
}
