import { useMutation, useQueryClient } from '@tanstack/react-query';
import { endpoints, userDetailSchema } from '../../../api/contract';
import { request } from '../../../api/http-client';
import { userKeys } from '../../../api/query-keys';
import { reloadUserOnConflict } from './conflict';

/** P5: lock or unlock a user's PIN. */
export function setPinLock(userId: string, locked: boolean, etag?: string) {
  const path = locked ? endpoints.lockPin(userId) : endpoints.unlockPin(userId);
  return request(path, userDetailSchema, { method: 'POST', ifMatch: etag });
}

export function usePinLock(userId: string, etag?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (locked: boolean) => setPinLock(userId, locked, etag),
    onSuccess: (user) => {
      queryClient.setQueryData(userKeys.detail(userId), user);
      void queryClient.invalidateQueries({ queryKey: userKeys.lists() });
    },
    onError: reloadUserOnConflict(queryClient, userId),
  });
}
