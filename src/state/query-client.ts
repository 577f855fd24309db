import { QueryClient } from '@tanstack/react-query';
import { isStaleRevisionError } from '../worker/protocol';

/**
 * The one QueryClient of the app. A result for a given revision never changes,
 * so nothing is refetched on focus or by age; a stale-revision rejection is
 * final (a newer revision has its own query), other failures get one retry.
 */
export const queryClient = new QueryClient({
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
