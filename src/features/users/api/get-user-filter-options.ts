import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from '../../../api/http-client';
import { userKeys } from '../../../api/query-keys';
import { userFilterOptionsRoute } from '../../../api/contract/users';

export function getUserFilterOptions(signal?: AbortSignal) {
  return request(userFilterOptionsRoute, { signal });
}

export function userFilterOptionsQueryOptions() {
  return queryOptions({
    queryKey: userKeys.filterOptions(),
    queryFn: ({ signal }) => getUserFilterOptions(signal),
    staleTime: 5 * 60_000,
  });
}

/** Sites and departments to choose from; fetched only once the filter form opens. */
export function useUserFilterOptions(enabled: boolean) {
  return useQuery({ ...userFilterOptionsQueryOptions(), enabled });
}
