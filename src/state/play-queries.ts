import { useQuery } from '@tanstack/react-query';
import type { PlayAnswer } from '../worker/play-through';
import type { Studio } from './studio-context';
import { revisionResult, useCurrent } from './queries';
import type { AtRevision } from './fetchers';
import type { RevisionResult } from './types';
import { useStore } from 'zustand';

/** The worker's play-through state after `path` at `revision`. */
async function fetchPlayThrough(s: Studio, path: readonly string[], revision: number): Promise<AtRevision<PlayAnswer>> {
  if (!s.session.client) throw new Error('Analysis is not running');
  const value = await s.session.client.call((p) => p.playThrough(path, revision));
  return { revision, value };
}

/**
 * The play-through state for the current path, computed in the worker. While a step
 * is computed the previous answer stands in, marked stale (the meters show `aria-busy`);
 * going back to a path already answered is served from the cache, so `Step back`
 * restores exactly the values shown before.
 */
export function usePlayThrough(s: Studio): RevisionResult<PlayAnswer> {
  const { storyKey, revision } = useCurrent(s);
  const active = useStore(s.play, (p) => p.active);
  const path = useStore(s.play, (p) => p.path);
  const enabled = active && storyKey !== '';
  const q = useQuery({
    queryKey: ['play', storyKey, revision, path],
    queryFn: () => fetchPlayThrough(s, path, revision),
    enabled,
    retry: false,
    placeholderData: (previous: AtRevision<PlayAnswer> | undefined, previousQuery) =>
      previousQuery && previousQuery.queryKey[0] === 'play' && previousQuery.queryKey[1] === storyKey ? previous : undefined,
  }, s.queryClient);
  const r = revisionResult(q.data, revision, q.isFetching, q.error);
  const samePath = q.data !== undefined && q.data.value.path.length === path.length && q.data.value.path.every((id, i) => id === path[i]);
  return { ...r, stale: r.stale || (q.data !== undefined && !samePath) };
}
