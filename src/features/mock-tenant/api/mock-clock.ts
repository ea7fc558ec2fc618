import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { advanceMockClockRoute, getMockClockRoute } from '../../../api/contract/mock';
import { request } from '../../../api/http-client';
import { auditKeys, mockKeys, userKeys, userMeetingKeys } from '../../../api/query-keys';

/** Mock mode (M5): the mock's time. */
export function useMockClock(enabled = true) {
  return useQuery({
    queryKey: mockKeys.clock(),
    queryFn: ({ signal }) => request(getMockClockRoute, { signal }),
    enabled,
    refetchInterval: 60_000,
  });
}

/** M5: moves the mock's time forward; what is time-based (migrations, users) is read again. */
export function useAdvanceMockClock() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (advanceMinutes: number) =>
      request(advanceMockClockRoute, { body: { advanceMinutes } }),
    onSuccess: (clock) => {
      queryClient.setQueryData(mockKeys.clock(), clock);
      void queryClient.invalidateQueries({ queryKey: userMeetingKeys.all });
      void queryClient.invalidateQueries({ queryKey: auditKeys.all });
      void queryClient.invalidateQueries({ queryKey: userKeys.all });
    },
  });
}
