import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { getMockStateRoute, MOCK_STATE_RECOVERED_EVENT } from '../../../api/contract/mock';
import { request } from '../../../api/http-client';
import { mockKeys } from '../../../api/query-keys';

/** Mock mode: the mock itself — its scenario, and whether saved demo data had to be reset. */
export function useMockState() {
  const queryClient = useQueryClient();
  // Saved demo data damaged while the page is open (by another tab, by hand) is reported too.
  useEffect(() => {
    const recovered = () => void queryClient.invalidateQueries({ queryKey: mockKeys.state() });
    window.addEventListener(MOCK_STATE_RECOVERED_EVENT, recovered);
    return () => window.removeEventListener(MOCK_STATE_RECOVERED_EVENT, recovered);
  }, [queryClient]);
  return useQuery({
    queryKey: mockKeys.state(),
    queryFn: ({ signal }) => request(getMockStateRoute, { signal }),
    staleTime: Infinity,
  });
}
