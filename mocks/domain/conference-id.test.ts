import { beforeEach, describe, expect, it } from 'vitest';
import { generateScenario } from '../scenarios/scenarios';
import { resetConferenceId, sendConferenceInfo } from './actions';
import { generateConferenceId } from './conference-id';
import {
  ALEX,
  AMOS,
  expectOk,
  expectRefusal,
  KEN,
  LIDIA,
  queueRandom,
  stateOf,
  testContext,
  userByName,
  valuesForConferenceIds,
} from './test-helpers';
import type { DomainContext, Tenant } from './types';
import { toDetail } from './users';

const SEVEN_ASCII_DIGITS = /^[0-9]{7}$/;

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

describe('C1 conference IDs of the default scenario', () => {
  it('C1: every enabled Microsoft-provider user has a 7-digit ASCII-digit conference ID', () => {
    const microsoft = tenant.users.filter(
      (u) => u.audio.enabled && u.audio.provider === 'Microsoft',
    );
    expect(microsoft.length).toBeGreaterThan(30);
    for (const user of microsoft) {
      expect(user.audio.conferenceId, user.displayName).toMatch(SEVEN_ASCII_DIGITS);
      expect(user.audio.conferenceId!.length).toBe(tenant.bridge.conferenceIdLength);
    }
  });

  it('C1: conference IDs are unique on the bridge', () => {
    const ids = tenant.users.flatMap((u) => (u.audio.conferenceId ? [u.audio.conferenceId] : []));
    expect(ids.length).toBeGreaterThan(30);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('C1: users not enabled, or with a third-party or no provider, have no conference ID', () => {
    const others = tenant.users.filter((u) => !u.audio.enabled || u.audio.provider !== 'Microsoft');
    expect(others.map((u) => u.displayName)).toEqual(expect.arrayContaining([ALEX, LIDIA]));
    for (const user of others) expect(user.audio.conferenceId, user.displayName).toBeNull();
  });

  it('C1: the bridge knows exactly the IDs in use, each mapped to its user', () => {
    const withId = tenant.users.filter((u) => u.audio.conferenceId !== null);
    expect(tenant.assignedConferenceIds.size).toBe(withId.length);
    for (const user of withId) {
      expect(tenant.assignedConferenceIds.get(user.audio.conferenceId!)).toBe(user.id);
    }
    expect(tenant.retiredConferenceIds.size).toBe(0);
  });
});

describe('C2 reset conference ID', () => {
  it('C2: gives a new 7-digit ID that differs from the old one', () => {
    const amos = userByName(tenant, AMOS);
    const old = amos.audio.conferenceId;
    expect(old).toMatch(SEVEN_ASCII_DIGITS);

    const response = expectOk(resetConferenceId(tenant, ctx, amos.id));

    expect(response.previousConferenceId).toBe(old);
    expect(response.user.audioConferencing.conferenceId).toMatch(SEVEN_ASCII_DIGITS);
    expect(response.user.audioConferencing.conferenceId).not.toBe(old);
    expect(amos.audio.conferenceId).toBe(response.user.audioConferencing.conferenceId);
  });

  it('C2: the old ID is retired at once and no longer assigned; the new one is assigned', () => {
    const amos = userByName(tenant, AMOS);
    const old = amos.audio.conferenceId!;

    const next = expectOk(resetConferenceId(tenant, ctx, amos.id)).user.audioConferencing
      .conferenceId!;

    expect(tenant.retiredConferenceIds.has(old)).toBe(true);
    expect(tenant.assignedConferenceIds.has(old)).toBe(false);
    expect(tenant.assignedConferenceIds.get(next)).toBe(amos.id);
    expect(tenant.users.filter((u) => u.audio.conferenceId === old)).toEqual([]);
  });

  it('C2: the reset is recorded as a change of the user (version bumped, user marked changed)', () => {
    const amos = userByName(tenant, AMOS);
    const etag = toDetail(amos).etag;
    const response = expectOk(resetConferenceId(tenant, ctx, amos.id));
    expect(response.user.etag).not.toBe(etag);
    expect(tenant.changedUserIds.has(amos.id)).toBe(true);
  });

  it('C2: generateConferenceId never hands out an ID in use by another user', () => {
    const kensId = userByName(tenant, KEN).audio.conferenceId!;
    const fresh = freeId('1234567');
    const random = queueRandom(valuesForConferenceIds(kensId, fresh));

    expect(generateConferenceId(tenant, random)).toBe(fresh);
    expect(random.remaining()).toBe(0);
  });

  it('C2: generateConferenceId never hands out a retired ID', () => {
    const amos = userByName(tenant, AMOS);
    const retired = amos.audio.conferenceId!;
    expectOk(resetConferenceId(tenant, ctx, amos.id));
    const fresh = freeId('7654321');
    const random = queueRandom(valuesForConferenceIds(retired, fresh));

    expect(generateConferenceId(tenant, random)).toBe(fresh);
    expect(random.remaining()).toBe(0);
  });

  it('C2: generateConferenceId skips in-use and retired IDs in a row, then takes a free one', () => {
    const amos = userByName(tenant, AMOS);
    const retired = amos.audio.conferenceId!;
    expectOk(resetConferenceId(tenant, ctx, amos.id));
    const inUse = amos.audio.conferenceId!;
    const fresh = freeId('2000002');
    const random = queueRandom(valuesForConferenceIds(inUse, retired, inUse, fresh));

    expect(generateConferenceId(tenant, random)).toBe(fresh);
  });

  it('C2: a reset never gives the user their current ID back', () => {
    const amos = userByName(tenant, AMOS);
    const current = amos.audio.conferenceId!;
    const fresh = freeId('3141592');
    const response = expectOk(
      resetConferenceId(
        tenant,
        { ...ctx, random: queueRandom(valuesForConferenceIds(current, fresh)) },
        amos.id,
      ),
    );
    expect(response.user.audioConferencing.conferenceId).toBe(fresh);
    expect(tenant.retiredConferenceIds.has(current)).toBe(true);
  });

  it('C2: a reset never gives a user an ID that was retired earlier (even their own)', () => {
    const amos = userByName(tenant, AMOS);
    const first = amos.audio.conferenceId!;
    expectOk(resetConferenceId(tenant, ctx, amos.id));
    const fresh = freeId('9090909');
    const response = expectOk(
      resetConferenceId(
        tenant,
        { ...ctx, random: queueRandom(valuesForConferenceIds(first, fresh)) },
        amos.id,
      ),
    );
    expect(response.user.audioConferencing.conferenceId).toBe(fresh);
  });

  it('C2: repeated resets all give distinct IDs and retire every earlier one', () => {
    const amos = userByName(tenant, AMOS);
    const seen = [amos.audio.conferenceId!];
    for (let i = 0; i < 5; i++) {
      seen.push(
        expectOk(resetConferenceId(tenant, ctx, amos.id)).user.audioConferencing.conferenceId!,
      );
    }
    expect(new Set(seen).size).toBe(6);
    expect([...tenant.retiredConferenceIds]).toEqual(seen.slice(0, 5));
    expect(seen.slice(0, 5).filter((id) => tenant.assignedConferenceIds.has(id))).toEqual([]);
    expect(tenant.assignedConferenceIds.get(seen[5]!)).toBe(amos.id);
  });
});

describe('C5 conference ID actions need Microsoft as the provider', () => {
  const cases: [string, (t: Tenant) => string][] = [
    ['a third-party provider user (Alex Wilber)', (t) => userByName(t, ALEX).id],
    [
      'a user enabled with provider None',
      (t) => {
        const ken = userByName(t, KEN);
        ken.audio.provider = 'None';
        return ken.id;
      },
    ],
    ['a user not enabled for Audio Conferencing (Lidia Holloway)', (t) => userByName(t, LIDIA).id],
  ];

  it.each(cases)('C5: reset conference ID is refused as unavailable for %s', (_, pickUser) => {
    const userId = pickUser(tenant);
    const before = stateOf(tenant);

    const refusal = expectRefusal(resetConferenceId(tenant, ctx, userId));

    expect(refusal.code).toBe('unavailable');
    expect(refusal.message.length).toBeGreaterThan(10);
    expect(stateOf(tenant)).toBe(before);
    expect(tenant.mailbox).toHaveLength(0);
  });

  it.each(cases)('C5: send conference info is refused as unavailable for %s', (_, pickUser) => {
    const userId = pickUser(tenant);
    const before = stateOf(tenant);

    const refusal = expectRefusal(sendConferenceInfo(tenant, ctx, userId, 'someone@contoso.com'));

    expect(refusal.code).toBe('unavailable');
    expect(stateOf(tenant)).toBe(before);
  });

  it('C5: a None-provider user keeps no working ID: the refusal leaves their old ID untouched', () => {
    const ken = userByName(tenant, KEN);
    const id = ken.audio.conferenceId;
    ken.audio.provider = 'None';
    expectRefusal(resetConferenceId(tenant, ctx, ken.id));
    expect(ken.audio.conferenceId).toBe(id);
    expect(tenant.retiredConferenceIds.size).toBe(0);
  });

  it('C5: the user detail says why the ID actions are unavailable', () => {
    const alex = toDetail(userByName(tenant, ALEX)).actions;
    expect(alex.resetConferenceId).toEqual({
      available: false,
      reason: expect.stringContaining('Intercall'),
    });
    expect(alex.sendConferenceInfo.available).toBe(false);

    const lidia = toDetail(userByName(tenant, LIDIA)).actions;
    expect(lidia.resetConferenceId.available).toBe(false);
    expect(lidia.resetConferenceId.reason).toMatch(/isn't enabled/);

    const amos = toDetail(userByName(tenant, AMOS)).actions;
    expect(amos.resetConferenceId).toEqual({ available: true, reason: null });
  });

  it('C5: refusal for an unknown user is not_found', () => {
    expect(expectRefusal(resetConferenceId(tenant, ctx, 'no-such-user')).code).toBe('not_found');
  });
});
