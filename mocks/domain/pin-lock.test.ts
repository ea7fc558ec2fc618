import { beforeEach, describe, expect, it } from 'vitest';
import { generateScenario } from '../scenarios/scenarios';
import { resetPin } from './actions';
import { dialIn } from './dial-in';
import { pinMatches } from './pin';
import { lockPin, unlockPin } from './pin-lock';
import { DEFAULT_PIN_POLICY, savePinPolicy } from './pin-policy';
import {
  AMOS,
  DIEGO,
  expectOk,
  expectRefusal,
  KEN,
  stateOf,
  testContext,
  userByName,
} from './test-helpers';
import type { DomainContext, Tenant, UserRecord } from './types';
import { etagOf } from './users';

let tenant: Tenant;
let ctx: DomainContext;
let amos: UserRecord;

beforeEach(() => {
  tenant = generateScenario('default');
  ctx = testContext();
  amos = userByName(tenant, AMOS);
});

/** A PIN for Amos that the test knows (P2: only the reset response carries it). */
function amosPin(): string {
  return expectOk(resetPin(tenant, ctx, amos.id, undefined, { sendEmail: false })).pin;
}

/** A PIN of the same length that is not `pin`. */
function wrongPin(pin: string): string {
  return [...pin].map((d) => String((Number(d) + 1) % 10)).join('');
}

describe('P5 an admin locks a PIN', () => {
  it('P5: lockPin locks a set PIN and bumps the ETag', () => {
    expect(amos.pin.locked).toBe(false);
    const etag = etagOf(amos);

    const detail = expectOk(lockPin(tenant, amos.id, etag));

    expect(amos.pin.locked).toBe(true);
    expect(detail.pin.isLocked).toBe(true);
    expect(etagOf(amos)).not.toBe(etag);
    expect(detail.etag).toBe(etagOf(amos));
    expect(tenant.changedUserIds.has(amos.id)).toBe(true);
  });

  it('P5: locking keeps the PIN itself (the same PIN works again after unlocking)', () => {
    const pin = amosPin();
    const hash = amos.pin.stored!.hash;
    expectOk(lockPin(tenant, amos.id));
    expect(amos.pin.stored!.hash).toBe(hash);
    expectOk(unlockPin(tenant, amos.id));
    expect(pinMatches(amos.pin.stored!, pin)).toBe(true);
  });

  it('P5: locking Ken Myer (no PIN) is refused, and nothing changes', () => {
    const ken = userByName(tenant, KEN);
    expect(ken.pin.stored).toBeNull();
    const before = stateOf(tenant);

    const refusal = expectRefusal(lockPin(tenant, ken.id));

    expect(refusal.code).toBe('unavailable');
    expect(refusal.message).toMatch(/no PIN/);
    expect(ken.pin.locked).toBe(false);
    expect(stateOf(tenant)).toBe(before);
  });

  it('P5: locking Diego Siciliani (already locked) is refused, and nothing changes', () => {
    const diego = userByName(tenant, DIEGO);
    expect(diego.pin.locked).toBe(true);
    const before = stateOf(tenant);

    const refusal = expectRefusal(lockPin(tenant, diego.id));

    expect(refusal.code).toBe('unavailable');
    expect(refusal.message).toMatch(/already locked/);
    expect(stateOf(tenant)).toBe(before);
  });

  it('P5: lockPin with a stale If-Match is refused (precondition_failed), and nothing changes', () => {
    const stale = etagOf(amos);
    amosPin(); // someone else changes Amos in between
    const before = stateOf(tenant);

    const refusal = expectRefusal(lockPin(tenant, amos.id, stale));

    expect(refusal.code).toBe('precondition_failed');
    expect(amos.pin.locked).toBe(false);
    expect(stateOf(tenant)).toBe(before);
  });

  it('P5: an unknown user is not_found', () => {
    expect(expectRefusal(lockPin(tenant, 'no-such-user')).code).toBe('not_found');
    expect(expectRefusal(unlockPin(tenant, 'no-such-user')).code).toBe('not_found');
  });
});

describe('P5 a locked PIN must be unlocked before it can be set or reset', () => {
  beforeEach(() => {
    expectOk(lockPin(tenant, amos.id));
  });

  it("P5: a locked PIN can't be reset ('unavailable'), and nothing changes", () => {
    const before = stateOf(tenant);
    const refusal = expectRefusal(resetPin(tenant, ctx, amos.id));
    expect(refusal.code).toBe('unavailable');
    expect(refusal.message).toMatch(/locked/i);
    expect(stateOf(tenant)).toBe(before);
    expect(tenant.mailbox).toHaveLength(0);
  });

  it("P5: a locked PIN can't be set to a specific PIN ('unavailable'), and nothing changes", () => {
    const before = stateOf(tenant);
    const refusal = expectRefusal(
      resetPin(tenant, ctx, amos.id, undefined, { pin: '24681357', sendEmail: false }),
    );
    expect(refusal.code).toBe('unavailable');
    expect(stateOf(tenant)).toBe(before);
    expect(pinMatches(amos.pin.stored!, '24681357')).toBe(false);
  });

  it('P5: after unlocking, the PIN can be reset again', () => {
    expectOk(unlockPin(tenant, amos.id));
    const { pin } = expectOk(resetPin(tenant, ctx, amos.id, undefined, { pin: '24681357' }));
    expect(pin).toBe('24681357');
    expect(pinMatches(amos.pin.stored!, '24681357')).toBe(true);
  });
});

describe('P5 an admin unlocks a PIN', () => {
  it('P5: unlockPin unlocks Diego Siciliani, resets his failed attempts and bumps the ETag', () => {
    const diego = userByName(tenant, DIEGO);
    diego.pin.failedAttempts = 5;
    const etag = etagOf(diego);

    const detail = expectOk(unlockPin(tenant, diego.id, etag));

    expect(diego.pin.locked).toBe(false);
    expect(diego.pin.failedAttempts).toBe(0);
    expect(detail.pin.isLocked).toBe(false);
    expect(etagOf(diego)).not.toBe(etag);
    expect(detail.etag).toBe(etagOf(diego));
  });

  it('P5: unlocking an unlocked PIN is refused, and nothing changes', () => {
    const before = stateOf(tenant);
    const refusal = expectRefusal(unlockPin(tenant, amos.id));
    expect(refusal.code).toBe('unavailable');
    expect(refusal.message).toMatch(/isn't locked/);
    expect(stateOf(tenant)).toBe(before);
  });

  it('P5: unlockPin with a stale If-Match is refused (precondition_failed), and nothing changes', () => {
    const diego = userByName(tenant, DIEGO);
    const stale = `"${diego.id}-${diego.version - 1}"`;
    const before = stateOf(tenant);

    const refusal = expectRefusal(unlockPin(tenant, diego.id, stale));

    expect(refusal.code).toBe('precondition_failed');
    expect(diego.pin.locked).toBe(true);
    expect(stateOf(tenant)).toBe(before);
  });

  it('P5: lock then unlock with the ETag each returns', () => {
    const locked = expectOk(lockPin(tenant, amos.id, etagOf(amos)));
    const unlocked = expectOk(unlockPin(tenant, amos.id, locked.etag));
    expect(unlocked.pin.isLocked).toBe(false);
    // The ETag from before the unlock is stale now.
    expect(expectRefusal(lockPin(tenant, amos.id, locked.etag)).code).toBe('precondition_failed');
  });
});

describe('D3 wrong PINs at the dial-in count toward the lock', () => {
  it(`D3: under the default policy (${DEFAULT_PIN_POLICY.maximumLogonAttempts} attempts) the 5th wrong PIN locks, not the 4th`, () => {
    expect(DEFAULT_PIN_POLICY.maximumLogonAttempts).toBe(5);
    const pin = amosPin();
    const id = amos.audio.conferenceId!;

    for (let attempt = 1; attempt <= 4; attempt++) {
      expect(dialIn(tenant, id, wrongPin(pin)).outcome).toBe('refused');
      expect(amos.pin.failedAttempts).toBe(attempt);
      expect(amos.pin.locked).toBe(false);
    }
    const fifth = dialIn(tenant, id, wrongPin(pin));
    expect(fifth.outcome).toBe('refused');
    expect(fifth.message).toMatch(/locked/);
    expect(amos.pin.locked).toBe(true);
  });

  it('D3: once locked, the right PIN is refused; after unlockPin it starts the meeting', () => {
    const pin = amosPin();
    const id = amos.audio.conferenceId!;
    for (let attempt = 0; attempt < 5; attempt++) dialIn(tenant, id, wrongPin(pin));
    expect(amos.pin.locked).toBe(true);

    const refused = dialIn(tenant, id, pin);
    expect(refused.outcome).toBe('refused');
    expect(refused.meeting).toBeNull();
    expect(refused.message).toMatch(/locked/);

    expectOk(unlockPin(tenant, amos.id));
    expect(amos.pin.failedAttempts).toBe(0);
    const started = dialIn(tenant, id, pin);
    expect(started.outcome).toBe('started');
    expect(started.meeting?.inMeeting).toContain('Amos Marble (organizer)');
  });

  it('D3: the lock made at the dial-in bumps the ETag, so the admin sees it', () => {
    const pin = amosPin();
    const etag = etagOf(amos);
    for (let attempt = 0; attempt < 5; attempt++) {
      dialIn(tenant, amos.audio.conferenceId!, wrongPin(pin));
    }
    expect(etagOf(amos)).not.toBe(etag);
  });

  it('D3: a user policy with maximumLogonAttempts 2 locks at the 2nd wrong PIN', () => {
    expectOk(
      savePinPolicy(
        tenant,
        { kind: 'user', userId: amos.id },
        { ...DEFAULT_PIN_POLICY, maximumLogonAttempts: 2 },
      ),
    );
    const pin = amosPin();
    const id = amos.audio.conferenceId!;

    dialIn(tenant, id, wrongPin(pin));
    expect(amos.pin.locked).toBe(false);
    dialIn(tenant, id, wrongPin(pin));
    expect(amos.pin.locked).toBe(true);
    expect(dialIn(tenant, id, pin).outcome).toBe('refused');

    expectOk(unlockPin(tenant, amos.id));
    expect(dialIn(tenant, id, pin).outcome).toBe('started');
  });

  it('D3: a site policy with maximumLogonAttempts 3 locks Amos (Redmond) at the 3rd wrong PIN', () => {
    expectOk(
      savePinPolicy(
        tenant,
        { kind: 'site', site: 'Redmond' },
        { ...DEFAULT_PIN_POLICY, maximumLogonAttempts: 3 },
      ),
    );
    const pin = amosPin();
    const id = amos.audio.conferenceId!;

    dialIn(tenant, id, wrongPin(pin));
    dialIn(tenant, id, wrongPin(pin));
    expect(amos.pin.locked).toBe(false);
    dialIn(tenant, id, wrongPin(pin));
    expect(amos.pin.locked).toBe(true);
  });

  it('D3: the right PIN clears the count, so wrong PINs must come in a row to lock', () => {
    const pin = amosPin();
    const id = amos.audio.conferenceId!;
    for (let attempt = 0; attempt < 4; attempt++) dialIn(tenant, id, wrongPin(pin));
    expect(dialIn(tenant, id, pin).outcome).toBe('started');
    expect(amos.pin.failedAttempts).toBe(0);
    for (let attempt = 0; attempt < 4; attempt++) dialIn(tenant, id, wrongPin(pin));
    expect(amos.pin.locked).toBe(false);
  });

  it('D3: a reset PIN starts from zero failed attempts', () => {
    const pin = amosPin();
    for (let attempt = 0; attempt < 3; attempt++) {
      dialIn(tenant, amos.audio.conferenceId!, wrongPin(pin));
    }
    expect(amos.pin.failedAttempts).toBe(3);
    amosPin();
    expect(amos.pin.failedAttempts).toBe(0);
  });

  it('D3: joining without a PIN is not a failed attempt', () => {
    amosPin();
    for (let attempt = 0; attempt < 6; attempt++) dialIn(tenant, amos.audio.conferenceId!);
    expect(amos.pin.failedAttempts).toBe(0);
    expect(amos.pin.locked).toBe(false);
  });
});
