import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateBridgeRoute, type BridgeSettingsUpdate } from '../../../api/contract/bridge';
import { request } from '../../../api/http-client';
import { bridgeKeys, userKeys } from '../../../api/query-keys';
import { useIdempotencyKey } from '../../../lib/use-idempotency-key';

export function updateBridge(settings: BridgeSettingsUpdate, idempotencyKey?: string) {
  return request(updateBridgeRoute, {
    body: settings,
    idempotencyKey,
  });
}

export function useUpdateBridge() {
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  return useMutation({
    mutationFn: (settings: BridgeSettingsUpdate) =>
      idempotency.send(settings, (key) => updateBridge(settings, key)),
    onSuccess: (bridge) => {
      queryClient.setQueryData(bridgeKeys.settings(), bridge);
      // Users show the bridge's default numbers.
      void queryClient.invalidateQueries({ queryKey: userKeys.all });
    },
  });
}
