import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  updateAudioConferencingRoute,
  type UpdateAudioConferencingRequest,
} from '../../../api/contract/audio-conferencing';
import { request } from '../../../api/http-client';
import { emailKeys, userKeys, userMeetingKeys } from '../../../api/query-keys';
import { useIdempotencyKey } from '../../../lib/use-idempotency-key';
import { reloadUserOnConflict } from './conflict';

export function updateAudioConferencing(
  userId: string,
  settings: UpdateAudioConferencingRequest,
  etag: string,
  idempotencyKey?: string,
) {
  return request(updateAudioConferencingRoute, {
    params: { userId },
    body: settings,
    ifMatch: etag,
    idempotencyKey,
  });
}

export function useUpdateAudioConferencing(userId: string) {
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  return useMutation({
    mutationFn: ({ settings, etag }: { settings: UpdateAudioConferencingRequest; etag: string }) =>
      idempotency.send(settings, (key) => updateAudioConferencing(userId, settings, etag, key)),
    onSuccess: ({ user }) => {
      queryClient.setQueryData(userKeys.detail(userId), user);
      void queryClient.invalidateQueries({ queryKey: userKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: emailKeys.all });
      void queryClient.invalidateQueries({ queryKey: userMeetingKeys.all });
    },
    onError: reloadUserOnConflict(queryClient, userId),
  });
}
