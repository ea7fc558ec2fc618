import { useMutation, useQueryClient } from '@tanstack/react-query';
import { resetPinRoute, type ResetPinRequest } from '../../../api/contract/pins';
import { request } from '../../../api/http-client';
import { useIdempotencyKey } from '../../../lib/use-idempotency-key';
import { emailKeys, userKeys, userMeetingKeys } from '../../../api/query-keys';
import { reloadUserOnConflict } from './conflict';

export function resetPin(
  userId: string,
  options: ResetPinRequest = {},
  etag?: string,
  idempotencyKey?: string,
) {
  return request(resetPinRoute, {
    params: { userId },
    body: options,
    ifMatch: etag,
    idempotencyKey,
  });
}

/**
 * The PIN in the response is for the dialog that shows it once (P2): only the user, which has
 * no PIN, goes into the cache, and the mutation forgets its result as soon as nobody watches it.
 */
export function useResetPin(userId: string, etag?: string) {
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  return useMutation({
    mutationFn: (options: ResetPinRequest = {}) =>
      idempotency.send(options, (key) => resetPin(userId, options, etag, key)),
    gcTime: 0,
    onSuccess: ({ user }) => {
      queryClient.setQueryData(userKeys.detail(userId), user);
      void queryClient.invalidateQueries({ queryKey: userKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: emailKeys.all });
      void queryClient.invalidateQueries({ queryKey: userMeetingKeys.all });
    },
    onError: reloadUserOnConflict(queryClient, userId),
  });
}
