import { ops } from '../core/edits/ops';
import type { DismissedEntry } from '../core/model/story';
import type { SafeFixes } from '../worker/protocol';
import { edit } from './document-commands';
import { fetchProposals } from './fetchers';
import { notify } from './notices';
import { IDLE_SAFE_FIXES, safeFixesStore } from './safe-fixes-progress';
import { safeFixesRunner } from './safe-fixes-runner';
import { documentStore } from './stores';

function isDismissed(conflictId: string): boolean {
  return documentStore.getState().story.dismissed?.some((d) => d.id === conflictId) === true;
}

/**
 * Hides a conflict from the list, the counts and the scores (story.dismissed, so it travels
 * with the file), with an optional note and the time. One undo step.
 */
export function dismissConflict(conflictId: string, note?: string): boolean {
  if (isDismissed(conflictId)) return false;
  const at = new Date().toISOString();
  const entry: DismissedEntry = note ? { id: conflictId, note, at } : { id: conflictId, at };
  return edit(ops.dismiss(entry), 'dismiss conflict');
}

/** Shows a dismissed conflict again, or forgets a stale entry (one the user chose to remove). One undo step. */
export function restoreConflict(conflictId: string): boolean {
  if (!isDismissed(conflictId)) return false;
  return edit(ops.restore(conflictId), 'restore conflict');
}

/** Runs a worker request for the current revision; if the story changed meanwhile, says so instead of applying an outdated patch. */
async function forCurrentRevision<T>(request: (revision: number) => Promise<{ revision: number; value: T }>): Promise<T | undefined> {
  const revision = documentStore.getState().revision;
  try {
    const { value } = await request(revision);
    if (documentStore.getState().revision !== revision) throw new Error('stale');
    return value;
  } catch {
    notify('error', 'The story changed while the fix was being prepared; nothing was applied. Please try again.');
    return undefined;
  }
}

/**
 * Applies one proposal of a conflict as one undoable step ("Undo accept fix: …"); false
 * when it could not be applied. `proposalId`, when given, must name the proposal at
 * that index, so a list that changed meanwhile never applies a different fix.
 */
export async function acceptProposal(conflictId: string, proposalIndex: number, proposalId?: string): Promise<boolean> {
  const proposals = await forCurrentRevision((r) => fetchProposals(conflictId, r));
  if (!proposals) return false;
  const proposal = proposals[proposalIndex];
  if (!proposal || (proposalId !== undefined && proposal.id !== proposalId)) {
    notify('error', 'That proposal is no longer available.');
    return false;
  }
  const ok = edit(proposal.patch, `accept fix: ${proposal.description}`);
  if (ok) notify('info', `Accepted: ${proposal.description}`);
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

/** The run in progress, if any: how to stop it, and why it was stopped. */
let running: { stop(why: 'user' | 'changed'): void } | undefined;

/**
 * Applies the top safe fix (introducing nothing) of every active conflict as one
 * undoable step, dismissed conflicts left alone, and says what it did; returns how
 * many fixes it applied. The fixes are computed off the analysis worker, with
 * progress in useSafeFixesProgress; cancelSafeFixes() or any edit meanwhile stops the
 * run and applies nothing. One run at a time: a second call while one runs returns 0.
 */
export async function acceptSafeFixes(): Promise<number> {
  if (running) return 0;
  const { story, revision } = documentStore.getState();
  // The core's fixAll skips the story's dismissed conflicts itself; nothing else to ignore.
  const ignore: string[] = [];
  safeFixesStore.setState({ ...IDLE_SAFE_FIXES, running: true }, true);
  const job = safeFixesRunner()(story, ignore, (p) => safeFixesStore.setState({ running: true, done: p.done, total: p.total, steps: p.steps }));
  let stoppedFor: 'user' | 'changed' | undefined;
  running = {
    stop(why) {
      stoppedFor ??= why;
      job.cancel();
    },
  };
  // The result is worth something for this revision only: stop as soon as the story moves on.
  const unsubscribe = documentStore.subscribe((d) => {
    if (d.revision !== revision) running?.stop('changed');
  });
  let fixes: SafeFixes;
  try {
    fixes = await job.result;
  } catch (e) {
    if (stoppedFor === 'user') notify('info', 'Accepting safe fixes was cancelled; nothing was applied.');
    else if (stoppedFor === 'changed') notify('error', STORY_CHANGED);
    else notify('error', `The safe fixes could not be computed: ${e instanceof Error ? e.message : String(e)}`);
    return 0;
  } finally {
    unsubscribe();
    running = undefined;
    safeFixesStore.setState(IDLE_SAFE_FIXES, true);
  }
  if (documentStore.getState().revision !== revision) {
    notify('error', STORY_CHANGED);
    return 0;
  }
  const n = fixes.steps.length;
  if (n === 0 || fixes.ops.length === 0) {
    notify('info', 'No safe fixes to apply.');
    return 0;
  }
  const ok = edit(fixes.ops, n === 1 ? 'accept 1 safe fix' : `accept ${n} safe fixes`);
  if (!ok) return 0;
  notify('info', safeFixesReport(fixes));
  return n;
}

/** Stops a running "accept all safe fixes"; nothing is applied. */
export function cancelSafeFixes(): void {
  running?.stop('user');
}
