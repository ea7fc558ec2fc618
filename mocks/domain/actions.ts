import type {
  ResetConferenceIdResponse,
  ResetPinResponse,
  SendConferenceInfoResponse,
} from '../../src/api/contract';
import { conferencingUnavailableReason, pinResetUnavailableReason } from './availability';
import { assignConferenceId, generateConferenceId, retireConferenceId } from './conference-id';
import { emailAddressProblem } from './email-address';
import {
  conferenceIdChangedMessage,
  conferenceInfoMessage,
  deliver,
  pinResetMessage,
  sendAutomaticEmail,
} from './email';
import { generatePin, hashPin } from './pin';
import { fieldRefusal, ok, refuse, type Result } from './result';
import { staleWriteRefusal } from './concurrency';
import { endMeeting } from './dial-in';
import { touch } from './touch';
import type { DomainContext, Tenant } from './types';
import { findUser, toDetail } from './users';

/** C2 + C4 + E1: a new random ID; the old one is retired at once; the user is emailed (no PIN). */
export function resetConferenceId(
  tenant: Tenant,
  ctx: DomainContext,
  userId: string,
  ifMatch?: string,
): Result<ResetConferenceIdResponse> {
  const found = findUser(tenant, userId);
  if (!found.ok) return found;
  const user = found.value;
  const unavailable = conferencingUnavailableReason(user);
  if (unavailable) return refuse('unavailable', unavailable);
  const stale = staleWriteRefusal(user, ifMatch);
  if (stale) return stale;

  const previous = user.audio.conferenceId;
  const next = generateConferenceId(tenant, ctx.random);
  if (previous) {
    endMeeting(tenant, previous);
    retireConferenceId(tenant, previous);
  }
  assignConferenceId(tenant, user.id, next);
  user.audio.conferenceId = next;
  touch(tenant, user);

  const email = sendAutomaticEmail(
    tenant,
    ctx,
    user,
    conferenceIdChangedMessage(tenant, user),
    'the new conference ID',
  );
  return ok({ user: toDetail(user), previousConferenceId: previous, email });
}

/** P1 + P2 + P5 + E1: a random PIN of the bridge's length, returned once, stored hashed. */
export function resetPin(
  tenant: Tenant,
  ctx: DomainContext,
  userId: string,
  ifMatch?: string,
): Result<ResetPinResponse> {
  const found = findUser(tenant, userId);
  if (!found.ok) return found;
  const user = found.value;
  const unavailable = pinResetUnavailableReason(user);
  if (unavailable) return refuse('unavailable', unavailable);
  const stale = staleWriteRefusal(user, ifMatch);
  if (stale) return stale;

  const pin = generatePin(ctx.random, tenant.bridge.pinLength);
  user.pin.stored = hashPin(pin, ctx.random);
  user.pin.failedAttempts = 0;
  user.pin.lastChangedAt = ctx.now().toISOString();
  touch(tenant, user);

  const email = sendAutomaticEmail(tenant, ctx, user, pinResetMessage(tenant, user), 'the new PIN');
  return ok({ user: toDetail(user), pin, email });
}

/**
 * E2 + E3 + E4: the conference info on demand, whatever B3 says; to the primary address or to
 * one other address the admin gives. Never the PIN.
 */
export function sendConferenceInfo(
  tenant: Tenant,
  ctx: DomainContext,
  userId: string,
  to: string | undefined,
): Result<SendConferenceInfoResponse> {
  const found = findUser(tenant, userId);
  if (!found.ok) return found;
  const user = found.value;
  const unavailable = conferencingUnavailableReason(user);
  if (unavailable) return refuse('unavailable', unavailable);

  let recipient: string;
  // An address that was given must be valid, even a blank one (A5): it is never silently dropped.
  if (to !== undefined) {
    const problem = emailAddressProblem(to);
    if (problem) return fieldRefusal('to', problem);
    recipient = to.trim();
  } else if (user.email) {
    recipient = user.email;
  } else {
    return fieldRefusal(
      'to',
      `${user.displayName} has no mailbox. Enter an address to send the conference info to.`,
    );
  }
  const email = deliver(tenant, ctx, recipient, conferenceInfoMessage(tenant, user), user.id);
  return ok({ email });
}
