import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import {
  getMockFaultsRoute,
  MOCK_FAULTS_CHANGED_EVENT,
  setMockFaultsRoute,
  type MockFaults,
} from '../../../api/contract/mock';
import { request } from '../../../api/http-client';
import { mockKeys } from '../../../api/query-keys';

export function getMockFaults(signal?: AbortSignal) {
  return request(getMockFaultsRoute, { signal });
}

export function setMockFaults(faults: Partial<MockFaults>) {
  return request(setMockFaultsRoute, { body: faults });
}

/** Mock mode: the network conditions the mock plays (never subject to them itself). */
export function useMockFaults() {
  const queryClient = useQueryClient();
  // Changed by a test's own request as well as by the dialog: the header shows what applies.
  useEffect(() => {
    const changed = (event: Event) =>
      applyFaults(queryClient, (event as CustomEvent<MockFaults>).detail);
    window.addEventListener(MOCK_FAULTS_CHANGED_EVENT, changed);
    return () => window.removeEventListener(MOCK_FAULTS_CHANGED_EVENT, changed);
  }, [queryClient]);
  return useQuery({
    queryKey: mockKeys.faults(),
    queryFn: ({ signal }) => getMockFaults(signal),
    staleTime: Infinity,
  });
}

/** True when the mock now lets requests through that it failed before. */
export function isRecovery(before: MockFaults | undefined, after: MockFaults): boolean {
  if (!before) return false;
  return (
    (before.offline && !after.offline) ||
    after.failureRate < before.failureRate ||
    after.dropRate < before.dropRate
  );
}

/**
 * Mock mode: changes the network conditions. Like a browser coming back online, a recovery
 * fetches again what is on screen and failed to load; a change that failed is never sent again
 * by itself: the admin retries it.
 */
export function useSetMockFaults() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setMockFaults,
    onSuccess: (after) => applyFaults(queryClient, after),
  });
}

/** The header shows `after`; a recovery fetches again what is on screen and failed to load. */
function applyFaults(queryClient: QueryClient, after: MockFaults) {
  const before = queryClient.getQueryData<MockFaults>(mockKeys.faults());
  queryClient.setQueryData(mockKeys.faults(), after);
  if (isRecovery(before, after)) {
    void queryClient.refetchQueries({
      type: 'active',
      predicate: (query) => query.state.status === 'error',
    });
  }
}
