import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { endpoints } from '../../../api/contract';
import { request } from '../../../api/http-client';
import { meetingKeys } from '../../../api/query-keys';

export function endMeeting(conferenceId: string) {
  return request(endpoints.endMeeting(conferenceId), z.unknown(), { method: 'POST' });
}

export function useEndMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: endMeeting,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: meetingKeys.all }),
  });
}
