import { useQuery } from '@tanstack/react-query';
import { listDemoTokensRoute } from '../../../api/contract/mock';
import { request } from '../../../api/http-client';
import { mockKeys } from '../../../api/query-keys';

/** Mock mode: the demo tokens "Signed in as" offers (a test hook, never subject to faults). */
export function useDemoTokens(enabled: boolean, search = '') {
  return useQuery({
    queryKey: mockKeys.tokens(search),
    queryFn: ({ signal }) => request(listDemoTokensRoute, { query: { search }, signal }),
    enabled,
    staleTime: Infinity,
  });
}
