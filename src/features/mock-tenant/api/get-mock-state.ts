import { useQuery } from '@tanstack/react-query';
import { getMockStateRoute } from '../../../api/contract/mock';
import { request } from '../../../api/http-client';
import { mockKeys } from '../../../api/query-keys';

/** Mock mode: the mock itself — its scenario, and whether saved demo data had to be reset. */
export function useMockState() {
  return useQuery({
    queryKey: mockKeys.state(),
    queryFn: ({ signal }) => request(getMockStateRoute, { signal }),
    staleTime: Infinity,
  });
}
