import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  listPinPoliciesRoute,
  removeSitePinPolicyRoute,
  removeUserPinPolicyRoute,
  saveGlobalPinPolicyRoute,
  saveSitePinPolicyRoute,
  saveUserPinPolicyRoute,
  type PinPolicies,
  type PinPolicy,
} from '../../../api/contract/pin-policies';
import { request } from '../../../api/http-client';
import { pinPolicyKeys, userKeys } from '../../../api/query-keys';
import { useIdempotencyKey } from '../../../lib/use-idempotency-key';

export type PolicyTarget =
  { kind: 'global' } | { kind: 'site'; site: string } | { kind: 'user'; userId: string };

function savePolicy(target: PolicyTarget, policy: PinPolicy, idempotencyKey: string) {
  const options = { body: policy, idempotencyKey };
  if (target.kind === 'site') {
    return request(saveSitePinPolicyRoute, { ...options, params: { site: target.site } });
  }
  if (target.kind === 'user') {
    return request(saveUserPinPolicyRoute, { ...options, params: { userId: target.userId } });
  }
  return request(saveGlobalPinPolicyRoute, options);
}

function removePolicy(target: Exclude<PolicyTarget, { kind: 'global' }>, idempotencyKey: string) {
  if (target.kind === 'site') {
    return request(removeSitePinPolicyRoute, { params: { site: target.site }, idempotencyKey });
  }
  return request(removeUserPinPolicyRoute, { params: { userId: target.userId }, idempotencyKey });
}

export function pinPoliciesQueryOptions() {
  return queryOptions({
    queryKey: pinPolicyKeys.list(),
    queryFn: ({ signal }) => request(listPinPoliciesRoute, { signal }),
  });
}

export function usePinPolicies() {
  return useQuery(pinPoliciesQueryOptions());
}

/** Saving or removing a policy changes which one is effective for users (P4). */
function useOnPoliciesChanged() {
  const queryClient = useQueryClient();
  return (policies: PinPolicies) => {
    queryClient.setQueryData(pinPolicyKeys.list(), policies);
    void queryClient.invalidateQueries({ queryKey: userKeys.all });
  };
}

export function useSavePinPolicy() {
  const onSuccess = useOnPoliciesChanged();
  const idempotency = useIdempotencyKey();
  return useMutation({
    mutationFn: ({ target, policy }: { target: PolicyTarget; policy: PinPolicy }) =>
      idempotency.send({ target, policy }, (key) => savePolicy(target, policy, key)),
    onSuccess,
  });
}

export function useRemovePinPolicy() {
  const onSuccess = useOnPoliciesChanged();
  const idempotency = useIdempotencyKey();
  return useMutation({
    mutationFn: (target: Exclude<PolicyTarget, { kind: 'global' }>) =>
      idempotency.send(target, (key) => removePolicy(target, key)),
    onSuccess,
  });
}
