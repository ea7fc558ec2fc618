import { queryOptions, useQuery } from '@tanstack/react-query';
import { listMeetingsRoute } from '../../../api/contract/dial-in';
import { request } from '../../../api/http-client';
import { meetingKeys } from '../../../api/query-keys';

export function getMeetings(signal?: AbortSignal) {
  return request(listMeetingsRoute, { signal });
}

export function meetingsQueryOptions() {
  return queryOptions({
    queryKey: meetingKeys.list(),
    queryFn: ({ signal }) => getMeetings(signal),
    staleTime: 0,
  });
}

export function useMeetings() {
  return useQuery(meetingsQueryOptions());
}
