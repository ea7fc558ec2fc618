import { useMutation, useQueryClient } from '@tanstack/react-query';
import { resetConferenceIdRoute } from '../../../api/contract/audio-conferencing';
import { request } from '../../../api/http-client';
import { useIdempotencyKey } from '../../../lib/use-idempotency-key';
import { emailKeys, userKeys, userMeetingKeys } from '../../../api/query-keys';
import { reloadUserOnConflict } from './conflict';

export function resetConferenceId(userId: string, etag?: string, idempotencyKey?: string) {
  return request(resetConferenceIdRoute, {
    params: { userId },
    ifMatch: etag,
    idempotencyKey,
  });
}

export function useResetConferenceId(userId: string, etag?: string) {
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  return useMutation({
    mutationFn: () => idempotency.send(undefined, (key) => resetConferenceId(userId, etag, key)),
    onSuccess: ({ user }) => {
      queryClient.setQueryData(userKeys.detail(userId), user);
      void queryClient.invalidateQueries({ queryKey: userKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: emailKeys.all });
      void queryClient.invalidateQueries({ queryKey: userMeetingKeys.all });
    },
    onError: reloadUserOnConflict(queryClient, userId),
  });
}
