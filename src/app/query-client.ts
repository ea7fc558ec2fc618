import { useEffect } from 'react';
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/api-error';
import { MOCK_MODE } from '../api/config';
import { noteIfUnauthorized } from '../api/auth/unauthorized';

/**
 * Queries retry failures of the network or the server; refusals and mutations are never retried.
 * A 401 anywhere asks the admin to sign in.
 */
export function createQueryClient() {
  return new QueryClient({
    queryCache: new QueryCache({ onError: noteIfUnauthorized }),
    mutationCache: new MutationCache({ onError: noteIfUnauthorized }),
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        retry: (failureCount, error) =>
          failureCount < 2 && (!isApiError(error) || error.isNetworkError || error.status >= 500),
      },
      mutations: { retry: false },
    },
  });
}

declare global {
  interface Window {
    /** Mock mode test hook (A3): everything the query and mutation caches hold, as text. */
    __acacCacheText?: () => string;
  }
}

/**
 * Mock mode only: lets an end-to-end test read what the caches hold, to prove that no PIN stays
 * there after its dialog closes (A3). Read-only; absent from builds without the mock.
 */
export function useQueryCacheProbe(queryClient: QueryClient) {
  useEffect(() => {
    if (!MOCK_MODE) return;
    window.__acacCacheText = () =>
      JSON.stringify({
        queries: queryClient
          .getQueryCache()
          .getAll()
          .map((q) => ({ key: q.queryKey, data: q.state.data, error: String(q.state.error) })),
        mutations: queryClient
          .getMutationCache()
          .getAll()
          .map((m) => ({ data: m.state.data, variables: m.state.variables })),
      });
    return () => {
      delete window.__acacCacheText;
    };
  }, [queryClient]);
}
