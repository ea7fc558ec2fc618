import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  sendConferenceInfoRoute,
  type SendConferenceInfoRequest,
} from '../../../api/contract/audio-conferencing';
import { request } from '../../../api/http-client';
import { useIdempotencyKey } from '../../../lib/use-idempotency-key';
import { emailKeys, userMeetingKeys } from '../../../api/query-keys';

export function sendConferenceInfo(
  userId: string,
  body: SendConferenceInfoRequest,
  idempotencyKey?: string,
) {
  return request(sendConferenceInfoRoute, {
    params: { userId },
    body,
    idempotencyKey,
  });
}

export function useSendConferenceInfo(userId: string) {
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  return useMutation({
    mutationFn: (body: SendConferenceInfoRequest) =>
      idempotency.send(body, (key) => sendConferenceInfo(userId, body, key)),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: emailKeys.all });
      void queryClient.invalidateQueries({ queryKey: userMeetingKeys.all });
    },
  });
}
