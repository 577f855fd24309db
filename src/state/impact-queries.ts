import { useQuery } from '@tanstack/react-query';
import type { Ripple } from '../core/ripple/ripple';
import type { PatchPreview } from '../worker/patch-preview';
import { fetchPatchPreview, fetchWhatIfRipple, type AtRevision } from './fetchers';
import { useStore } from 'zustand';
import { revisionResult, useCurrent } from './queries';
import type { Studio } from './studio-context';
import { DEFAULT_MIN_IMPACT, type RevisionResult } from './types';

const NONE: RevisionResult<never> = { data: undefined, stale: false, busy: false, error: null };

interface KeyedRipple {
  readonly ripple: Ripple;
  /** The question it answers apart from the revision, so an answer to another what-if is never passed off as current. */
  readonly question: string;
}

/**
 * The ripple of view.impact as it would be after the what-if edit (none while there is
 * no what-if). While the user drags a what-if slider, the previous answer stands in,
 * marked stale, rather than the panel emptying between answers.
 */
export function useWhatIfRipple(s: Studio): RevisionResult<Ripple> {
  const { storyKey, revision } = useCurrent(s);
  const impact = useStore(s.view, (v) => v.impact);
  const whatIf = useStore(s.overlay, (o) => o.whatIf);
  const enabled = storyKey !== '' && impact !== null && whatIf !== null;
  const sourceId = impact?.sourceId ?? '';
  const direction = impact?.direction ?? 'forward';
  const minImpact = impact?.minImpact ?? DEFAULT_MIN_IMPACT;
  const maxHops = impact?.maxHops;
  const ops = whatIf?.ops ?? [];
  const question = JSON.stringify([sourceId, direction, minImpact, maxHops ?? null, ops]);
  const q = useQuery({
    queryKey: ['what-if', storyKey, revision, question],
    queryFn: async (): Promise<AtRevision<KeyedRipple>> => {
      const request = { direction, minImpact, ...(maxHops !== undefined ? { maxHops } : {}) };
      const answer = await fetchWhatIfRipple(s, sourceId, request, ops, revision);
      return { revision: answer.revision, value: { ripple: answer.value, question } };
    },
    enabled,
    placeholderData: (previous: AtRevision<KeyedRipple> | undefined, previousQuery) =>
      previousQuery && previousQuery.queryKey[0] === 'what-if' && previousQuery.queryKey[1] === storyKey ? previous : undefined,
  }, s.queryClient);
  if (!enabled) return NONE;
  const r = revisionResult(q.data, revision, q.isFetching, q.error);
  const current = q.data?.value.question === question;
  return { data: r.data?.ripple, stale: r.stale || (q.data !== undefined && !current), busy: r.busy, error: r.error };
}

/** The ghost diff of the previewed proposal (none while no proposal is hovered or focused). */
export function usePatchPreview(s: Studio): RevisionResult<PatchPreview> & { readonly proposalId: string | null } {
  const { storyKey, revision } = useCurrent(s);
  const preview = useStore(s.overlay, (o) => o.preview);
  const enabled = storyKey !== '' && preview !== null;
  const proposalId = preview?.proposalId ?? null;
  const q = useQuery({
    queryKey: ['preview', storyKey, revision, proposalId],
    queryFn: () => fetchPatchPreview(s, preview?.patch ?? [], revision),
    // A proposal id names the same patch within a revision, so the key needs no patch.
    enabled,
  }, s.queryClient);
  if (!enabled) return { ...NONE, proposalId: null };
  return { ...revisionResult(q.data, revision, q.isFetching, q.error), proposalId };
}
