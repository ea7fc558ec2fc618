import { useMutation, useQueryClient } from '@tanstack/react-query';
import { bridgeSettingsSchema, endpoints, type BridgeSettingsUpdate } from '../../../api/contract';
import { request } from '../../../api/http-client';
import { bridgeKeys, userKeys } from '../../../api/query-keys';

export function updateBridge(settings: BridgeSettingsUpdate) {
  return request(endpoints.bridge, bridgeSettingsSchema, { method: 'PUT', body: settings });
}

export function useUpdateBridge() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateBridge,
    onSuccess: (bridge) => {
      queryClient.setQueryData(bridgeKeys.settings(), bridge);
      // Users show the bridge's default numbers.
      void queryClient.invalidateQueries({ queryKey: userKeys.all });
    },
  });
}
