import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { endpoints, pinPoliciesSchema, type PinPolicy } from '../../../api/contract';
import { request } from '../../../api/http-client';
import { pinPolicyKeys, userKeys } from '../../../api/query-keys';
import { useIdempotencyKey } from '../../../lib/use-idempotency-key';

export type PolicyTarget =
  { kind: 'global' } | { kind: 'site'; site: string } | { kind: 'user'; userId: string };

function pathOf(target: PolicyTarget) {
  if (target.kind === 'site') return endpoints.sitePinPolicy(target.site);
  if (target.kind === 'user') return endpoints.userPinPolicy(target.userId);
  return endpoints.globalPinPolicy;
}

export function pinPoliciesQueryOptions() {
  return queryOptions({
    queryKey: pinPolicyKeys.list(),
    queryFn: ({ signal }) => request(endpoints.pinPolicies, pinPoliciesSchema, { signal }),
  });
}

export function usePinPolicies() {
  return useQuery(pinPoliciesQueryOptions());
}

/** Saving or removing a policy changes which one is effective for users (P4). */
function useOnPoliciesChanged() {
  const queryClient = useQueryClient();
  return (policies: unknown) => {
    queryClient.setQueryData(pinPolicyKeys.list(), pinPoliciesSchema.parse(policies));
    void queryClient.invalidateQueries({ queryKey: userKeys.all });
  };
}

export function useSavePinPolicy() {
  const onSuccess = useOnPoliciesChanged();
  const idempotency = useIdempotencyKey();
  return useMutation({
    mutationFn: ({ target, policy }: { target: PolicyTarget; policy: PinPolicy }) =>
      idempotency.send({ target, policy }, (idempotencyKey) =>
        request(pathOf(target), pinPoliciesSchema, { method: 'PUT', body: policy, idempotencyKey }),
      ),
    onSuccess,
  });
}

export function useRemovePinPolicy() {
  const onSuccess = useOnPoliciesChanged();
  const idempotency = useIdempotencyKey();
  return useMutation({
    mutationFn: (target: PolicyTarget) =>
      idempotency.send(target, (idempotencyKey) =>
        request(pathOf(target), pinPoliciesSchema, { method: 'DELETE', idempotencyKey }),
      ),
    onSuccess,
  });
}
