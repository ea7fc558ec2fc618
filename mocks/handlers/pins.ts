import { HttpResponse } from 'msw';
import {
  checkPinRoute,
  lockPinRoute,
  resetMyPinRoute,
  resetPinRoute,
  unlockPinRoute,
} from '../../src/api/contract/pins';
import { resetPin } from '../domain/actions';
import { lockPin, unlockPin } from '../domain/pin-lock';
import { effectivePinPolicy, specificPinProblems } from '../domain/pin-policy';
import { resetOwnPin } from '../domain/self-service';
import { findUser } from '../domain/users';
import type { MockServerParts } from './parts';
import { ifMatch } from './audio-conferencing';
import { identityIn, onIdentity, pinResetReplay, selfTarget, userTarget } from './change';
import { toResponse } from './http';

/** PINs: reset with options, live check, lock/unlock, a user's own reset (P2–P5, P7). */
export function pinHandlers({ router: { route, change }, store, ctx, guard }: MockServerParts) {
  const onUser = { target: userTarget };
  return [
    // P2: the one answer that carries a PIN; never cached anywhere, never replayed.
    change(
      resetPinRoute,
      guard('resetPin', { ...onUser, replayOf: pinResetReplay }),
      ({ params, request, body }) =>
        toResponse(
          store.write((tenant) => resetPin(tenant, ctx, params.userId, ifMatch(request), body)),
        ),
      // A chosen PIN has no cmdlet; the command never holds a PIN either way.
      ({ params, body }, tenant) => {
        const identity = identityIn(tenant, params);
        if (identity === null) return null;
        return body.pin !== undefined
          ? { action: 'setPin', identity }
          : {
              action: 'resetPin',
              identity,
              sendEmail: body.sendEmail ?? tenant.bridge.autoSendEmails,
              sendTo: body.sendToAddress ?? null,
            };
      },
    ),
    route(checkPinRoute, ({ params, body }) => {
      const tenant = store.read();
      const found = findUser(tenant, params.userId);
      if (!found.ok) return toResponse(found);
      const { policy } = effectivePinPolicy(tenant, found.value);
      return HttpResponse.json({ problems: specificPinProblems(body.pin, policy, found.value) });
    }),
    change(
      lockPinRoute,
      guard('lockPin', onUser),
      ({ params, request }) =>
        toResponse(store.write((tenant) => lockPin(tenant, params.userId, ifMatch(request)))),
      onIdentity('lockPin'),
    ),
    change(
      unlockPinRoute,
      guard('unlockPin', onUser),
      ({ params, request }) =>
        toResponse(store.write((tenant) => unlockPin(tenant, params.userId, ifMatch(request)))),
      onIdentity('unlockPin'),
    ),
    // P7: the user the bearer token belongs to; the entry is under their own name.
    change(
      resetMyPinRoute,
      guard('resetOwnPin', { target: selfTarget, replayOf: pinResetReplay }),
      ({ caller }) =>
        caller.kind === 'user'
          ? toResponse(store.write((tenant) => resetOwnPin(tenant, ctx, caller.userId)))
          : toResponse({ ok: false, code: 'forbidden', message: 'Sign in as a user.' }),
    ),
  ];
}
