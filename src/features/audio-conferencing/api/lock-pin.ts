import { useMutation, useQueryClient } from '@tanstack/react-query';
import { lockPinRoute, unlockPinRoute } from '../../../api/contract/pins';
import { request } from '../../../api/http-client';
import { useIdempotencyKey } from '../../../lib/use-idempotency-key';
import { userKeys, userMeetingKeys } from '../../../api/query-keys';
import { reloadUserOnConflict } from './conflict';

/** P5: lock or unlock a user's PIN. */
export function setPinLock(
  userId: string,
  locked: boolean,
  etag?: string,
  idempotencyKey?: string,
) {
  return request(locked ? lockPinRoute : unlockPinRoute, {
    params: { userId },
    ifMatch: etag,
    idempotencyKey,
  });
}

export function usePinLock(userId: string, etag?: string) {
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  return useMutation({
    mutationFn: (locked: boolean) =>
      idempotency.send(locked, (key) => setPinLock(userId, locked, etag, key)),
    onSuccess: (user) => {
      queryClient.setQueryData(userKeys.detail(userId), user);
      void queryClient.invalidateQueries({ queryKey: userKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: userMeetingKeys.all });
    },
    onError: reloadUserOnConflict(queryClient, userId),
  });
}
