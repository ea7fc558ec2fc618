import { queryOptions, useQuery } from '@tanstack/react-query';
import { endpoints, meSchema } from './contract';
import { request } from './http-client';
import { meKeys } from './query-keys';

export function getMe(signal?: AbortSignal) {
  return request(endpoints.me, meSchema, { signal });
}

export function meQueryOptions() {
  return queryOptions({ queryKey: meKeys.current(), queryFn: ({ signal }) => getMe(signal) });
}

/**
 * Who is signed in and whether their role may change anything (A1). Shared: every feature with
 * a change in it asks. Until it is known, nothing is offered that might only fail.
 */
export function useMe() {
  const me = useQuery(meQueryOptions());
  return { ...me, canChange: me.data?.canChange ?? false };
}
