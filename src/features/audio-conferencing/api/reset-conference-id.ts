import { useMutation, useQueryClient } from '@tanstack/react-query';
import { endpoints, resetConferenceIdResponseSchema } from '../../../api/contract';
import { request } from '../../../api/http-client';
import { emailKeys, userKeys } from '../../../api/query-keys';

export function resetConferenceId(userId: string) {
  return request(endpoints.resetConferenceId(userId), resetConferenceIdResponseSchema, {
    method: 'POST',
  });
}

export function useResetConferenceId(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => resetConferenceId(userId),
    onSuccess: ({ user }) => {
      queryClient.setQueryData(userKeys.detail(userId), user);
      void queryClient.invalidateQueries({ queryKey: userKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: emailKeys.all });
    },
  });
}
