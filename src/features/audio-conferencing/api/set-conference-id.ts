import { useMutation, useQueryClient } from '@tanstack/react-query';
import { endpoints, resetConferenceIdResponseSchema } from '../../../api/contract';
import { request } from '../../../api/http-client';
import { emailKeys, userKeys } from '../../../api/query-keys';
import { reloadUserOnConflict } from './conflict';

export function setConferenceId(userId: string, conferenceId: string, etag?: string) {
  return request(endpoints.setConferenceId(userId), resetConferenceIdResponseSchema, {
    method: 'POST',
    body: { conferenceId },
    ifMatch: etag,
  });
}

export function useSetConferenceId(userId: string, etag?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (conferenceId: string) => setConferenceId(userId, conferenceId, etag),
    onSuccess: ({ user }) => {
      queryClient.setQueryData(userKeys.detail(userId), user);
      void queryClient.invalidateQueries({ queryKey: userKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: emailKeys.all });
    },
    onError: reloadUserOnConflict(queryClient, userId),
  });
}
