import type { EmailOutcome, SentEmail } from '../../src/api/contract/common';
import { formatPhoneNumber, MASKED_PIN } from '../../src/api/format';
import { dialInNumbersFor } from './bridge';
import type { DomainContext, Tenant, UserRecord } from './types';

interface Message {
  subject: string;
  body: string;
}

function dialInBlock(tenant: Tenant, user: UserRecord): string {
  const { toll, tollFree } = dialInNumbersFor(tenant.bridge, user);
  const lines = [`  Toll: ${formatPhoneNumber(toll)}`];
  if (tollFree) lines.push(`  Toll-free: ${formatPhoneNumber(tollFree)}`);
  return `Dial-in numbers:\n${lines.join('\n')}`;
}

function greeting(user: UserRecord) {
  return `Hello ${user.displayName},`;
}

/** E1: after a conference ID reset or change — the new ID and numbers, never a PIN. */
export function conferenceIdChangedMessage(tenant: Tenant, user: UserRecord): Message {
  return {
    subject: 'Your Audio Conferencing conference ID has changed',
    body: [
      greeting(user),
      'Your administrator has given you a new conference ID for Audio Conferencing. Your old conference ID no longer works.',
      `Conference ID: ${user.audio.conferenceId}`,
      dialInBlock(tenant, user),
      'Meeting invites you have already sent carry the old conference ID. Update or reschedule those meetings so that callers can join.',
    ].join('\n\n'),
  };
}

/**
 * E1: after a PIN reset. The real message carries the PIN; the mock mailbox keeps it masked,
 * because a PIN may never rest in storage or on a page (A3).
 */
export function pinResetMessage(tenant: Tenant, user: UserRecord): Message {
  return {
    subject: 'Your Audio Conferencing PIN has been reset',
    body: [
      greeting(user),
      'Your administrator has reset your Audio Conferencing PIN. Use it to start meetings when you dial in.',
      `PIN: ${MASKED_PIN} (the PIN is delivered to the recipient; the mock mailbox doesn't keep it)`,
      `Conference ID: ${user.audio.conferenceId ?? 'none'}`,
      dialInBlock(tenant, user),
    ].join('\n\n'),
  };
}

/** E2: the conference info on demand — ID and dial-in numbers, never the PIN. */
export function conferenceInfoMessage(tenant: Tenant, user: UserRecord): Message {
  return {
    subject: 'Your Audio Conferencing information',
    body: [
      greeting(user),
      'Here is your Audio Conferencing information. Callers use it to join your meetings by phone.',
      `Conference ID: ${user.audio.conferenceId}`,
      dialInBlock(tenant, user),
      'Your PIN is not included in this email. If you have forgotten it, ask your administrator to reset it.',
    ].join('\n\n'),
  };
}

/**
 * E1: on being enabled with Microsoft as the provider — the ID, the numbers, and the PIN if one
 * was generated (kept masked in the mock mailbox, as with a reset).
 */
export function welcomeMessage(tenant: Tenant, user: UserRecord, pinGenerated: boolean): Message {
  return {
    subject: 'You are set up for Audio Conferencing',
    body: [
      greeting(user),
      'You can now schedule meetings that people join by phone. Your invites carry this information.',
      `Conference ID: ${user.audio.conferenceId}`,
      dialInBlock(tenant, user),
      pinGenerated
        ? `PIN: ${MASKED_PIN} (the PIN is delivered to the recipient; the mock mailbox doesn't keep it). Use it to start meetings when you dial in.`
        : 'Use your existing PIN to start meetings when you dial in.',
    ].join('\n\n'),
  };
}

/** E1: on losing Microsoft as the provider — the old ID stops working. */
export function conferencingRemovedMessage(user: UserRecord, previousId: string | null): Message {
  return {
    subject: 'Your Audio Conferencing settings have changed',
    body: [
      greeting(user),
      'Your administrator has changed your audio conferencing provider, so Microsoft Audio Conferencing no longer applies to you.',
      previousId
        ? `Your conference ID ${previousId} no longer works. Update or reschedule meetings you have already sent.`
        : 'Meetings you schedule no longer carry Microsoft dial-in information.',
    ].join('\n\n'),
  };
}

/**
 * The newest emails the mock mailbox keeps: a bulk job can send one to each of 100,000 users, and
 * the browser's storage holds a few megabytes. Older ones drop off; their numbers stay taken.
 */
export const MAILBOX_LIMIT = 2_000;

/** E5: every sent email is kept in the mailbox (the newest MAILBOX_LIMIT of them). */
export function deliver(
  tenant: Tenant,
  ctx: DomainContext,
  to: string,
  message: Message,
  userId: string | null,
): SentEmail {
  const email: SentEmail = {
    id: `mail-${tenant.nextEmailNumber++}`,
    to,
    subject: message.subject,
    body: message.body,
    sentAt: ctx.now().toISOString(),
    userId,
  };
  tenant.mailbox.push(email);
  if (!tenant.logTrimDeferred) trimMailbox(tenant);
  return email;
}

export function trimMailbox(tenant: Tenant): void {
  if (tenant.mailbox.length > MAILBOX_LIMIT) {
    tenant.mailbox.splice(0, tenant.mailbox.length - MAILBOX_LIMIT);
  }
}

/**
 * E1 + B3 + E3: sends an automatic email if the bridge says so and the user has a mailbox,
 * and says what happened in words the admin can act on.
 */
export function sendAutomaticEmail(
  tenant: Tenant,
  ctx: DomainContext,
  user: UserRecord,
  message: Message,
  whatToPassOn: string,
): EmailOutcome {
  if (!tenant.bridge.autoSendEmails) {
    return {
      sent: false,
      to: null,
      reason: `Automatic emails are turned off, so no email was sent. Give ${user.displayName} ${whatToPassOn} yourself.`,
    };
  }
  if (!user.email) {
    return {
      sent: false,
      to: null,
      reason: `${user.displayName} has no mailbox, so no email was sent. Give them ${whatToPassOn} yourself.`,
    };
  }
  deliver(tenant, ctx, user.email, message, user.id);
  return { sent: true, to: user.email, reason: null };
}
