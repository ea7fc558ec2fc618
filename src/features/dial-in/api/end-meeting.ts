import { useMutation, useQueryClient } from '@tanstack/react-query';
import { endMeetingRoute } from '../../../api/contract/dial-in';
import { request } from '../../../api/http-client';
import { meetingKeys } from '../../../api/query-keys';

export function endMeeting(conferenceId: string) {
  return request(endMeetingRoute, { params: { conferenceId } });
}

export function useEndMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: endMeeting,
    // Ended, or already gone (404): either way the list shows what the bridge has now.
    onSettled: () => void queryClient.invalidateQueries({ queryKey: meetingKeys.all }),
  });
}
