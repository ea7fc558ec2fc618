import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { endpoints, type AdminRole } from '../../../api/contract';
import { request } from '../../../api/http-client';

export function setSessionRole(role: AdminRole) {
  return request(endpoints.mockSession, z.unknown(), { method: 'PUT', body: { role } });
}

/** Mock mode: sign in with another role; everything shown is fetched again under it. */
export function useSetSessionRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setSessionRole,
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
