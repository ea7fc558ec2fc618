import { beforeEach, describe, expect, it } from 'vitest';
import { MASKED_PIN } from '../../src/api/format';
import { generateScenario } from '../scenarios/scenarios';
import { resetConferenceId, resetPin, sendConferenceInfo } from './actions';
import { emailAddressProblem } from './email-address';
import {
  AMOS,
  expectOk,
  expectRefusal,
  KEN,
  lastEmail,
  MEGAN,
  NOW_ISO,
  stateOf,
  testContext,
  userByName,
  wholeNumberPattern,
} from './test-helpers';
import type { DomainContext, Tenant } from './types';

/** The bridge's default numbers as the emails print them. */
const DEFAULT_TOLL = '+1 425 555 0100';
const DEFAULT_TOLL_FREE = '+1 866 555 0123';
const PIN_LINE = /\bPIN\s*:/;

let tenant: Tenant;
let ctx: DomainContext;

beforeEach(() => {
  tenant = generateScenario('default');
  ctx = testContext();
});

describe('E1 automatic emails', () => {
  it('E1: a conference ID reset sends one email to the primary address with the new ID and dial-in numbers', () => {
    const amos = userByName(tenant, AMOS);

    const response = expectOk(resetConferenceId(tenant, ctx, amos.id));
    const newId = response.user.audioConferencing.conferenceId!;

    expect(response.email).toEqual({ sent: true, to: 'amos.marble@contoso.com', reason: null });
    expect(tenant.mailbox).toHaveLength(1);
    const email = lastEmail(tenant);
    expect(email.to).toBe('amos.marble@contoso.com');
    expect(email.userId).toBe(amos.id);
    expect(email.body).toContain(`Conference ID: ${newId}`);
    expect(email.body).toContain(DEFAULT_TOLL);
    expect(email.body).toContain(DEFAULT_TOLL_FREE);
  });

  it('E1: the conference ID reset email carries no PIN', () => {
    const amos = userByName(tenant, AMOS);
    const { pin } = expectOk(resetPin(tenant, ctx, amos.id));

    expectOk(resetConferenceId(tenant, ctx, amos.id));

    const email = lastEmail(tenant);
    expect(email.subject).toMatch(/conference ID/);
    expect(email.body).not.toMatch(wholeNumberPattern(pin));
    expect(email.body).not.toMatch(PIN_LINE);
  });

  it('E1: a PIN reset sends one email to the primary address with the ID and default number; the stored body masks the PIN', () => {
    const amos = userByName(tenant, AMOS);

    const response = expectOk(resetPin(tenant, ctx, amos.id));

    expect(response.email).toEqual({ sent: true, to: 'amos.marble@contoso.com', reason: null });
    expect(tenant.mailbox).toHaveLength(1);
    const email = lastEmail(tenant);
    expect(email.to).toBe('amos.marble@contoso.com');
    expect(email.subject).toMatch(/PIN/);
    expect(email.body).not.toMatch(wholeNumberPattern(response.pin));
    expect(email.body).toContain(`PIN: ${MASKED_PIN}`);
    expect(email.body).toContain(`Conference ID: ${amos.audio.conferenceId}`);
    expect(email.body).toContain(DEFAULT_TOLL);
  });

  it('E1: with automatic emails off, a conference ID reset sends nothing and says so', () => {
    tenant.bridge.autoSendEmails = false;
    const amos = userByName(tenant, AMOS);
    const old = amos.audio.conferenceId;

    const response = expectOk(resetConferenceId(tenant, ctx, amos.id));

    expect(response.email).toEqual({
      sent: false,
      to: null,
      reason: expect.stringMatching(/Automatic emails are turned off.*conference ID/),
    });
    expect(tenant.mailbox).toHaveLength(0);
    expect(tenant.nextEmailNumber).toBe(1);
    // The reset itself still happened.
    expect(amos.audio.conferenceId).not.toBe(old);
  });

  it('E1: with automatic emails off, a PIN reset sends nothing and says so', () => {
    tenant.bridge.autoSendEmails = false;
    const ken = userByName(tenant, KEN);

    const response = expectOk(resetPin(tenant, ctx, ken.id));

    expect(response.email).toEqual({
      sent: false,
      to: null,
      reason: expect.stringMatching(/Automatic emails are turned off.*PIN/),
    });
    expect(tenant.mailbox).toHaveLength(0);
    expect(ken.pin.stored).not.toBeNull();
  });
});

describe('E2 send conference info in email', () => {
  it('E2: sends the conference ID and the default dial-in numbers to the primary address', () => {
    const amos = userByName(tenant, AMOS);

    const { email } = expectOk(sendConferenceInfo(tenant, ctx, amos.id, undefined));

    expect(email.to).toBe('amos.marble@contoso.com');
    expect(email.subject).toBe('Your Audio Conferencing information');
    expect(email.body).toContain(`Conference ID: ${amos.audio.conferenceId}`);
    expect(email.body).toContain(DEFAULT_TOLL);
    expect(email.body).toContain(DEFAULT_TOLL_FREE);
    expect(tenant.mailbox).toEqual([email]);
  });

  it('E2: never includes the PIN', () => {
    const ken = userByName(tenant, KEN);
    const { pin } = expectOk(resetPin(tenant, ctx, ken.id));

    const { email } = expectOk(sendConferenceInfo(tenant, ctx, ken.id, undefined));

    expect(email.body).not.toMatch(wholeNumberPattern(pin));
    expect(email.body).not.toMatch(PIN_LINE);
    expect(email.body).not.toContain(MASKED_PIN);
  });

  it('E2: is sent on demand even with automatic emails off', () => {
    tenant.bridge.autoSendEmails = false;
    const amos = userByName(tenant, AMOS);

    const { email } = expectOk(sendConferenceInfo(tenant, ctx, amos.id, undefined));

    expect(email.to).toBe('amos.marble@contoso.com');
    expect(tenant.mailbox).toHaveLength(1);
  });
});

describe('E3 recipient', () => {
  it('E3: the default recipient is the primary SMTP address', () => {
    const ken = userByName(tenant, KEN);
    expect(expectOk(sendConferenceInfo(tenant, ctx, ken.id, undefined)).email.to).toBe(
      'ken.myer@contoso.com',
    );
  });

  it('E3: an address the admin gives is used instead of the primary one', () => {
    const amos = userByName(tenant, AMOS);

    const { email } = expectOk(sendConferenceInfo(tenant, ctx, amos.id, 'u@hotmail.com'));

    expect(email.to).toBe('u@hotmail.com');
    expect(tenant.mailbox.map((m) => m.to)).toEqual(['u@hotmail.com']);
  });

  it('E3: Megan Bowen (no mailbox) is refused with a field error on "to" when no address is given', () => {
    const megan = userByName(tenant, MEGAN);
    expect(megan.email).toBeNull();
    const before = stateOf(tenant);

    const refusal = expectRefusal(sendConferenceInfo(tenant, ctx, megan.id, undefined));

    expect(refusal.code).toBe('validation');
    expect(refusal.fieldErrors?.to).toEqual([expect.stringMatching(/no mailbox/)]);
    expect(stateOf(tenant)).toBe(before);
  });

  it('E3: Megan Bowen can be sent the info at an address the admin gives', () => {
    const megan = userByName(tenant, MEGAN);

    const { email } = expectOk(sendConferenceInfo(tenant, ctx, megan.id, 'megan@fabrikam.com'));

    expect(email.to).toBe('megan@fabrikam.com');
    expect(email.userId).toBe(megan.id);
    expect(tenant.mailbox).toHaveLength(1);
  });

  it('E3: automatic emails for Megan Bowen are not sent, and the outcome says why', () => {
    const megan = userByName(tenant, MEGAN);

    const idReset = expectOk(resetConferenceId(tenant, ctx, megan.id));
    const pinReset = expectOk(resetPin(tenant, ctx, megan.id));

    for (const outcome of [idReset.email, pinReset.email]) {
      expect(outcome).toEqual({
        sent: false,
        to: null,
        reason: expect.stringMatching(/Megan Bowen has no mailbox/),
      });
    }
    expect(tenant.mailbox).toHaveLength(0);
  });
});

describe('E4 address validation', () => {
  const refused = [
    'not-an-email',
    'a@b.com\r\nBcc: x@y.com',
    'a@b.com\nBcc: x@y.com',
    'a@b.com, c@d.com',
    'a@b.com;c@d.com',
    'a@b.com c@d.com',
    'a@b@c.com',
    '',
    '   ',
  ];
  const accepted = ['u@hotmail.com', 'first.last+tag@sub.example.co.uk'];

  it.each(refused)('E4: emailAddressProblem refuses %j', (value) => {
    const problem = emailAddressProblem(value);
    expect(problem).toEqual(expect.any(String));
    expect(problem!.length).toBeGreaterThan(5);
  });

  it('E4: emailAddressProblem says why a line break or a list is refused', () => {
    expect(emailAddressProblem('a@b.com\r\nBcc: x@y.com')).toMatch(/line breaks/);
    expect(emailAddressProblem('a@b.com, c@d.com')).toMatch(/just one/);
    expect(emailAddressProblem('a@b.com;c@d.com')).toMatch(/just one/);
  });

  it.each(accepted)('E4: emailAddressProblem accepts %j', (value) => {
    expect(emailAddressProblem(value)).toBeNull();
  });

  it.each(refused.filter((v) => v.trim() !== ''))(
    'E4: sendConferenceInfo refuses %j with a field error on "to" and changes nothing',
    (value) => {
      const amos = userByName(tenant, AMOS);
      const before = stateOf(tenant);

      const refusal = expectRefusal(sendConferenceInfo(tenant, ctx, amos.id, value));

      expect(refusal.code).toBe('validation');
      expect(refusal.fieldErrors?.to).toEqual([expect.any(String)]);
      expect(tenant.mailbox).toHaveLength(0);
      expect(stateOf(tenant)).toBe(before);
    },
  );

  // A blank "to" that was given is bad input (A5), not "no address given".
  it.each(['', '   '])(
    'E4: sendConferenceInfo refuses the blank address %j with a field error on "to"',
    (value) => {
      const amos = userByName(tenant, AMOS);

      const result = sendConferenceInfo(tenant, ctx, amos.id, value);

      expect(result.ok).toBe(false);
      expect(tenant.mailbox).toHaveLength(0);
    },
  );

  it.each(accepted)('E4: sendConferenceInfo sends to the valid address %j', (value) => {
    const amos = userByName(tenant, AMOS);
    const { email } = expectOk(sendConferenceInfo(tenant, ctx, amos.id, value));
    expect(email.to).toBe(value);
    expect(tenant.mailbox).toHaveLength(1);
  });

  it('E4: a refused address for a user without a mailbox changes nothing either', () => {
    const megan = userByName(tenant, MEGAN);
    const before = stateOf(tenant);
    const refusal = expectRefusal(
      sendConferenceInfo(tenant, ctx, megan.id, 'megan@fabrikam.com\r\nBcc: x@y.com'),
    );
    expect(refusal.fieldErrors?.to).toHaveLength(1);
    expect(stateOf(tenant)).toBe(before);
  });
});

describe('E5 the mock mailbox keeps every email sent', () => {
  it('E5: every send appends one email with recipient, subject, body and ISO time, in order', () => {
    const amos = userByName(tenant, AMOS);
    const ken = userByName(tenant, KEN);

    expectOk(resetConferenceId(tenant, ctx, amos.id));
    expectOk(resetPin(tenant, ctx, ken.id));
    expectOk(sendConferenceInfo(tenant, ctx, amos.id, 'u@hotmail.com'));

    expect(tenant.mailbox).toHaveLength(3);
    expect(tenant.mailbox.map((m) => [m.to, m.subject, m.userId])).toEqual([
      ['amos.marble@contoso.com', 'Your Audio Conferencing conference ID has changed', amos.id],
      ['ken.myer@contoso.com', 'Your Audio Conferencing PIN has been reset', ken.id],
      ['u@hotmail.com', 'Your Audio Conferencing information', amos.id],
    ]);
    for (const email of tenant.mailbox) {
      expect(email.sentAt).toBe(NOW_ISO);
      expect(new Date(email.sentAt).toISOString()).toBe(email.sentAt);
      expect(email.body).toMatch(/^Hello .+,\n\n/);
    }
    expect(new Set(tenant.mailbox.map((m) => m.id)).size).toBe(3);
  });

  it('E5: the time of each email is the time it was sent', () => {
    const amos = userByName(tenant, AMOS);
    const times = ['2026-11-22T10:00:00.000Z', '2026-11-23T08:15:30.500Z'];
    for (const time of times) {
      expectOk(
        sendConferenceInfo(tenant, { ...ctx, now: () => new Date(time) }, amos.id, undefined),
      );
    }
    expect(tenant.mailbox.map((m) => m.sentAt)).toEqual(times);
  });

  it('E5: the sendConferenceInfo response returns the email as kept in the mailbox', () => {
    const amos = userByName(tenant, AMOS);
    const { email } = expectOk(sendConferenceInfo(tenant, ctx, amos.id, undefined));
    expect(lastEmail(tenant)).toEqual(email);
    expect(email).toEqual({
      id: expect.any(String),
      to: 'amos.marble@contoso.com',
      subject: 'Your Audio Conferencing information',
      body: expect.stringContaining('Conference ID'),
      sentAt: NOW_ISO,
      userId: amos.id,
    });
  });
});
