import { beforeEach, describe, expect, it } from 'vitest';
import { MASKED_PIN } from '../../src/api/format';
import { generateScenario } from '../scenarios/scenarios';
import { resetConferenceId, resetPin } from './actions';
import { generateConferenceId } from './conference-id';
import { setConferenceId } from './set-conference-id';
import {
  ALEX,
  AMOS,
  expectOk,
  expectRefusal,
  KEN,
  lastEmail,
  LIDIA,
  queueRandom,
  stateOf,
  testContext,
  userByName,
  valuesForConferenceIds,
  wholeNumberPattern,
} from './test-helpers';
import type { DomainContext, Tenant } from './types';
import { updateAudioConferencing } from './update-audio-conferencing';
import { etagOf } from './users';

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

/** An ID that is neither in use nor retired on the tenant (checked, so the test can't lie). */
function freeId(candidate: string): string {
  if (tenant.assignedConferenceIds.has(candidate) || tenant.retiredConferenceIds.has(candidate)) {
    throw new Error(`${candidate} is not free on the bridge`);
  }
  return candidate;
}

/** Refuses `value` for Amos and checks that nothing changed; returns the field message. */
function refusedFieldMessage(value: string): string {
  const amos = userByName(tenant, AMOS);
  const id = amos.audio.conferenceId;
  const retired = tenant.retiredConferenceIds.size;
  const mails = tenant.mailbox.length;
  const before = stateOf(tenant);

  const refusal = expectRefusal(setConferenceId(tenant, ctx, amos.id, value));

  expect(refusal.code).toBe('validation');
  expect(refusal.fieldErrors?.conferenceId).toHaveLength(1);
  const message = refusal.fieldErrors!.conferenceId![0]!;
  expect(message.length).toBeGreaterThan(10);
  expect(stateOf(tenant)).toBe(before);
  expect(amos.audio.conferenceId).toBe(id);
  expect(tenant.retiredConferenceIds.size).toBe(retired);
  expect(tenant.mailbox).toHaveLength(mails);
  return message;
}

describe('C3 set a specific conference ID: refusals', () => {
  const malformed: [string, string][] = [
    ['letters', '12a4567'],
    ['a space inside', '123 4567'],
    ['a leading space', ' 1234567'],
    ['a trailing newline', '1234567\n'],
    ['a plus sign', '+1234567'],
    ['a hyphen', '123-4567'],
    ['full-width digits', '１２３４５６７'],
    ['Arabic-Indic digits', '٠١٢٣٤٥٦'],
  ];

  it.each(malformed)('C3: refuses %s (%j) with a field message, changing nothing', (_, value) => {
    const message = refusedFieldMessage(value);
    // The message is about the digits, not a generic failure.
    expect(message).toMatch(/digit/i);
  });

  it('C3: refuses 6 digits and 8 digits, saying the bridge length is 7', () => {
    expect(tenant.bridge.conferenceIdLength).toBe(7);
    for (const value of ['123456', '12345678']) {
      const message = refusedFieldMessage(value);
      expect(message).toMatch(/\b7\b/);
      expect(message).toMatch(new RegExp(`\\b${value.length}\\b`));
    }
  });

  it('C3: refuses an empty value', () => {
    expect(refusedFieldMessage('')).toMatch(/enter/i);
  });

  it('C3: refuses an ID another user holds, without naming that user', () => {
    const ken = userByName(tenant, KEN);
    const kensId = ken.audio.conferenceId!;
    const amos = userByName(tenant, AMOS);

    const refusal = expectRefusal(setConferenceId(tenant, ctx, amos.id, kensId));
    const message = refusedFieldMessage(kensId);

    expect(message).toMatch(/in use/i);
    for (const text of [message, refusal.message]) {
      expect(text).not.toContain(ken.displayName);
      expect(text).not.toContain(ken.givenName);
      expect(text).not.toContain(ken.surname);
      expect(text).not.toContain(ken.email!);
    }
    expect(tenant.assignedConferenceIds.get(kensId)).toBe(ken.id);
    expect(ken.audio.conferenceId).toBe(kensId);
  });

  it('C3: refuses a retired ID, for another user and for its former holder', () => {
    const ken = userByName(tenant, KEN);
    const kensOld = ken.audio.conferenceId!;
    expectOk(resetConferenceId(tenant, ctx, ken.id));
    expect(tenant.retiredConferenceIds.has(kensOld)).toBe(true);

    expect(refusedFieldMessage(kensOld)).toMatch(/retired/i);

    const kensNew = ken.audio.conferenceId;
    const refusal = expectRefusal(setConferenceId(tenant, ctx, ken.id, kensOld));
    expect(refusal.fieldErrors?.conferenceId).toEqual([expect.stringMatching(/retired/i)]);
    expect(ken.audio.conferenceId).toBe(kensNew);
    expect(tenant.assignedConferenceIds.has(kensOld)).toBe(false);
  });

  it("C3: refuses the user's own current ID, and does not retire it", () => {
    const amos = userByName(tenant, AMOS);
    const current = amos.audio.conferenceId!;

    expect(refusedFieldMessage(current)).toMatch(/already/i);

    expect(tenant.retiredConferenceIds.has(current)).toBe(false);
    expect(tenant.assignedConferenceIds.get(current)).toBe(amos.id);
  });

  it('C3: each kind of problem has its own message', () => {
    const kensId = userByName(tenant, KEN).audio.conferenceId!;
    const amosId = userByName(tenant, AMOS).audio.conferenceId!;
    const megan = userByName(tenant, 'Megan Bowen');
    const retired = megan.audio.conferenceId!;
    expectOk(resetConferenceId(tenant, ctx, megan.id));

    const messages = [
      refusedFieldMessage(''),
      refusedFieldMessage('12a4567'),
      refusedFieldMessage('123456'),
      refusedFieldMessage(kensId),
      refusedFieldMessage(retired),
      refusedFieldMessage(amosId),
    ];

    expect(new Set(messages).size).toBe(messages.length);
  });
});

describe('C3 set a specific conference ID: accepted', () => {
  it('C3: a free 7-digit ID becomes the user’s; the old one is retired and no longer assigned', () => {
    const amos = userByName(tenant, AMOS);
    const old = amos.audio.conferenceId!;
    const wanted = freeId('2718281');

    const response = expectOk(setConferenceId(tenant, ctx, amos.id, wanted));

    expect(response.previousConferenceId).toBe(old);
    expect(response.user.audioConferencing.conferenceId).toBe(wanted);
    expect(amos.audio.conferenceId).toBe(wanted);
    expect(tenant.assignedConferenceIds.get(wanted)).toBe(amos.id);
    expect(tenant.retiredConferenceIds.has(old)).toBe(true);
    expect(tenant.assignedConferenceIds.has(old)).toBe(false);
    expect(tenant.retiredConferenceIds.has(wanted)).toBe(false);
    expect(tenant.changedUserIds.has(amos.id)).toBe(true);
  });

  it('C3 + C2: the replaced ID is never handed out again, by generation or by a set', () => {
    const amos = userByName(tenant, AMOS);
    const old = amos.audio.conferenceId!;
    expectOk(setConferenceId(tenant, ctx, amos.id, freeId('2718281')));

    const fresh = freeId('5550001');
    const random = queueRandom(valuesForConferenceIds(old, fresh));
    expect(generateConferenceId(tenant, random)).toBe(fresh);
    expect(random.remaining()).toBe(0);

    const ken = userByName(tenant, KEN);
    expectRefusal(setConferenceId(tenant, ctx, ken.id, old));
    expect(ken.audio.conferenceId).not.toBe(old);
  });

  it('E1: sends one email to the primary address with the new ID and dial-in numbers and no PIN', () => {
    const amos = userByName(tenant, AMOS);
    const { pin } = expectOk(resetPin(tenant, ctx, amos.id));
    const mailsBefore = tenant.mailbox.length;
    const wanted = freeId('2718281');

    const response = expectOk(setConferenceId(tenant, ctx, amos.id, wanted));

    expect(response.email).toEqual({ sent: true, to: 'amos.marble@contoso.com', reason: null });
    expect(tenant.mailbox).toHaveLength(mailsBefore + 1);
    const email = lastEmail(tenant);
    expect(email.to).toBe('amos.marble@contoso.com');
    expect(email.userId).toBe(amos.id);
    expect(email.body).toContain(`Conference ID: ${wanted}`);
    expect(email.body).toContain(DEFAULT_TOLL);
    expect(email.body).toContain(DEFAULT_TOLL_FREE);
    expect(email.body).not.toMatch(wholeNumberPattern(pin));
    expect(email.body).not.toMatch(PIN_LINE);
    expect(email.body).not.toContain(MASKED_PIN);
  });
});

describe('C5 set conference ID needs Microsoft as the provider', () => {
  const cases: [string, string, RegExp][] = [
    ['Alex Wilber (third-party provider)', ALEX, /Intercall/],
    ['Lidia Holloway (not enabled)', LIDIA, /isn't enabled/],
  ];

  it.each(cases)('C5: refused as unavailable for %s, changing nothing', (_, name, why) => {
    const user = userByName(tenant, name);
    const before = stateOf(tenant);

    const refusal = expectRefusal(setConferenceId(tenant, ctx, user.id, freeId('2718281')));

    expect(refusal.code).toBe('unavailable');
    expect(refusal.message).toMatch(why);
    expect(stateOf(tenant)).toBe(before);
    expect(tenant.assignedConferenceIds.has('2718281')).toBe(false);
    expect(tenant.mailbox).toHaveLength(0);
  });

  it('C5: refused for a user switched to provider None', () => {
    const amos = userByName(tenant, AMOS);
    expectOk(
      updateAudioConferencing(tenant, ctx, amos.id, {
        ...amos.audio,
        provider: 'None',
      }),
    );
    const before = stateOf(tenant);

    const refusal = expectRefusal(setConferenceId(tenant, ctx, amos.id, freeId('2718281')));

    expect(refusal.code).toBe('unavailable');
    expect(stateOf(tenant)).toBe(before);
  });
});

describe('A4 stale writes', () => {
  it('A4: a stale If-Match is refused as precondition_failed and nothing changes', () => {
    const amos = userByName(tenant, AMOS);
    const old = amos.audio.conferenceId;
    const before = stateOf(tenant);

    const refusal = expectRefusal(
      setConferenceId(tenant, ctx, amos.id, freeId('2718281'), 'W/"x-0"'),
    );

    expect(refusal.code).toBe('precondition_failed');
    expect(refusal.message).toContain(AMOS);
    expect(stateOf(tenant)).toBe(before);
    expect(amos.audio.conferenceId).toBe(old);
    expect(tenant.mailbox).toHaveLength(0);
  });

  it('A4: the current ETag is accepted, and the change makes it stale', () => {
    const amos = userByName(tenant, AMOS);
    const etag = etagOf(amos);

    const response = expectOk(setConferenceId(tenant, ctx, amos.id, freeId('2718281'), etag));

    expect(amos.audio.conferenceId).toBe('2718281');
    expect(response.user.etag).toBe(etagOf(amos));
    expect(response.user.etag).not.toBe(etag);

    // A second admin who loaded Amos before the change is refused.
    const before = stateOf(tenant);
    const refusal = expectRefusal(setConferenceId(tenant, ctx, amos.id, freeId('3141592'), etag));
    expect(refusal.code).toBe('precondition_failed');
    expect(stateOf(tenant)).toBe(before);
    expect(amos.audio.conferenceId).toBe('2718281');
  });

  it('A4: without If-Match the change is accepted', () => {
    const amos = userByName(tenant, AMOS);
    expectOk(setConferenceId(tenant, ctx, amos.id, freeId('2718281')));
    expect(amos.audio.conferenceId).toBe('2718281');
  });
});
