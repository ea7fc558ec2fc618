import { useQuery } from '@tanstack/react-query';
import { endpoints, mockSessionSchema } from './contract';
import { request } from './http-client';
import { mockKeys } from './query-keys';

export function getMockSession(signal?: AbortSignal) {
  return request(endpoints.mockSession, mockSessionSchema, { signal });
}

/**
 * Mock mode: who is signed in — the admin's role, and the user the self-service page acts for.
 * Shared: the header and the self-service page read it. From the mock's test hook, which the
 * network conditions don't touch, so it holds even while every API request fails.
 */
export function useMockSession() {
  return useQuery({
    queryKey: mockKeys.session(),
    queryFn: ({ signal }) => getMockSession(signal),
    staleTime: Infinity,
  });
}
