import { useMutation, useQueryClient } from '@tanstack/react-query';
import { resetMyPinRoute } from '../../../api/contract/pins';
import { request } from '../../../api/http-client';
import { userKeys } from '../../../api/query-keys';
import { useIdempotencyKey } from '../../../lib/use-idempotency-key';

/** P7: the signed-in user resets their own PIN (in mock mode, whom "Signed in as" chose). */
export function resetMyPin(idempotencyKey?: string) {
  return request(resetMyPinRoute, { idempotencyKey, audience: 'self-service' });
}

export function useResetMyPin() {
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  return useMutation({
    // A4: a double click or a retry after a lost answer resets once; another user, another key.
    mutationFn: (userId: string) => idempotency.send(userId, (key) => resetMyPin(key)),
    // The PIN is shown once and forgotten: nothing of this result is kept.
    gcTime: 0,
    onSuccess: ({ user }) => {
      queryClient.setQueryData(userKeys.detail(user.id), user);
      void queryClient.invalidateQueries({ queryKey: userKeys.lists() });
    },
  });
}
