import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { endpoints, usersPageSchema, type ListUsersParams } from '../../../api/contract';
import { request } from '../../../api/http-client';
import { userKeys } from '../../../api/query-keys';

export function getUsers(params: ListUsersParams, signal?: AbortSignal) {
  return request(endpoints.users, usersPageSchema, {
    query: { search: params.search, page: params.page, pageSize: params.pageSize },
    signal,
  });
}

export function usersQueryOptions(params: ListUsersParams) {
  return queryOptions({
    queryKey: userKeys.list(params),
    queryFn: ({ signal }) => getUsers(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useUsers(params: ListUsersParams) {
  return useQuery(usersQueryOptions(params));
}
