import type {
  ResetConferenceIdResponse,
  SendConferenceInfoResponse,
} from '../../src/api/contract/audio-conferencing';
import type { EmailOutcome } from '../../src/api/contract/common';
import type { ResetPinResponse } from '../../src/api/contract/pins';
import { conferencingUnavailableReason, pinResetUnavailableReason } from './availability';
import { generateConferenceId } from './conference-id';
import { replaceConferenceId } from './set-conference-id';
import { emailAddressProblem } from './email-address';
import { conferenceInfoMessage, deliver, pinResetMessage } from './email';
import { generatePin, hashPin } from './pin';
import { fieldRefusal, ok, refuse, type Result } from './result';
import { staleWriteRefusal } from './concurrency';
import { touch } from './touch';
import type { DomainContext, Tenant, UserRecord } from './types';
import { effectivePinPolicy, specificPinProblems } from './pin-policy';
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

  return ok(
    replaceConferenceId(
      tenant,
      ctx,
      user,
      generateConferenceId(tenant, ctx.random),
      'Conference ID reset',
    ),
  );
}

export interface ResetPinOptions {
  /** P3: a specific PIN; without it one is generated. */
  pin?: string;
  /** Whether to email the PIN; defaults to the bridge's automatic emails (B3). */
  sendEmail?: boolean;
  /** E3: another address; only with sendEmail. */
  sendToAddress?: string;
}

/**
 * P1: exactly the bridge's PIN length (B2), which rules generated PINs; and, like Lync's
 * "automatically generate a valid PIN", none of the common patterns the policy forbids (P3).
 */
function generateValidPin(tenant: Tenant, ctx: DomainContext, user: UserRecord): string {
  const { policy } = effectivePinPolicy(tenant, user);
  const patternsOnly = { ...policy, minimumLength: 4 };
  for (let attempt = 0; ; attempt++) {
    const pin = generatePin(ctx.random, tenant.bridge.pinLength);
    if (attempt >= 1000 || specificPinProblems(pin, patternsOnly, user).length === 0) return pin;
  }
}

/** E3 + E4: where the PIN email goes, or why the request is refused. */
function pinEmailRecipient(
  tenant: Tenant,
  user: UserRecord,
  options: ResetPinOptions,
): Result<string | null> {
  const sendEmail = options.sendEmail ?? tenant.bridge.autoSendEmails;
  const other = options.sendToAddress === '' ? undefined : options.sendToAddress;
  if (other !== undefined) {
    // E3: like -SendEmailToAddress, another address needs an explicit "send email".
    if (options.sendEmail !== true) {
      return fieldRefusal(
        'sendToAddress',
        'To send to another address, choose to send the PIN in email.',
      );
    }
    const problem = emailAddressProblem(other);
    return problem ? fieldRefusal('sendToAddress', problem) : ok(other.trim());
  }
  if (!sendEmail) return ok(null);
  if (!user.email) {
    // Asked for explicitly, the email needs an address; by default there is simply none (E3).
    return options.sendEmail
      ? fieldRefusal(
          'sendToAddress',
          `${user.displayName} has no mailbox. Enter an address to send the PIN to.`,
        )
      : ok(null);
  }
  return ok(user.email);
}

function noPinEmailReason(tenant: Tenant, user: UserRecord, options: ResetPinOptions): string {
  const passOn = `Give ${user.displayName} the new PIN yourself.`;
  if (!tenant.bridge.autoSendEmails && options.sendEmail !== false) {
    return `Automatic emails are turned off, so no email was sent. ${passOn}`;
  }
  if (options.sendEmail === false) {
    return tenant.bridge.autoSendEmails
      ? `You chose not to email the PIN. ${passOn}`
      : `Automatic emails are turned off and no email was sent. ${passOn}`;
  }
  return `${user.displayName} has no mailbox, so no email was sent. ${passOn}`;
}

/**
 * P1-P3 + P5 + E1 + E3: a generated PIN (or the specific one the admin gives, if the policy
 * accepts it), returned once and stored hashed; emailed where the admin says, or not at all.
 */
export function resetPin(
  tenant: Tenant,
  ctx: DomainContext,
  userId: string,
  ifMatch?: string,
  options: ResetPinOptions = {},
): Result<ResetPinResponse> {
  const found = findUser(tenant, userId);
  if (!found.ok) return found;
  const user = found.value;
  const unavailable = pinResetUnavailableReason(user);
  if (unavailable) return refuse('unavailable', unavailable);
  const stale = staleWriteRefusal(user, ifMatch);
  if (stale) return stale;
  if (options.pin !== undefined) {
    const problems = specificPinProblems(
      options.pin,
      effectivePinPolicy(tenant, user).policy,
      user,
    );
    if (problems.length > 0) {
      return refuse('validation', "The PIN doesn't meet the PIN policy.", { pin: problems });
    }
  }
  const recipient = pinEmailRecipient(tenant, user, options);
  if (!recipient.ok) return recipient;

  const pin = options.pin ?? generateValidPin(tenant, ctx, user);
  user.pin.stored = hashPin(pin, ctx.random);
  user.pin.failedAttempts = 0;
  user.pin.lastChangedAt = ctx.now().toISOString();
  touch(tenant, user);

  const message = pinResetMessage(tenant, user);
  let email: EmailOutcome;
  if (recipient.value) {
    deliver(tenant, ctx, recipient.value, message, user.id);
    email = { sent: true, to: recipient.value, reason: null };
  } else {
    email = {
      sent: false,
      to: null,
      reason: noPinEmailReason(tenant, user, options),
    };
  }
  return ok({ user: toDetail(user, tenant), pin, email });
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
