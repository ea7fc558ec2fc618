import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { endpoints } from '../../../api/contract';
import { request } from '../../../api/http-client';

export function resetDemoData() {
  return request(endpoints.mockReset, z.unknown(), { method: 'POST' });
}

export function useResetDemoData() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetDemoData,
    onSuccess: () => queryClient.resetQueries(),
  });
}
