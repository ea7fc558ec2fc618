import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Audience } from './auth/token-provider';
import { getMeRoute } from './contract/me';
import { request } from './http-client';
import { meKeys } from './query-keys';

export function getMe(audience: Audience, signal?: AbortSignal) {
  return request(getMeRoute, { signal, audience });
}

export function meQueryOptions(audience: Audience = 'admin') {
  return queryOptions({
    queryKey: meKeys.current(audience),
    queryFn: ({ signal }) => getMe(audience, signal),
  });
}

/**
 * Who is signed in and whether their role may change anything (A1). Shared: every feature with
 * a change in it asks. Until it is known, nothing is offered that might only fail. The
 * self-service page asks for its own caller, the user.
 */
export function useMe(audience: Audience = 'admin') {
  const me = useQuery(meQueryOptions(audience));
  return { ...me, canChange: me.data?.canChange ?? false };
}
