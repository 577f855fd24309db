import { useQuery } from '@tanstack/react-query';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { Ripple } from '../core/ripple/ripple';
import type { Proposal } from '../core/resolutions/proposal';
import { isStaleRevisionError, type AnalysisView, type LaneLayout } from '../worker/protocol';
import { fetchAnalysis, fetchLanes, fetchProposals, fetchRipple, type AtRevision } from './fetchers';
import type { Studio } from './studio-context';
import { DEFAULT_MIN_IMPACT, type RevisionResult } from './types';


type Key = readonly unknown[];

/** The open story's key and revision, the first parts of every query key. */
export function useCurrent(s: Studio): { storyKey: string; revision: number } {
  return useStore(s.document, useShallow((d) => ({ storyKey: d.storyKey, revision: d.revision })));
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
export function useRevisionQuery<T>(s: Studio, key: Key, revision: number, enabled: boolean, fetch: () => Promise<AtRevision<T>>): RevisionResult<T> {
  const q = useQuery({
    queryKey: key,
    queryFn: fetch,
    enabled,
    placeholderData: (previous: AtRevision<T> | undefined, previousQuery) =>
      previousQuery && sameExceptRevision(previousQuery.queryKey, key) ? previous : undefined,
  }, s.queryClient);
  return revisionResult(q.data, revision, q.isFetching, q.error);
}

/**
 * Asks the worker for each new revision's analysis and lanes the moment the revision
 * exists (in the store update), not when React has rendered it: the worker then
 * analyses while the main thread renders the edit, instead of after. The hooks below
 * find these queries in flight under the same keys. Started by the studio; returns
 * the unsubscribe function.
 */
export function prefetchNewRevisions(s: Studio): () => void {
  return s.document.subscribe((d, before) => {
    if (d.revision === before.revision || d.storyKey === '') return;
    const { storyKey, revision } = d;
    const lanes = () => void s.queryClient.prefetchQuery({ queryKey: ['lanes', storyKey, revision], queryFn: () => fetchLanes(s, revision) });
    // The worker answers in the order asked. After an edit the count comes first (an incremental
    // analysis is quick); a story just opened is laid out first (its whole analysis takes the
    // worker a second at 20,000 events, its lanes a tenth of that), so the main thread draws
    // the graph while the conflicts are found.
    const opened = d.storyKey !== before.storyKey;
    if (opened) lanes();
    void s.queryClient.prefetchQuery(analysisQuery(s, storyKey, revision));
    if (!opened) lanes();
  });
}

/** The analysis of one revision of a story, as cached and shared by every asker. */
function analysisQuery(s: Studio, storyKey: string, revision: number) {
  return { queryKey: ['analysis', storyKey, revision], queryFn: () => fetchAnalysis(s, revision, storyKey) } as const;
}

/**
 * The analysis of `revision` through the query cache: the answer asked for already (the
 * prefetch of a new revision) is waited for rather than asked again, and what it fetches is
 * kept for the panels (at 20,000 events a whole analysis is thousands of conflicts to copy).
 */
export function ensureAnalysis(s: Studio, storyKey: string, revision: number): Promise<AtRevision<AnalysisView>> {
  return s.queryClient.fetchQuery(analysisQuery(s, storyKey, revision));
}

/** Conflicts, dismissed conflicts, scores, stats and per-scale summary of the open story. */
export function useAnalysis(s: Studio): RevisionResult<AnalysisView> {
  const { storyKey, revision } = useCurrent(s);
  const { queryKey, queryFn } = analysisQuery(s, storyKey, revision);
  return useRevisionQuery(s, queryKey, revision, storyKey !== '', queryFn);
}

/** Node positions of the lanes layout, weights and the time axis. */
export function useLanes(s: Studio): RevisionResult<LaneLayout> {
  const { storyKey, revision } = useCurrent(s);
  return useRevisionQuery(s, ['lanes', storyKey, revision], revision, storyKey !== '', () => fetchLanes(s, revision));
}

/** The ripple of view.impact (none while it is null). */
export function useRipple(s: Studio): RevisionResult<Ripple> {
  const { storyKey, revision } = useCurrent(s);
  const impact = useStore(s.view, (v) => v.impact);
  const sourceId = impact?.sourceId ?? '';
  const direction = impact?.direction ?? 'forward';
  const minImpact = impact?.minImpact ?? DEFAULT_MIN_IMPACT;
  const maxHops = impact?.maxHops;
  return useRevisionQuery(
    s,
    ['ripple', storyKey, revision, sourceId, direction, minImpact, maxHops ?? null],
    revision,
    storyKey !== '' && impact !== null,
    () => fetchRipple(s, sourceId, { direction, minImpact, ...(maxHops !== undefined ? { maxHops } : {}) }, revision),
  );
}

/** Ranked proposals for a conflict (none for null). */
export function useProposals(s: Studio, conflictId: string | null): RevisionResult<readonly Proposal[]> {
  const { storyKey, revision } = useCurrent(s);
  return useRevisionQuery(
    s,
    ['proposals', storyKey, revision, conflictId],
    revision,
    storyKey !== '' && conflictId !== null,
    () => fetchProposals(s, conflictId ?? '', revision),
  );
}
