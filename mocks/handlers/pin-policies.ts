import { HttpResponse } from 'msw';
import {
  listPinPoliciesRoute,
  removeSitePinPolicyRoute,
  removeUserPinPolicyRoute,
  saveGlobalPinPolicyRoute,
  saveSitePinPolicyRoute,
  saveUserPinPolicyRoute,
  type PinPolicies,
  type PinPolicyInput,
} from '../../src/api/contract/pin-policies';
import { removePinPolicy, savePinPolicy, type PolicyScope } from '../domain/pin-policy';
import { ok, refuse } from '../domain/result';
import type { Tenant } from '../domain/types';
import type { MockServerParts } from './parts';
import { identityIn, userTarget } from './change';
import { toResponse } from './http';

function policiesOf(tenant: Tenant): PinPolicies {
  return {
    global: tenant.pinPolicies.global,
    sites: [...tenant.pinPolicies.sites].map(([site, policy]) => ({ site, policy })),
    users: [...tenant.pinPolicies.users].map(([userId, policy]) => ({
      userId,
      displayName: tenant.usersById.get(userId)?.displayName ?? userId,
      policy,
    })),
    availableSites: [...new Set(tenant.users.map((u) => u.site))].sort(),
  };
}

/** P4: the global, per-site and per-user PIN policies. */
export function pinPolicyHandlers({ router: { route, change }, store, guard }: MockServerParts) {
  const onUser = { target: userTarget };
  const onSite = {
    target: (params: { site: string }) => ({ userId: null, name: `PIN policy of ${params.site}` }),
  };
  const onGlobal = { target: () => ({ userId: null, name: 'Global PIN policy' }) };
  const save = (scope: PolicyScope, input: PinPolicyInput) =>
    toResponse(
      store.write((tenant) => {
        const saved = savePinPolicy(tenant, scope, input);
        return saved.ok
          ? ok(policiesOf(tenant))
          : refuse('validation', 'The PIN policy is not valid.', saved.fieldErrors);
      }),
    );
  const remove = (scope: PolicyScope) =>
    toResponse(
      store.write((tenant) =>
        removePinPolicy(tenant, scope)
          ? ok(policiesOf(tenant))
          : refuse('not_found', 'There is no such PIN policy.'),
      ),
    );

  return [
    route(listPinPoliciesRoute, () => HttpResponse.json(policiesOf(store.read()))),
    change(
      saveGlobalPinPolicyRoute,
      guard('savePinPolicy', onGlobal),
      ({ body }) => save({ kind: 'global' }, body),
      ({ body }) => ({ action: 'savePinPolicy', scope: { kind: 'global' }, policy: body }),
    ),
    change(
      saveSitePinPolicyRoute,
      guard('savePinPolicy', onSite),
      ({ params, body }) => save({ kind: 'site', site: params.site }, body),
      ({ params, body }) => ({
        action: 'savePinPolicy',
        scope: { kind: 'site', site: params.site },
        policy: body,
      }),
    ),
    change(
      removeSitePinPolicyRoute,
      guard('removePinPolicy', onSite),
      ({ params }) => remove({ kind: 'site', site: params.site }),
      ({ params }) => ({ action: 'removePinPolicy', scope: { kind: 'site', site: params.site } }),
    ),
    change(
      saveUserPinPolicyRoute,
      guard('savePinPolicy', onUser),
      ({ params, body }) => save({ kind: 'user', userId: params.userId }, body),
      ({ params, body }, tenant) => {
        const identity = identityIn(tenant, params);
        return identity === null
          ? null
          : { action: 'savePinPolicy', scope: { kind: 'user', identity }, policy: body };
      },
    ),
    change(
      removeUserPinPolicyRoute,
      guard('removePinPolicy', onUser),
      ({ params }) => remove({ kind: 'user', userId: params.userId }),
      ({ params }, tenant) => {
        const identity = identityIn(tenant, params);
        return identity === null
          ? null
          : { action: 'removePinPolicy', scope: { kind: 'user', identity } };
      },
    ),
  ];
}
