import { beforeEach, describe, expect, it } from 'vitest';
import { generateScenario } from '../scenarios/scenarios';
import { resetPin, type ResetPinOptions } from './actions';
import { updateBridgeSettings, type BridgeSettingsUpdate } from './bridge-settings';
import { dialIn } from './dial-in';
import { pinMatches } from './pin';
import {
  AMOS,
  expectOk,
  expectRefusal,
  KEN,
  lastEmail,
  MEGAN,
  NOW_ISO,
  queueRandom,
  seededValues,
  stateOf,
  testContext,
  userByName,
  valuesForDigits,
  wholeNumberPattern,
} from './test-helpers';
import type { DomainContext, Tenant, UserRecord } from './types';

const AMOS_PRIMARY = 'amos.marble@contoso.com';
const OTHER_ADDRESS = 'amos.home@example.net';

let tenant: Tenant;
let ctx: DomainContext;
let amos: UserRecord;

beforeEach(() => {
  tenant = generateScenario('default');
  ctx = testContext();
  amos = userByName(tenant, AMOS);
});

function reset(user: UserRecord, options?: ResetPinOptions, context: DomainContext = ctx) {
  return resetPin(tenant, context, user.id, undefined, options);
}

/** The bridge settings an admin submits, with some changed. */
function bridgeUpdate(changes: Partial<BridgeSettingsUpdate>): BridgeSettingsUpdate {
  const b = tenant.bridge;
  return {
    pinLength: b.pinLength,
    autoSendEmails: b.autoSendEmails,
    entryExitNotifications: b.entryExitNotifications,
    announcementType: b.announcementType,
    askCallersToRecordName: b.askCallersToRecordName,
    defaultTollNumber: b.defaultTollNumber,
    defaultTollFreeNumber: b.defaultTollFreeNumber,
    ...changes,
  };
}

/** A run of 4 digits going up or down by one (independent of the domain's own check). */
function hasRunOfFour(pin: string): boolean {
  for (let i = 0; i + 4 <= pin.length; i++) {
    const steps = [1, 2, 3].map((k) => pin.charCodeAt(i + k) - pin.charCodeAt(i + k - 1));
    if (steps.every((s) => s === 1) || steps.every((s) => s === -1)) return true;
  }
  return false;
}

function expectNoPinInMailbox(pin: string): void {
  const pattern = wholeNumberPattern(pin);
  for (const email of tenant.mailbox) {
    expect(email.body).not.toMatch(pattern);
    expect(email.subject).not.toMatch(pattern);
  }
}

describe('P3 reset PIN with a specific PIN', () => {
  it.each([
    ['12345', ["Don't use 4 or more consecutive digits, such as 1234 or 9876."]],
    ['22222', ["Don't repeat one digit all the way through."]],
    ['1357', ['Use at least 5 digits.']],
    ['12a45', ['Use only the digits 0–9.']],
    ['１３５７９', ['Use only the digits 0–9.']],
    ['5550111', ["Don't use the user's phone number or extension."]],
    [
      '1234',
      ['Use at least 5 digits.', "Don't use 4 or more consecutive digits, such as 1234 or 9876."],
    ],
  ])(
    'P3: %j is refused with fieldErrors.pin listing the problems, and nothing changes',
    (pin, problems) => {
      const before = stateOf(tenant);
      const { hash, salt } = amos.pin.stored!;
      const version = amos.version;

      const refusal = expectRefusal(reset(amos, { pin }));

      expect(refusal.code).toBe('validation');
      expect(refusal.fieldErrors).toEqual({ pin: problems });
      expect(amos.pin.stored).toMatchObject({ hash, salt });
      expect(amos.version).toBe(version);
      expect(tenant.mailbox).toHaveLength(0);
      expect(stateOf(tenant)).toBe(before);
    },
  );

  it('P3: an accepted specific PIN (24681357) is stored, returned and emailed without the PIN', () => {
    const version = amos.version;

    const response = expectOk(reset(amos, { pin: '24681357' }));

    expect(response.pin).toBe('24681357');
    expect(pinMatches(amos.pin.stored!, '24681357')).toBe(true);
    expect(amos.pin.stored!.length).toBe(8);
    expect(amos.pin.lastChangedAt).toBe(NOW_ISO);
    expect(amos.version).toBe(version + 1);
    expect(response.user.pin).toEqual({ isSet: true, isLocked: false, lastChangedAt: NOW_ISO });
    expect(response.email).toEqual({ sent: true, to: AMOS_PRIMARY, reason: null });
    expect(tenant.mailbox).toHaveLength(1);
    expectNoPinInMailbox('24681357');
  });

  it('P3: a specific PIN gives Ken Myer (no PIN yet) a PIN', () => {
    const ken = userByName(tenant, KEN);
    expect(ken.pin.stored).toBeNull();
    expectOk(reset(ken, { pin: '80412', sendEmail: false }));
    expect(pinMatches(ken.pin.stored!, '80412')).toBe(true);
    expect(pinMatches(ken.pin.stored!, '80413')).toBe(false);
  });

  it('P3 + D2: the specific PIN starts the meeting at the dial-in', () => {
    expectOk(reset(amos, { pin: '13579', sendEmail: false }));
    expect(dialIn(tenant, amos.audio.conferenceId!, '13579').outcome).toBe('started');
  });
});

describe('B2 a new PIN length applies only to PINs generated afterwards', () => {
  it('B2: after the PIN length becomes 8, an existing 5-digit PIN still matches and starts the meeting', () => {
    const oldPin = expectOk(reset(amos, { sendEmail: false })).pin;
    expect(oldPin).toMatch(/^[0-9]{5}$/);
    const pinsBefore = JSON.stringify(tenant.users.map((u) => u.pin));

    expectOk(updateBridgeSettings(tenant, bridgeUpdate({ pinLength: 8 })));

    expect(tenant.bridge.pinLength).toBe(8);
    expect(JSON.stringify(tenant.users.map((u) => u.pin))).toBe(pinsBefore);
    expect(pinMatches(amos.pin.stored!, oldPin)).toBe(true);
    expect(amos.pin.stored!.length).toBe(5);
    const result = dialIn(tenant, amos.audio.conferenceId!, oldPin);
    expect(result.outcome).toBe('started');
  });

  it('B2: after the PIN length becomes 8, the next generated PIN has 8 digits', () => {
    expectOk(updateBridgeSettings(tenant, bridgeUpdate({ pinLength: 8 })));

    const kenPin = expectOk(reset(userByName(tenant, KEN), { sendEmail: false })).pin;
    const amosPin = expectOk(reset(amos, { sendEmail: false })).pin;

    expect(kenPin).toMatch(/^[0-9]{8}$/);
    expect(amosPin).toMatch(/^[0-9]{8}$/);
    expect(amos.pin.stored!.length).toBe(8);
  });
});

describe('P1 + P3 generated PINs avoid the common patterns', () => {
  it('P1 + P3: a generated 12345, 22222 or 98760 is thrown away; the first valid draw is used', () => {
    const random = queueRandom([
      ...valuesForDigits('12345', false),
      ...valuesForDigits('22222', false),
      ...valuesForDigits('98760', false),
      ...valuesForDigits('13579', false),
      ...seededValues(5, 16),
    ]);

    const { pin } = expectOk(reset(amos, { sendEmail: false }, { ...ctx, random }));

    expect(pin).toBe('13579');
    expect(random.remaining()).toBe(0);
  });

  it("P1 + P3: a generated PIN is never the user's extension (Amos Marble, PIN length 4)", () => {
    tenant.bridge.pinLength = 4;
    const random = queueRandom([
      ...valuesForDigits('0111', false),
      ...valuesForDigits('2468', false),
      ...seededValues(6, 16),
    ]);

    expect(expectOk(reset(amos, { sendEmail: false }, { ...ctx, random })).pin).toBe('2468');
  });

  it.each([4, 5, 8])(
    'P1 + P3: 200 generated PINs of length %i: exact length, digits only, no run of 4, not one repeated digit',
    (length) => {
      tenant.bridge.pinLength = length;
      const seeded = testContext(1000 + length);
      const seen = new Set<string>();
      for (let i = 0; i < 200; i++) {
        const { pin } = expectOk(reset(amos, { sendEmail: false }, seeded));
        expect(pin).toMatch(new RegExp(`^[0-9]{${length}}$`));
        expect(hasRunOfFour(pin), pin).toBe(false);
        expect(/^(\d)\1*$/.test(pin), pin).toBe(false);
        seen.add(pin);
      }
      // Random, not a constant: most of the 200 PINs differ.
      expect(seen.size).toBeGreaterThan(150);
    },
  );

  it('the run-of-4 check used above can fail', () => {
    expect(hasRunOfFour('91234')).toBe(true);
    expect(hasRunOfFour('98765')).toBe(true);
    expect(hasRunOfFour('12357')).toBe(false);
    expect(hasRunOfFour('89012')).toBe(false);
  });
});

describe('E3 where the PIN email goes', () => {
  it('E3: sendEmail false sends nothing, and the outcome tells the admin to pass the PIN on', () => {
    const response = expectOk(reset(amos, { sendEmail: false }));

    expect(tenant.mailbox).toHaveLength(0);
    expect(response.email.sent).toBe(false);
    expect(response.email.to).toBeNull();
    expect(response.email.reason).toMatch(/not to email/);
    expect(response.email.reason).toMatch(/Give Amos Marble the new PIN yourself/);
    expect(pinMatches(amos.pin.stored!, response.pin)).toBe(true);
  });

  it('E3: sendEmail true with sendToAddress mails that address, not the primary one', () => {
    const response = expectOk(reset(amos, { sendEmail: true, sendToAddress: OTHER_ADDRESS }));

    expect(response.email).toEqual({ sent: true, to: OTHER_ADDRESS, reason: null });
    expect(tenant.mailbox).toHaveLength(1);
    expect(lastEmail(tenant).to).toBe(OTHER_ADDRESS);
    expect(lastEmail(tenant).userId).toBe(amos.id);
    expect(tenant.mailbox.some((e) => e.to === AMOS_PRIMARY)).toBe(false);
    expectNoPinInMailbox(response.pin);
  });

  it('E3: the other address is trimmed', () => {
    const response = expectOk(
      reset(amos, { sendEmail: true, sendToAddress: `  ${OTHER_ADDRESS} ` }),
    );
    expect(response.email.to).toBe(OTHER_ADDRESS);
    expect(lastEmail(tenant).to).toBe(OTHER_ADDRESS);
  });

  it('E3: sendToAddress with sendEmail false is refused on sendToAddress, and nothing changes', () => {
    const before = stateOf(tenant);

    const refusal = expectRefusal(reset(amos, { sendEmail: false, sendToAddress: OTHER_ADDRESS }));

    expect(refusal.code).toBe('validation');
    expect(Object.keys(refusal.fieldErrors ?? {})).toEqual(['sendToAddress']);
    expect(stateOf(tenant)).toBe(before);
  });

  // PRODUCT.md E3: "another address ... needs an explicit 'send email' (the PowerShell
  // -SendEmailToAddress needs -SendEmail)", whatever the bridge's B3 says.
  it('E3: sendToAddress without an explicit sendEmail is refused on sendToAddress (B3 on), and nothing changes', () => {
    expect(tenant.bridge.autoSendEmails).toBe(true);
    const before = stateOf(tenant);

    const refusal = expectRefusal(reset(amos, { sendToAddress: OTHER_ADDRESS }));

    expect(Object.keys(refusal.fieldErrors ?? {})).toEqual(['sendToAddress']);
    expect(stateOf(tenant)).toBe(before);
  });

  it('E3: sendToAddress without an explicit sendEmail is refused on sendToAddress (B3 off)', () => {
    tenant.bridge.autoSendEmails = false;
    const before = stateOf(tenant);

    const refusal = expectRefusal(reset(amos, { sendToAddress: OTHER_ADDRESS }));

    expect(Object.keys(refusal.fieldErrors ?? {})).toEqual(['sendToAddress']);
    expect(stateOf(tenant)).toBe(before);
  });

  it.each([
    ['not-an-address'],
    [`${OTHER_ADDRESS}\r\nBcc: evil@example.com`],
    [`${OTHER_ADDRESS}, evil@example.com`],
  ])('E4: sendToAddress %j is refused on sendToAddress, and nothing changes', (address) => {
    const before = stateOf(tenant);
    const refusal = expectRefusal(reset(amos, { sendEmail: true, sendToAddress: address }));
    expect(Object.keys(refusal.fieldErrors ?? {})).toEqual(['sendToAddress']);
    expect(stateOf(tenant)).toBe(before);
  });

  it('E3: Megan Bowen (no mailbox) with sendEmail true and no address is refused on sendToAddress', () => {
    const megan = userByName(tenant, MEGAN);
    expect(megan.email).toBeNull();
    const before = stateOf(tenant);

    const refusal = expectRefusal(reset(megan, { sendEmail: true }));

    expect(refusal.code).toBe('validation');
    expect(Object.keys(refusal.fieldErrors ?? {})).toEqual(['sendToAddress']);
    expect(refusal.fieldErrors!.sendToAddress![0]).toMatch(/no mailbox/);
    expect(stateOf(tenant)).toBe(before);
  });

  it('E3: Megan Bowen (no mailbox) with sendEmail true and an address is mailed there', () => {
    const megan = userByName(tenant, MEGAN);
    const response = expectOk(
      reset(megan, { sendEmail: true, sendToAddress: 'megan@example.org' }),
    );

    expect(response.email).toEqual({ sent: true, to: 'megan@example.org', reason: null });
    expect(tenant.mailbox).toHaveLength(1);
    expect(lastEmail(tenant)).toMatchObject({ to: 'megan@example.org', userId: megan.id });
    expectNoPinInMailbox(response.pin);
  });

  it('E3: Megan Bowen (no mailbox) with options omitted: the PIN is reset, no email, the reason says she has no mailbox', () => {
    const megan = userByName(tenant, MEGAN);

    const response = expectOk(reset(megan));

    expect(pinMatches(megan.pin.stored!, response.pin)).toBe(true);
    expect(tenant.mailbox).toHaveLength(0);
    expect(response.email.sent).toBe(false);
    expect(response.email.to).toBeNull();
    expect(response.email.reason).toMatch(/Megan Bowen has no mailbox/);
    expect(response.email.reason).toMatch(/yourself/);
  });

  it('E1 + B3: automatic emails off and options omitted: nothing is sent, the reason says automatic emails are off', () => {
    expectOk(updateBridgeSettings(tenant, bridgeUpdate({ autoSendEmails: false })));

    const response = expectOk(reset(amos));

    expect(pinMatches(amos.pin.stored!, response.pin)).toBe(true);
    expect(tenant.mailbox).toHaveLength(0);
    expect(response.email.sent).toBe(false);
    expect(response.email.reason).toMatch(/Automatic emails are turned off/);
    expect(response.email.reason).toMatch(/Give Amos Marble the new PIN yourself/);
  });

  it('E3 + B3: automatic emails off, an explicit sendEmail true still mails the primary address', () => {
    tenant.bridge.autoSendEmails = false;
    const response = expectOk(reset(amos, { sendEmail: true }));
    expect(response.email).toEqual({ sent: true, to: AMOS_PRIMARY, reason: null });
    expect(lastEmail(tenant).to).toBe(AMOS_PRIMARY);
    expectNoPinInMailbox(response.pin);
  });

  it('E1: options omitted with automatic emails on mails the primary address; the body never holds the PIN', () => {
    const response = expectOk(reset(amos));
    expect(response.email).toEqual({ sent: true, to: AMOS_PRIMARY, reason: null });
    expect(tenant.mailbox).toHaveLength(1);
    expect(lastEmail(tenant).body).toContain(`Conference ID: ${amos.audio.conferenceId}`);
    expectNoPinInMailbox(response.pin);
  });

  it('E1: across many resets to many addresses, no stored email ever holds a PIN', () => {
    const pins = [
      expectOk(reset(amos)).pin,
      expectOk(reset(amos, { pin: '24681357' })).pin,
      expectOk(reset(amos, { sendEmail: true, sendToAddress: OTHER_ADDRESS })).pin,
      expectOk(
        reset(userByName(tenant, MEGAN), { sendEmail: true, sendToAddress: 'm@example.org' }),
      ).pin,
      expectOk(reset(userByName(tenant, KEN), { pin: '80412' })).pin,
    ];
    expect(tenant.mailbox).toHaveLength(5);
    for (const pin of pins) expectNoPinInMailbox(pin);
  });
});
