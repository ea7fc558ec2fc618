import { useMutation, useQueryClient } from '@tanstack/react-query';
import { endpoints, resetPinResponseSchema } from '../../../api/contract';
import { request } from '../../../api/http-client';
import { userKeys } from '../../../api/query-keys';

/** P7: the signed-in user resets their own PIN (mock mode names them in a header). */
export function resetMyPin(userId: string) {
  return request(endpoints.myPinReset, resetPinResponseSchema, {
    method: 'POST',
    headers: { 'X-Mock-User': userId },
  });
}

export function useResetMyPin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetMyPin,
    // The PIN is shown once and forgotten: nothing of this result is kept.
    gcTime: 0,
    onSuccess: ({ user }) => {
      queryClient.setQueryData(userKeys.detail(user.id), user);
      void queryClient.invalidateQueries({ queryKey: userKeys.lists() });
    },
  });
}
