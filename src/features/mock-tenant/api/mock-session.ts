import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { endpoints, mockSessionSchema, type MockSessionUpdate } from '../../../api/contract';
import { request } from '../../../api/http-client';
import { mockKeys } from '../../../api/query-keys';

export function getMockSession(signal?: AbortSignal) {
  return request(endpoints.mockSession, mockSessionSchema, { signal });
}

export function updateMockSession(update: MockSessionUpdate) {
  return request(endpoints.mockSession, mockSessionSchema, { method: 'PUT', body: update });
}

/**
 * Mock mode: who is signed in. Read from the mock's test hook, which the network conditions
 * don't touch, so the header says who you are even while every API request fails.
 */
export function useMockSession() {
  return useQuery({
    queryKey: mockKeys.session(),
    queryFn: ({ signal }) => getMockSession(signal),
    staleTime: Infinity,
  });
}

/**
 * Mock mode: sign in with another role, or as another user on the self-service page; everything
 * shown is fetched again under it.
 */
export function useUpdateMockSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMockSession,
    onSuccess: (session) => {
      queryClient.setQueryData(mockKeys.session(), session);
      return queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[0] !== mockKeys.all[0],
      });
    },
  });
}
