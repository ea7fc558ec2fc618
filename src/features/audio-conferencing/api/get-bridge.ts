import { queryOptions, useQuery } from '@tanstack/react-query';
import { bridgeSettingsSchema, endpoints } from '../../../api/contract';
import { request } from '../../../api/http-client';
import { bridgeKeys } from '../../../api/query-keys';

export function getBridge(signal?: AbortSignal) {
  return request(endpoints.bridge, bridgeSettingsSchema, { signal });
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
