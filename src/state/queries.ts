import { useQuery } from '@tanstack/react-query';
import { useShallow } from 'zustand/react/shallow';
import type { Ripple } from '../core/ripple/ripple';
import type { Proposal } from '../core/resolutions/proposal';
import { isStaleRevisionError, type AnalysisView, type LaneLayout } from '../worker/protocol';
import { fetchAnalysis, fetchLanes, fetchProposals, fetchRipple, type AtRevision } from './fetchers';
import { queryClient } from './query-client';
import { documentStore, useDocument, useView } from './stores';
import { DEFAULT_MIN_IMPACT, type RevisionResult } from './types';

export { useWorkerStatus, type WorkerStatus } from './worker-status';

type Key = readonly unknown[];

/** The open story's key and revision, the first parts of every query key. */
export function useCurrent(): { storyKey: string; revision: number } {
  return useDocument(useShallow((d) => ({ storyKey: d.storyKey, revision: d.revision })));
}

/** Same query apart from the revision (index 2 of every key): then the old result may stand in, marked stale. */
export function sameExceptRevision(a: Key, b: Key): boolean {
  return a.length === b.length && a.every((part, i) => i === 2 || part === b[i]);
}

/**
 * The newest answer for the current query; while the current revision is being
 * computed, the previous revision's answer of the same query stands in, marked
 * `stale` (never passed off as current). A stale-revision rejection is no error:
 * the newer revision's own query answers.
 */
export function revisionResult<T>(
  data: AtRevision<T> | undefined,
  revision: number,
  fetching: boolean,
  error: Error | null,
): RevisionResult<T> {
  return {
    data: data?.value,
    stale: data !== undefined && data.revision !== revision,
    busy: fetching,
    error: error && !isStaleRevisionError(error) ? error : null,
  };
}

/** A worker query keyed by revision (index 2 of `key`), with the previous revision's answer standing in, marked stale. */
export function useRevisionQuery<T>(key: Key, revision: number, enabled: boolean, fetch: () => Promise<AtRevision<T>>): RevisionResult<T> {
  const q = useQuery({
    queryKey: key,
    queryFn: fetch,
    enabled,
    placeholderData: (previous: AtRevision<T> | undefined, previousQuery) =>
      previousQuery && sameExceptRevision(previousQuery.queryKey, key) ? previous : undefined,
  });
  return revisionResult(q.data, revision, q.isFetching, q.error);
}

let prefetching = false;

/**
 * From the first use on, asks the worker for each new revision's analysis and lanes the
 * moment the revision exists (in the store update), not when React has rendered it: the
 * worker then analyses while the main thread renders the edit, instead of after. The
 * hooks below find these queries in flight under the same keys.
 */
export function prefetchNewRevisions(): void {
  if (prefetching) return;
  prefetching = true;
  documentStore.subscribe((d, before) => {
    if (d.revision === before.revision || d.storyKey === '') return;
    const { storyKey, revision } = d;
    void queryClient.prefetchQuery({ queryKey: ['analysis', storyKey, revision], queryFn: () => fetchAnalysis(revision) });
    void queryClient.prefetchQuery({ queryKey: ['lanes', storyKey, revision], queryFn: () => fetchLanes(revision) });
  });
}

/** Conflicts, dismissed conflicts, scores, stats and per-scale summary of the open story. */
export function useAnalysis(): RevisionResult<AnalysisView> {
  prefetchNewRevisions();
  const { storyKey, revision } = useCurrent();
  return useRevisionQuery(['analysis', storyKey, revision], revision, storyKey !== '', () => fetchAnalysis(revision));
}

/** Node positions of the lanes layout, weights and the time axis. */
export function useLanes(): RevisionResult<LaneLayout> {
  const { storyKey, revision } = useCurrent();
  return useRevisionQuery(['lanes', storyKey, revision], revision, storyKey !== '', () => fetchLanes(revision));
}

/** The ripple of view.impact (none while it is null). */
export function useRipple(): RevisionResult<Ripple> {
  const { storyKey, revision } = useCurrent();
  const impact = useView((v) => v.impact);
  const sourceId = impact?.sourceId ?? '';
  const direction = impact?.direction ?? 'forward';
  const minImpact = impact?.minImpact ?? DEFAULT_MIN_IMPACT;
  const maxHops = impact?.maxHops;
  return useRevisionQuery(
    ['ripple', storyKey, revision, sourceId, direction, minImpact, maxHops ?? null],
    revision,
    storyKey !== '' && impact !== null,
    () => fetchRipple(sourceId, { direction, minImpact, ...(maxHops !== undefined ? { maxHops } : {}) }, revision),
  );
}

/** Ranked proposals for a conflict (none for null). */
export function useProposals(conflictId: string | null): RevisionResult<readonly Proposal[]> {
  const { storyKey, revision } = useCurrent();
  return useRevisionQuery(
    ['proposals', storyKey, revision, conflictId],
    revision,
    storyKey !== '' && conflictId !== null,
    () => fetchProposals(conflictId ?? '', revision),
  );
}
