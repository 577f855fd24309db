import { QueryClient } from '@tanstack/react-query';
import { isStaleRevisionError } from '../worker/protocol';

/**
 * A studio's QueryClient (each studio has its own, so two never share results). A
 * result for a given revision never changes, so nothing is refetched on focus or by
 * age; a stale-revision rejection is final (a newer revision has its own query),
 * other failures get one retry.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        gcTime: 60_000,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        retry: (failures, error) => !isStaleRevisionError(error) && failures < 1,
      },
    },
  });
}
