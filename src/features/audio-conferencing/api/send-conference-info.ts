import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  endpoints,
  sendConferenceInfoResponseSchema,
  type SendConferenceInfoRequest,
} from '../../../api/contract';
import { request } from '../../../api/http-client';
import { emailKeys } from '../../../api/query-keys';

export function sendConferenceInfo(userId: string, body: SendConferenceInfoRequest) {
  return request(endpoints.sendConferenceInfo(userId), sendConferenceInfoResponseSchema, {
    method: 'POST',
    body,
  });
}

export function useSendConferenceInfo(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SendConferenceInfoRequest) => sendConferenceInfo(userId, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: emailKeys.all }),
  });
}
