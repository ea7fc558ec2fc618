import { beforeEach, describe, expect, it } from 'vitest';
import type { UpdateAudioConferencingRequest } from '../../src/api/contract/audio-conferencing';
import { MASKED_PIN } from '../../src/api/format';
import { generateScenario } from '../scenarios/scenarios';
import { resetConferenceId, resetPin } from './actions';
import { dialIn } from './dial-in';
import { pinMatches } from './pin';
import {
  ALEX,
  AMOS,
  expectOk,
  expectRefusal,
  KEN,
  lastEmail,
  LIDIA,
  queueRandom,
  seededValues,
  stateOf,
  testContext,
  userByName,
  valuesForConferenceIds,
  valuesForDigits,
  wholeNumberPattern,
} from './test-helpers';
import type { DomainContext, Tenant, UserRecord } from './types';
import { updateAudioConferencing } from './update-audio-conferencing';
import { etagOf, toDetail } from './users';

/** The bridge's default numbers as the emails print them. */
const DEFAULT_TOLL = '+1 425 555 0100';
const DEFAULT_TOLL_FREE = '+1 866 555 0123';
const SEVEN_ASCII_DIGITS = /^[0-9]{7}$/;
/** randomHex(random, 16) for a PIN's salt draws 16 values. */
const SALT_DRAWS = 16;

let tenant: Tenant;
let ctx: DomainContext;

beforeEach(() => {
  tenant = generateScenario('default');
  ctx = testContext();
});

/** The Edit form as it opens for this user, with some fields changed. */
function settingsOf(
  user: UserRecord,
  changes: Partial<UpdateAudioConferencingRequest> = {},
): UpdateAudioConferencingRequest {
  const { enabled, provider, thirdPartyProviderName, tollNumber, tollFreeNumber } = user.audio;
  const { allowUnauthenticatedStart, dialOut } = user.audio;
  return {
    enabled,
    provider,
    thirdPartyProviderName,
    tollNumber,
    tollFreeNumber,
    allowUnauthenticatedStart,
    dialOut,
    ...changes,
  };
}

const enableMicrosoft = { enabled: true, provider: 'Microsoft' } as const;

/** An ID that is neither in use nor retired on the tenant (checked, so the test can't lie). */
function freeId(candidate: string): string {
  if (tenant.assignedConferenceIds.has(candidate) || tenant.retiredConferenceIds.has(candidate)) {
    throw new Error(`${candidate} is not free on the bridge`);
  }
  return candidate;
}

/** Runs of exactly `length` digits in a text (a PIN would be one). */
function digitRunsOfLength(text: string, length: number): string[] {
  return (text.match(/\d+/g) ?? []).filter((run) => run.length === length);
}

describe('C1 + E1 enabling a user with Microsoft as the provider', () => {
  it('C1: Lidia Holloway gets a 7-digit ID, unique on the bridge and assigned to her', () => {
    const lidia = userByName(tenant, LIDIA);
    expect(lidia.audio.conferenceId).toBeNull();
    const idsBefore = new Set(tenant.assignedConferenceIds.keys());

    const response = expectOk(
      updateAudioConferencing(tenant, ctx, lidia.id, settingsOf(lidia, enableMicrosoft)),
    );

    const id = response.user.audioConferencing.conferenceId!;
    expect(id).toMatch(SEVEN_ASCII_DIGITS);
    expect(lidia.audio.conferenceId).toBe(id);
    expect(idsBefore.has(id)).toBe(false);
    expect(tenant.assignedConferenceIds.get(id)).toBe(lidia.id);
    expect(tenant.users.filter((u) => u.audio.conferenceId === id)).toEqual([lidia]);
    expect(response.previousConferenceId).toBeNull();
    expect(response.user.actions.resetConferenceId).toEqual({ available: true, reason: null });
  });

  it('C1: the new ID is never one in use or retired', () => {
    const amos = userByName(tenant, AMOS);
    const retired = amos.audio.conferenceId!;
    expectOk(resetConferenceId(tenant, ctx, amos.id));
    const inUse = userByName(tenant, KEN).audio.conferenceId!;
    const fresh = freeId('6060606');
    const lidia = userByName(tenant, LIDIA);
    const random = queueRandom([
      ...valuesForConferenceIds(inUse, retired, fresh),
      ...valuesForDigits('48213', false),
      ...seededValues(7, SALT_DRAWS),
    ]);

    expectOk(
      updateAudioConferencing(
        tenant,
        { ...ctx, random },
        lidia.id,
        settingsOf(lidia, enableMicrosoft),
      ),
    );

    expect(lidia.audio.conferenceId).toBe(fresh);
    expect(tenant.assignedConferenceIds.get(inUse)).not.toBe(lidia.id);
    expect(random.remaining()).toBe(0);
  });

  it('E1: a welcome email goes to the primary address with the ID and dial-in numbers', () => {
    const lidia = userByName(tenant, LIDIA);

    const response = expectOk(
      updateAudioConferencing(tenant, ctx, lidia.id, settingsOf(lidia, enableMicrosoft)),
    );

    expect(response.email).toEqual({
      sent: true,
      to: 'lidia.holloway@contoso.com',
      reason: null,
    });
    expect(tenant.mailbox).toHaveLength(1);
    const email = lastEmail(tenant);
    expect(email.to).toBe('lidia.holloway@contoso.com');
    expect(email.userId).toBe(lidia.id);
    expect(email.body).toContain(`Conference ID: ${lidia.audio.conferenceId}`);
    expect(email.body).toContain(DEFAULT_TOLL);
    expect(email.body).toContain(DEFAULT_TOLL_FREE);
  });

  it('E1: a PIN is generated; the email mentions it but the mailbox keeps no digit of it', () => {
    const lidia = userByName(tenant, LIDIA);
    expect(lidia.pin.stored).toBeNull();
    const pin = '48213';
    const random = queueRandom([
      ...valuesForConferenceIds(freeId('6060606')),
      ...valuesForDigits(pin, false),
      ...seededValues(7, SALT_DRAWS),
    ]);

    const response = expectOk(
      updateAudioConferencing(
        tenant,
        { ...ctx, random },
        lidia.id,
        settingsOf(lidia, enableMicrosoft),
      ),
    );

    expect(random.remaining()).toBe(0);
    expect(lidia.pin.stored).not.toBeNull();
    expect(pinMatches(lidia.pin.stored!, pin)).toBe(true);
    expect(lidia.pin.stored!.length).toBe(tenant.bridge.pinLength);
    expect(response.user.pin.isSet).toBe(true);
    expect(JSON.stringify(response)).not.toMatch(wholeNumberPattern(pin));

    const email = lastEmail(tenant);
    expect(email.body).toMatch(/\bPIN\b/);
    expect(email.body).toContain(MASKED_PIN);
    expect(email.body).not.toMatch(wholeNumberPattern(pin));
    expect(digitRunsOfLength(email.body, tenant.bridge.pinLength)).toEqual([]);
  });

  it('E1 + B3: with automatic emails off, no email and no PIN; the outcome says why', () => {
    tenant.bridge.autoSendEmails = false;
    const lidia = userByName(tenant, LIDIA);

    const response = expectOk(
      updateAudioConferencing(tenant, ctx, lidia.id, settingsOf(lidia, enableMicrosoft)),
    );

    expect(lidia.audio.conferenceId).toMatch(SEVEN_ASCII_DIGITS);
    expect(tenant.mailbox).toHaveLength(0);
    expect(tenant.nextEmailNumber).toBe(1);
    expect(lidia.pin.stored).toBeNull();
    expect(response.user.pin.isSet).toBe(false);
    expect(response.email).toEqual({
      sent: false,
      to: null,
      reason: expect.stringMatching(/Automatic emails are turned off/),
    });
    expect(response.email!.reason).toContain(LIDIA);
  });

  it('C1: switching Alex Wilber from a third party to Microsoft gives him a working ID', () => {
    const alex = userByName(tenant, ALEX);
    expect(alex.audio.conferenceId).toBeNull();

    const response = expectOk(
      updateAudioConferencing(tenant, ctx, alex.id, settingsOf(alex, { provider: 'Microsoft' })),
    );

    const id = alex.audio.conferenceId!;
    expect(id).toMatch(SEVEN_ASCII_DIGITS);
    expect(tenant.assignedConferenceIds.get(id)).toBe(alex.id);
    expect(alex.audio.thirdPartyProviderName).toBeNull();
    expect(response.user.actions.setConferenceId.available).toBe(true);
    expect(dialIn(tenant, id).outcome).toBe('lobby');
    expect(lastEmail(tenant).to).toBe('alex.wilber@contoso.com');
  });
});

describe('C5 + E1 losing Microsoft as the provider', () => {
  const cases: [string, Partial<UpdateAudioConferencingRequest>][] = [
    ['provider None', { provider: 'None' }],
    ['a third-party provider', { provider: 'ThirdParty', thirdPartyProviderName: 'PGi' }],
    ['not enabled', { enabled: false }],
  ];

  it.each(cases)('C5: switching Amos Marble to %s retires his ID', (_, changes) => {
    const amos = userByName(tenant, AMOS);
    const old = amos.audio.conferenceId!;

    const response = expectOk(
      updateAudioConferencing(tenant, ctx, amos.id, settingsOf(amos, changes)),
    );

    expect(response.previousConferenceId).toBe(old);
    expect(response.user.audioConferencing.conferenceId).toBeNull();
    expect(amos.audio.conferenceId).toBeNull();
    expect(tenant.retiredConferenceIds.has(old)).toBe(true);
    expect(tenant.assignedConferenceIds.has(old)).toBe(false);
    expect(dialIn(tenant, old).outcome).toBe('refused');
  });

  it.each(cases)(
    'E1: switching Amos Marble to %s emails him that the old ID stopped working',
    (_, changes) => {
      const amos = userByName(tenant, AMOS);
      const old = amos.audio.conferenceId!;

      const response = expectOk(
        updateAudioConferencing(tenant, ctx, amos.id, settingsOf(amos, changes)),
      );

      expect(response.email).toEqual({ sent: true, to: 'amos.marble@contoso.com', reason: null });
      expect(tenant.mailbox).toHaveLength(1);
      const email = lastEmail(tenant);
      expect(email.to).toBe('amos.marble@contoso.com');
      expect(email.body).toContain(old);
      expect(email.body).toMatch(/no longer works/);
    },
  );

  it.each(cases)(
    'C5: after switching Amos Marble to %s, the ID actions are unavailable with a reason',
    (_, changes) => {
      const amos = userByName(tenant, AMOS);
      expect(toDetail(amos).actions.resetConferenceId.available).toBe(true);

      expectOk(updateAudioConferencing(tenant, ctx, amos.id, settingsOf(amos, changes)));

      const actions = toDetail(amos).actions;
      for (const action of [
        actions.resetConferenceId,
        actions.setConferenceId,
        actions.sendConferenceInfo,
      ]) {
        expect(action.available).toBe(false);
        expect(action.reason).toContain(AMOS);
      }
    },
  );

  it('C5: the third-party provider name is kept and given as the reason', () => {
    const amos = userByName(tenant, AMOS);
    expectOk(
      updateAudioConferencing(
        tenant,
        ctx,
        amos.id,
        settingsOf(amos, { provider: 'ThirdParty', thirdPartyProviderName: ' PGi ' }),
      ),
    );
    expect(amos.audio.thirdPartyProviderName).toBe('PGi');
    expect(toDetail(amos).actions.resetConferenceId.reason).toMatch(/PGi/);
  });

  it('C1 + C2: switching Amos Marble back to Microsoft gives him a new ID, never the retired one', () => {
    const amos = userByName(tenant, AMOS);
    const old = amos.audio.conferenceId!;
    const { pin } = expectOk(resetPin(tenant, ctx, amos.id));
    expectOk(updateAudioConferencing(tenant, ctx, amos.id, settingsOf(amos, { provider: 'None' })));
    const fresh = freeId('8080808');
    const random = queueRandom([...valuesForConferenceIds(old, fresh)]);

    expectOk(
      updateAudioConferencing(
        tenant,
        { ...ctx, random },
        amos.id,
        settingsOf(amos, { provider: 'Microsoft' }),
      ),
    );

    expect(amos.audio.conferenceId).toBe(fresh);
    expect(tenant.retiredConferenceIds.has(old)).toBe(true);
    expect(dialIn(tenant, old).outcome).toBe('refused');
    expect(dialIn(tenant, fresh, pin).outcome).toBe('started');
  });

  it('E1: a re-enabled user who has a PIN keeps it; the welcome email carries no PIN', () => {
    const amos = userByName(tenant, AMOS);
    const { pin } = expectOk(resetPin(tenant, ctx, amos.id));
    const stored = amos.pin.stored;
    expectOk(updateAudioConferencing(tenant, ctx, amos.id, settingsOf(amos, { enabled: false })));

    const response = expectOk(
      updateAudioConferencing(tenant, ctx, amos.id, settingsOf(amos, { enabled: true })),
    );

    expect(response.email?.sent).toBe(true);
    expect(amos.pin.stored).toBe(stored);
    const email = lastEmail(tenant);
    expect(email.body).toContain(`Conference ID: ${amos.audio.conferenceId}`);
    expect(email.body).not.toMatch(wholeNumberPattern(pin));
    expect(email.body).not.toContain(MASKED_PIN);
    expect(digitRunsOfLength(email.body, tenant.bridge.pinLength)).toEqual([]);
  });
});

describe('D2 who may start a meeting without a PIN', () => {
  it('D2: no one in the default scenario lets unauthenticated callers start meetings', () => {
    expect(tenant.users.length).toBeGreaterThan(40);
    expect(tenant.users.filter((u) => u.audio.allowUnauthenticatedStart)).toEqual([]);
  });

  it('D2: saving allowUnauthenticatedStart true keeps it, and changes neither ID nor mailbox', () => {
    const amos = userByName(tenant, AMOS);
    const id = amos.audio.conferenceId;

    const response = expectOk(
      updateAudioConferencing(
        tenant,
        ctx,
        amos.id,
        settingsOf(amos, { allowUnauthenticatedStart: true }),
      ),
    );

    expect(response.user.audioConferencing.allowUnauthenticatedStart).toBe(true);
    expect(amos.audio.allowUnauthenticatedStart).toBe(true);
    expect(toDetail(amos).audioConferencing.allowUnauthenticatedStart).toBe(true);
    expect(amos.audio.conferenceId).toBe(id);
    expect(response.email).toBeNull();
    expect(tenant.mailbox).toHaveLength(0);
    expect(tenant.retiredConferenceIds.size).toBe(0);
  });
});

describe('B5 dial-in numbers of a user', () => {
  const refusals: [
    string,
    Partial<UpdateAudioConferencingRequest>,
    'tollNumber' | 'tollFreeNumber',
  ][] = [
    ['a toll number not on the bridge', { tollNumber: '+14255550199' }, 'tollNumber'],
    ['a toll-free number given as the toll number', { tollNumber: '+18665550123' }, 'tollNumber'],
    ['a toll-free number not on the bridge', { tollFreeNumber: '+18005550100' }, 'tollFreeNumber'],
    [
      'a toll number given as the toll-free number',
      { tollFreeNumber: '+14255550100' },
      'tollFreeNumber',
    ],
    ['an empty toll number', { tollNumber: '' }, 'tollNumber'],
  ];

  it.each(refusals)(
    'A5: %s is refused with a field message, changing nothing',
    (_, changes, field) => {
      const lidia = userByName(tenant, LIDIA);
      const before = stateOf(tenant);

      // Even together with enabling: no ID, no PIN, no email.
      const refusal = expectRefusal(
        updateAudioConferencing(
          tenant,
          ctx,
          lidia.id,
          settingsOf(lidia, { ...enableMicrosoft, ...changes }),
        ),
      );

      expect(refusal.code).toBe('validation');
      expect(refusal.fieldErrors?.[field]).toEqual([expect.stringMatching(/bridge/)]);
      expect(Object.keys(refusal.fieldErrors!)).toEqual([field]);
      expect(stateOf(tenant)).toBe(before);
      expect(lidia.audio.enabled).toBe(false);
      expect(lidia.audio.conferenceId).toBeNull();
      expect(tenant.mailbox).toHaveLength(0);
    },
  );

  it('B5: null (the bridge default) is accepted', () => {
    const amos = userByName(tenant, AMOS);
    amos.audio.tollNumber = '+12125550148';

    expectOk(
      updateAudioConferencing(
        tenant,
        ctx,
        amos.id,
        settingsOf(amos, { tollNumber: null, tollFreeNumber: null }),
      ),
    );

    expect(amos.audio.tollNumber).toBeNull();
    expect(amos.audio.tollFreeNumber).toBeNull();
  });

  it("B5: a real bridge number is accepted and is the one the user's emails carry", () => {
    const lidia = userByName(tenant, LIDIA);

    expectOk(
      updateAudioConferencing(
        tenant,
        ctx,
        lidia.id,
        settingsOf(lidia, {
          ...enableMicrosoft,
          tollNumber: '+442079460321',
          tollFreeNumber: '+448005550199',
        }),
      ),
    );

    expect(lidia.audio.tollNumber).toBe('+442079460321');
    expect(lidia.audio.tollFreeNumber).toBe('+448005550199');
    const body = lastEmail(tenant).body;
    expect(body).toContain('+44 20 7946 0321');
    expect(body).toContain('+44 800 555 0199');
    expect(body).not.toContain(DEFAULT_TOLL);
  });
});

describe('A4 stale writes and ETags', () => {
  it('A4: a stale If-Match is refused as precondition_failed and nothing changes', () => {
    const amos = userByName(tenant, AMOS);
    const before = stateOf(tenant);

    const refusal = expectRefusal(
      updateAudioConferencing(
        tenant,
        ctx,
        amos.id,
        settingsOf(amos, { provider: 'None' }),
        'W/"x-0"',
      ),
    );

    expect(refusal.code).toBe('precondition_failed');
    expect(stateOf(tenant)).toBe(before);
    expect(amos.audio.provider).toBe('Microsoft');
    expect(tenant.mailbox).toHaveLength(0);
  });

  it('A4: the current ETag is accepted; the ETag from before the change is then stale', () => {
    const amos = userByName(tenant, AMOS);
    const etag = etagOf(amos);

    expectOk(
      updateAudioConferencing(
        tenant,
        ctx,
        amos.id,
        settingsOf(amos, { dialOut: 'DomesticOnly' }),
        etag,
      ),
    );
    expect(amos.audio.dialOut).toBe('DomesticOnly');

    const before = stateOf(tenant);
    const refusal = expectRefusal(
      updateAudioConferencing(tenant, ctx, amos.id, settingsOf(amos, { provider: 'None' }), etag),
    );
    expect(refusal.code).toBe('precondition_failed');
    expect(stateOf(tenant)).toBe(before);
    expect(amos.audio.provider).toBe('Microsoft');
  });

  it('A4: without If-Match the change is accepted', () => {
    const amos = userByName(tenant, AMOS);
    expectOk(updateAudioConferencing(tenant, ctx, amos.id, settingsOf(amos, { dialOut: 'None' })));
    expect(amos.audio.dialOut).toBe('None');
  });

  it('A4: each accepted change bumps the ETag; a refused one does not', () => {
    const amos = userByName(tenant, AMOS);
    const etags = [etagOf(amos)];
    const changes: Partial<UpdateAudioConferencingRequest>[] = [
      { dialOut: 'DomesticOnly' },
      { allowUnauthenticatedStart: true },
      { tollNumber: '+12125550148' },
      { provider: 'None' },
      { provider: 'Microsoft' },
    ];
    for (const change of changes) {
      const response = expectOk(
        updateAudioConferencing(tenant, ctx, amos.id, settingsOf(amos, change), etags.at(-1)),
      );
      expect(response.user.etag).toBe(etagOf(amos));
      etags.push(etagOf(amos));
    }
    expect(new Set(etags).size).toBe(changes.length + 1);
    expect(tenant.changedUserIds.has(amos.id)).toBe(true);

    expectRefusal(
      updateAudioConferencing(
        tenant,
        ctx,
        amos.id,
        settingsOf(amos, { tollNumber: '+10000000000' }),
      ),
    );
    expect(etagOf(amos)).toBe(etags.at(-1));
  });

  it('refuses an unknown user as not_found', () => {
    const amos = userByName(tenant, AMOS);
    expect(
      expectRefusal(updateAudioConferencing(tenant, ctx, 'no-such-user', settingsOf(amos))).code,
    ).toBe('not_found');
  });
});
