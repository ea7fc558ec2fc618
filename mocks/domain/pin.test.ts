import { beforeEach, describe, expect, it } from 'vitest';
import { generateScenario } from '../scenarios/scenarios';
import { resetPin } from './actions';
import { generatePin, hashPin, pinMatches } from './pin';
import { seededRandom } from './random';
import { snapshotOf } from './tenant';
import {
  AMOS,
  DIEGO,
  expectOk,
  expectRefusal,
  KEN,
  NOW_ISO,
  queueRandom,
  seededValues,
  stateOf,
  testContext,
  userByName,
  valuesForDigits,
  wholeNumberPattern,
} from './test-helpers';
import type { DomainContext, Tenant } from './types';
import { listUsers } from './user-query';
import { toDetail, toSummary } from './users';

let tenant: Tenant;
let ctx: DomainContext;

beforeEach(() => {
  tenant = generateScenario('default');
  ctx = testContext();
});

describe('P1 generated PIN', () => {
  it.each([4, 5, 6, 8, 12])('P1: a generated PIN of length %i is ASCII digits only', (length) => {
    const random = seededRandom(length);
    for (let i = 0; i < 50; i++) {
      expect(generatePin(random, length)).toMatch(new RegExp(`^[0-9]{${length}}$`));
    }
  });

  it('P1: reset PIN generates a PIN of the bridge PIN length (default 5)', () => {
    const pin = expectOk(resetPin(tenant, ctx, userByName(tenant, AMOS).id)).pin;
    expect(pin).toMatch(/^[0-9]{5}$/);
  });

  it('P1: changing the bridge PIN length changes the length of the next generated PIN', () => {
    tenant.bridge.pinLength = 7;
    const seven = expectOk(resetPin(tenant, ctx, userByName(tenant, AMOS).id)).pin;
    tenant.bridge.pinLength = 4;
    const four = expectOk(resetPin(tenant, ctx, userByName(tenant, KEN).id)).pin;
    tenant.bridge.pinLength = 12;
    const twelve = expectOk(resetPin(tenant, ctx, userByName(tenant, AMOS).id)).pin;

    expect(seven).toMatch(/^[0-9]{7}$/);
    expect(four).toMatch(/^[0-9]{4}$/);
    expect(twelve).toMatch(/^[0-9]{12}$/);
  });
});

describe('P2 PIN returned once and stored as a salted hash', () => {
  it('P2: reset PIN returns the new PIN, and it is the one stored (as a hash)', () => {
    const amos = userByName(tenant, AMOS);
    const oldHash = amos.pin.stored!.hash;
    const { pin } = expectOk(resetPin(tenant, ctx, amos.id));

    expect(amos.pin.stored!.hash).not.toBe(oldHash);
    expect(pinMatches(amos.pin.stored!, pin)).toBe(true);
  });

  it('P2: the user detail and summary never carry the PIN', () => {
    const ken = userByName(tenant, KEN);
    const response = expectOk(resetPin(tenant, ctx, ken.id));
    const pin = wholeNumberPattern(response.pin);

    expect(JSON.stringify(response.user)).not.toMatch(pin);
    expect(JSON.stringify(toDetail(ken))).not.toMatch(pin);
    expect(JSON.stringify(toSummary(ken))).not.toMatch(pin);
    expect(
      JSON.stringify(listUsers(tenant, { search: 'ken', page: 1, pageSize: 100 })),
    ).not.toMatch(pin);
    expect(toDetail(ken).pin).toEqual({ isSet: true, isLocked: false, lastChangedAt: NOW_ISO });
  });

  it('P2: the tenant snapshot (what is persisted) holds the hash but never the PIN', () => {
    const ken = userByName(tenant, KEN);
    const { pin } = expectOk(resetPin(tenant, ctx, ken.id));

    const json = JSON.stringify(snapshotOf(tenant));

    // Not vacuous: Ken's changed record (with his new hash) is in the snapshot.
    expect(json).toContain(ken.id);
    expect(json).toContain(ken.pin.stored!.hash);
    expect(json).not.toMatch(wholeNumberPattern(pin));
  });

  it('P2: the stored hash and salt hold no digits at all', () => {
    const ken = userByName(tenant, KEN);
    expectOk(resetPin(tenant, ctx, ken.id));
    expect(ken.pin.stored!.hash).toMatch(/^[a-p]{64}$/);
    expect(ken.pin.stored!.salt).toMatch(/^[a-p]{16}$/);
  });

  it('P2: the same PIN hashed for two users gives different salts and hashes', () => {
    const random = seededRandom(99);
    const first = hashPin('24680', random);
    const second = hashPin('24680', random);

    expect(first.salt).not.toBe(second.salt);
    expect(first.hash).not.toBe(second.hash);
    expect(pinMatches(first, '24680')).toBe(true);
    expect(pinMatches(second, '24680')).toBe(true);
  });

  it('P2: two users reset to the same PIN get different stored hashes', () => {
    const random = queueRandom([
      ...valuesForDigits('13579', false),
      ...seededValues(7, 16),
      ...valuesForDigits('13579', false),
      ...seededValues(8, 16),
    ]);
    const amos = userByName(tenant, AMOS);
    const ken = userByName(tenant, KEN);
    const withQueue = { ...ctx, random };

    expect(expectOk(resetPin(tenant, withQueue, amos.id)).pin).toBe('13579');
    expect(expectOk(resetPin(tenant, withQueue, ken.id)).pin).toBe('13579');

    expect(amos.pin.stored!.hash).not.toBe(ken.pin.stored!.hash);
    expect(amos.pin.stored!.salt).not.toBe(ken.pin.stored!.salt);
    expect(pinMatches(amos.pin.stored!, '13579')).toBe(true);
    expect(pinMatches(ken.pin.stored!, '13579')).toBe(true);
  });

  it('P2: pinMatches accepts the right PIN and refuses wrong ones', () => {
    const stored = hashPin('13579', seededRandom(3));
    expect(pinMatches(stored, '13579')).toBe(true);
    for (const wrong of ['13578', '31579', '1357', '135790', '', ' 13579']) {
      expect(pinMatches(stored, wrong), wrong).toBe(false);
    }
  });
});

describe('P5 a locked PIN must be unlocked first', () => {
  it('P5: reset PIN is refused as unavailable while the PIN is locked, and nothing changes', () => {
    const diego = userByName(tenant, DIEGO);
    expect(diego.pin.locked).toBe(true);
    const before = stateOf(tenant);

    const refusal = expectRefusal(resetPin(tenant, ctx, diego.id));

    expect(refusal.code).toBe('unavailable');
    expect(refusal.message).toMatch(/locked/i);
    expect(stateOf(tenant)).toBe(before);
    expect(tenant.mailbox).toHaveLength(0);
  });

  it('P5: the user detail shows reset PIN as unavailable, with the reason', () => {
    const actions = toDetail(userByName(tenant, DIEGO)).actions;
    expect(actions.resetPin.available).toBe(false);
    expect(actions.resetPin.reason).toMatch(/Unlock it/);
  });

  it('P5: once unlocked, the PIN can be reset', () => {
    const diego = userByName(tenant, DIEGO);
    diego.pin.locked = false;
    const { pin } = expectOk(resetPin(tenant, ctx, diego.id));
    expect(pinMatches(diego.pin.stored!, pin)).toBe(true);
  });
});

describe('P6 PIN status shown to admins', () => {
  it('P6: Ken Myer has no PIN in the default scenario', () => {
    const ken = userByName(tenant, KEN);
    expect(ken.pin.stored).toBeNull();
    expect(toDetail(ken).pin).toEqual({ isSet: false, isLocked: false, lastChangedAt: null });
    expect(toSummary(ken).pinSet).toBe(false);
  });

  it('P6: a user with a PIN shows it as set, with when it was last changed', () => {
    const detail = toDetail(userByName(tenant, AMOS));
    expect(detail.pin.isSet).toBe(true);
    expect(detail.pin.isLocked).toBe(false);
    expect(detail.pin.lastChangedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('P6: a locked PIN shows as locked', () => {
    expect(toDetail(userByName(tenant, DIEGO)).pin).toMatchObject({ isSet: true, isLocked: true });
    expect(toSummary(userByName(tenant, DIEGO)).pinLocked).toBe(true);
  });

  it('P6: after a reset the PIN is set and its last change is the time of the reset', () => {
    const ken = userByName(tenant, KEN);
    const response = expectOk(resetPin(tenant, ctx, ken.id));
    expect(response.user.pin).toEqual({ isSet: true, isLocked: false, lastChangedAt: NOW_ISO });
    expect(toSummary(ken).pinSet).toBe(true);
  });
});
