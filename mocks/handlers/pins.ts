import { HttpResponse } from 'msw';
import {
  pinCheckRequestSchema,
  pinPolicyInputSchema,
  resetPinRequestSchema,
  type PinPolicies,
} from '../../src/api/contract';
import { resetPin } from '../domain/actions';
import { lockPin, unlockPin } from '../domain/pin-lock';
import {
  effectivePinPolicy,
  removePinPolicy,
  savePinPolicy,
  specificPinProblems,
  type PolicyScope,
} from '../domain/pin-policy';
import { ok, refuse } from '../domain/result';
import { resetOwnPin, selfServiceUser } from '../domain/self-service';
import type { Tenant } from '../domain/types';
import { findUser } from '../domain/users';
import type { MockServerParts } from './parts';
import { pinResetReplay, userTarget } from './change';
import { parseBody, toResponse } from './http';

const NO_STORE = { 'Cache-Control': 'no-store' };
const ifMatch = (request: Request) => request.headers.get('If-Match') ?? undefined;
type UserParams = { userId: string };
const siteTarget = {
  target: (params: { site: string }) => ({ userId: null, name: `PIN policy of ${params.site}` }),
};

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

/** PINs: reset with options, live check, lock/unlock, policies (P3–P5, P7). */
export function pinHandlers({ route, store, ctx, guarded, session }: MockServerParts) {
  const onUser = { target: userTarget };
  const onGlobalPolicy = { target: () => ({ userId: null, name: 'Global PIN policy' }) };
  const savePolicy =
    (scope: PolicyScope) =>
    async ({ request }: { request: Request }) => {
      const body = await parseBody(request, pinPolicyInputSchema);
      if (!body.ok) return toResponse(body);
      return toResponse(
        store.write((tenant) => {
          const saved = savePinPolicy(tenant, scope, body.value);
          return saved.ok
            ? ok(policiesOf(tenant))
            : refuse('validation', 'The PIN policy is not valid.', saved.fieldErrors);
        }),
      );
    };
  const deletePolicy = (scope: PolicyScope) =>
    toResponse(
      store.write((tenant) =>
        removePinPolicy(tenant, scope)
          ? ok(policiesOf(tenant))
          : refuse('not_found', 'There is no such PIN policy.'),
      ),
    );

  return [
    // P2: the one response that carries a PIN; never cached anywhere.
    route<UserParams>(
      'post',
      '/users/:userId/pin/reset',
      guarded<UserParams>(
        'resetPin',
        { ...onUser, replayOf: pinResetReplay },
        async ({ params, request }) => {
          const body = await parseBody(request, resetPinRequestSchema);
          if (!body.ok) return toResponse(body);
          return toResponse(
            store.write((tenant) =>
              resetPin(tenant, ctx, params.userId, ifMatch(request), body.value),
            ),
            { headers: NO_STORE },
          );
        },
      ),
    ),
    route<UserParams>('post', '/users/:userId/pin/check', async ({ params, request }) => {
      const body = await parseBody(request, pinCheckRequestSchema);
      if (!body.ok) return toResponse(body);
      const tenant = store.read();
      const found = findUser(tenant, params.userId);
      if (!found.ok) return toResponse(found);
      const { policy } = effectivePinPolicy(tenant, found.value);
      return HttpResponse.json(
        { problems: specificPinProblems(body.value.pin, policy, found.value) },
        { headers: NO_STORE },
      );
    }),
    route<UserParams>(
      'post',
      '/users/:userId/pin/lock',
      guarded<UserParams>('lockPin', onUser, ({ params, request }) =>
        toResponse(store.write((tenant) => lockPin(tenant, params.userId, ifMatch(request)))),
      ),
    ),
    route<UserParams>(
      'post',
      '/users/:userId/pin/unlock',
      guarded<UserParams>('unlockPin', onUser, ({ params, request }) =>
        toResponse(store.write((tenant) => unlockPin(tenant, params.userId, ifMatch(request)))),
      ),
    ),
    route('get', '/pin-policies', () => HttpResponse.json(policiesOf(store.read()))),
    route(
      'put',
      '/pin-policies/global',
      guarded('savePinPolicy', onGlobalPolicy, savePolicy({ kind: 'global' })),
    ),
    route<{ site: string }>(
      'put',
      '/pin-policies/sites/:site',
      guarded<{ site: string }>('savePinPolicy', siteTarget, (info) =>
        savePolicy({ kind: 'site', site: info.params.site })(info),
      ),
    ),
    route<{ site: string }>(
      'delete',
      '/pin-policies/sites/:site',
      guarded<{ site: string }>('removePinPolicy', siteTarget, ({ params }) =>
        deletePolicy({ kind: 'site', site: params.site }),
      ),
    ),
    route<UserParams>(
      'put',
      '/pin-policies/users/:userId',
      guarded<UserParams>('savePinPolicy', onUser, (info) =>
        savePolicy({ kind: 'user', userId: info.params.userId })(info),
      ),
    ),
    route<UserParams>(
      'delete',
      '/pin-policies/users/:userId',
      guarded<UserParams>('removePinPolicy', onUser, ({ params }) =>
        deletePolicy({ kind: 'user', userId: params.userId }),
      ),
    ),
    // P7 (mock mode): the user "Signed in as" chose (a test may name one in X-Mock-User).
    route(
      'post',
      '/me/pin/reset',
      guarded.ownPinReset(
        (request) =>
          request.headers.get('X-Mock-User') ??
          selfServiceUser(store.read(), session.selfServiceUserId())?.id ??
          null,
        (userId) =>
          toResponse(
            store.write((tenant) => resetOwnPin(tenant, ctx, userId)),
            { headers: NO_STORE },
          ),
      ),
    ),
  ];
}
