import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { listUsersRoute } from '../../../api/contract/users';
import { request } from '../../../api/http-client';
import { userKeys } from '../../../api/query-keys';
import type { UsersListQuery } from '../../../api/contract/user-list';

export function getUsers(params: UsersListQuery, signal?: AbortSignal) {
  return request(listUsersRoute, { query: { ...params }, signal });
}

export function usersQueryOptions(params: UsersListQuery) {
  return queryOptions({
    queryKey: userKeys.list(params),
    queryFn: ({ signal }) => getUsers(params, signal),
    // The rows of the last answer stay while the next one loads; a stale answer never replaces
    // a newer one, because each query has its own key and the old one is cancelled.
    placeholderData: keepPreviousData,
  });
}

export function useUsers(params: UsersListQuery) {
  return useQuery(usersQueryOptions(params));
}
