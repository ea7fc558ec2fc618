import { useMutation, useQueryClient } from '@tanstack/react-query';
import { setConferenceIdRoute } from '../../../api/contract/audio-conferencing';
import { request } from '../../../api/http-client';
import { useIdempotencyKey } from '../../../lib/use-idempotency-key';
import { emailKeys, userKeys, userMeetingKeys } from '../../../api/query-keys';
import { reloadUserOnConflict } from './conflict';

export function setConferenceId(
  userId: string,
  conferenceId: string,
  etag?: string,
  idempotencyKey?: string,
) {
  return request(setConferenceIdRoute, {
    params: { userId },
    body: { conferenceId },
    ifMatch: etag,
    idempotencyKey,
  });
}

export function useSetConferenceId(userId: string, etag?: string) {
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  return useMutation({
    mutationFn: (conferenceId: string) =>
      idempotency.send(conferenceId, (key) => setConferenceId(userId, conferenceId, etag, key)),
    onSuccess: ({ user }) => {
      queryClient.setQueryData(userKeys.detail(userId), user);
      void queryClient.invalidateQueries({ queryKey: userKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: emailKeys.all });
      void queryClient.invalidateQueries({ queryKey: userMeetingKeys.all });
    },
    onError: reloadUserOnConflict(queryClient, userId),
  });
}
