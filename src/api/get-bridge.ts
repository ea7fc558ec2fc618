import { queryOptions, useQuery } from '@tanstack/react-query';
import { getBridgeRoute } from './contract/bridge';
import { request } from './http-client';
import { bridgeKeys } from './query-keys';

export function getBridge(signal?: AbortSignal) {
  return request(getBridgeRoute, { signal });
}

export function bridgeQueryOptions() {
  return queryOptions({
    queryKey: bridgeKeys.settings(),
    queryFn: ({ signal }) => getBridge(signal),
    staleTime: 5 * 60_000,
  });
}

export function useBridge() {
  return useQuery(bridgeQueryOptions());
}
