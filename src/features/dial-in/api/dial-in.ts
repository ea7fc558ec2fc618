import { useMutation, useQueryClient } from '@tanstack/react-query';
import { dialInRoute, type DialInRequest } from '../../../api/contract/dial-in';
import { request } from '../../../api/http-client';
import { meetingKeys } from '../../../api/query-keys';

/** The PIN travels only in the request body, never in a URL (A3). */
export function dialIn(body: DialInRequest) {
  return request(dialInRoute, { body });
}

export function useDialIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: dialIn,
    gcTime: 0,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: meetingKeys.all }),
  });
}
