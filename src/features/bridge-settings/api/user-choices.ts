import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { listUsersRoute } from '../../../api/contract/users';
import { request } from '../../../api/http-client';
import { userKeys } from '../../../api/query-keys';

/** Users to choose from for a user policy (the first 100 matching the search). */
export function useUserChoices(search: string | null) {
  const params = { search: search || undefined, page: 1, pageSize: 100 };
  return useQuery({
    queryKey: userKeys.list(params),
    queryFn: ({ signal }) => request(listUsersRoute, { query: params, signal }),
    enabled: search !== null,
    placeholderData: keepPreviousData,
  });
}
