import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/api-error';

/** Queries retry failures of the network or the server; refusals and mutations are never retried. */
export function createQueryClient() {
  return new QueryClient({
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
