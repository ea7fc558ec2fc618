import { queryOptions, useQuery } from '@tanstack/react-query';
import { getUserRoute } from './contract/users';
import { request } from './http-client';
import { userKeys } from './query-keys';

export function getUser(userId: string, signal?: AbortSignal) {
  return request(getUserRoute, { params: { userId }, signal });
}

export function userQueryOptions(userId: string) {
  return queryOptions({
    queryKey: userKeys.detail(userId),
    queryFn: ({ signal }) => getUser(userId, signal),
  });
}

export function useUser(userId: string) {
  return useQuery(userQueryOptions(userId));
}
