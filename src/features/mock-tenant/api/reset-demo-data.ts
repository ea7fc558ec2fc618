import { useMutation, useQueryClient } from '@tanstack/react-query';
import { resetMockRoute } from '../../../api/contract/mock';
import { request } from '../../../api/http-client';
import { forgetDefaultUser } from './tab-tokens';

export function resetDemoData() {
  return request(resetMockRoute, { body: {} });
}

export function useResetDemoData() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetDemoData,
    onSuccess: () => {
      forgetDefaultUser();
      return queryClient.resetQueries();
    },
  });
}
