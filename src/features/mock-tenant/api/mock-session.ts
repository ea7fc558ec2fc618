import { useMutation, useQueryClient } from '@tanstack/react-query';
import { endpoints, mockSessionSchema, type MockSessionUpdate } from '../../../api/contract';
import { request } from '../../../api/http-client';
import { mockKeys } from '../../../api/query-keys';

export function updateMockSession(update: MockSessionUpdate) {
  return request(endpoints.mockSession, mockSessionSchema, { method: 'PUT', body: update });
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
