import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { defaultBridgeSettings } from '../domain/bridge';
import {
  ALEX,
  AMOS,
  DIEGO,
  fingerprint,
  ISAIAH,
  KEN,
  LIDIA,
  MEGAN,
  userByName,
} from '../domain/test-helpers';
import { DEFAULT_SEED, generateScenario, isScenarioName } from './scenarios';

const FIXTURE_NAMES = [AMOS, KEN, MEGAN, ALEX, LIDIA, DIEGO, ISAIAH];

describe('scenarios are deterministic', () => {
  it('the same seed gives the same tenant (ids, conference IDs, PIN hashes)', () => {
    const a = generateScenario('default');
    const b = generateScenario('default', DEFAULT_SEED);
    expect(fingerprint(a)).toEqual(fingerprint(b));
    // Not vacuous: the fingerprint holds real generated values.
    expect(fingerprint(a).users.filter((u) => u.pinHash !== null).length).toBeGreaterThan(20);
    expect(a.users.map((u) => u.audio.conferenceId)).toEqual(
      b.users.map((u) => u.audio.conferenceId),
    );
  });

  it('large is the tenant every release has generated: the digest of its 100,007 users is pinned', () => {
    // How the users are built may change (decision 020 made their strings flat); who they are,
    // their ids, conference IDs and PIN hashes must not: saved states and QA fixtures name them.
    const users = generateScenario('large').users;
    expect(users).toHaveLength(100_007);
    expect(createHash('sha256').update(JSON.stringify(users)).digest('hex')).toBe(
      'c4ab669affb4de4a6f74228b84d0a67447cfe7e5832e6b135c594253e5964445',
    );
  });

  it('the same non-default seed also gives the same tenant', () => {
    expect(fingerprint(generateScenario('default', 42))).toEqual(
      fingerprint(generateScenario('default', 42)),
    );
  });

  it('a different seed gives different user ids and conference IDs', () => {
    const a = generateScenario('default');
    const b = generateScenario('default', 42);
    const idsA = new Set(a.users.map((u) => u.id));
    expect(b.users.filter((u) => idsA.has(u.id))).toEqual([]);
    const amosA = userByName(a, AMOS).audio.conferenceId;
    const amosB = userByName(b, AMOS).audio.conferenceId;
    expect(amosA).not.toBe(amosB);
    const cidsA = new Set(a.users.map((u) => u.audio.conferenceId).filter((id) => id !== null));
    const shared = b.users.filter((u) => u.audio.conferenceId && cidsA.has(u.audio.conferenceId));
    expect(shared.length).toBeLessThan(3);
  });

  it('a different seed keeps every fixture', () => {
    const other = generateScenario('default', 7);
    for (const name of FIXTURE_NAMES) expect(userByName(other, name).displayName).toBe(name);
  });
});

describe('default scenario (PRODUCT.md §4 fixtures)', () => {
  const tenant = generateScenario('default');

  it('is the contoso.com tenant with the default bridge', () => {
    expect(tenant.scenario).toBe('default');
    expect(tenant.domain).toBe('contoso.com');
    expect(tenant.bridge).toEqual(defaultBridgeSettings());
    expect(tenant.mailbox).toEqual([]);
    expect(tenant.retiredConferenceIds.size).toBe(0);
  });

  it('holds each fixture exactly once', () => {
    for (const name of FIXTURE_NAMES) {
      expect(
        tenant.users.filter((u) => u.displayName === name),
        name,
      ).toHaveLength(1);
    }
  });

  it('Amos Marble: amos.marble@contoso.com, enabled, Microsoft, PIN set', () => {
    const amos = userByName(tenant, AMOS);
    expect(amos.email).toBe('amos.marble@contoso.com');
    expect(amos.audio).toMatchObject({ enabled: true, provider: 'Microsoft' });
    expect(amos.audio.conferenceId).toMatch(/^[0-9]{7}$/);
    expect(amos.pin.stored).not.toBeNull();
    expect(amos.pin.locked).toBe(false);
    expect(amos.pin.lastChangedAt).not.toBeNull();
  });

  it('Ken Myer: ken.myer@contoso.com, enabled, Microsoft, PIN not set', () => {
    const ken = userByName(tenant, KEN);
    expect(ken.email).toBe('ken.myer@contoso.com');
    expect(ken.audio).toMatchObject({ enabled: true, provider: 'Microsoft' });
    expect(ken.audio.conferenceId).toMatch(/^[0-9]{7}$/);
    expect(ken.pin.stored).toBeNull();
    expect(ken.pin.lastChangedAt).toBeNull();
  });

  it('Megan Bowen: enabled, Microsoft, no mailbox', () => {
    const megan = userByName(tenant, MEGAN);
    expect(megan.email).toBeNull();
    expect(megan.audio).toMatchObject({ enabled: true, provider: 'Microsoft' });
    expect(megan.audio.conferenceId).toMatch(/^[0-9]{7}$/);
  });

  it('Alex Wilber: enabled, third-party provider', () => {
    const alex = userByName(tenant, ALEX);
    expect(alex.audio).toMatchObject({ enabled: true, provider: 'ThirdParty', conferenceId: null });
    expect(alex.audio.thirdPartyProviderName).toBe('Intercall');
  });

  it('Lidia Holloway: not enabled for Audio Conferencing', () => {
    const lidia = userByName(tenant, LIDIA);
    expect(lidia.audio.enabled).toBe(false);
    expect(lidia.audio.conferenceId).toBeNull();
  });

  it('Diego Siciliani: enabled, Microsoft, PIN set and locked', () => {
    const diego = userByName(tenant, DIEGO);
    expect(diego.audio).toMatchObject({ enabled: true, provider: 'Microsoft' });
    expect(diego.pin.stored).not.toBeNull();
    expect(diego.pin.locked).toBe(true);
  });

  it('Isaiah Langer keeps the markup of his display name exactly', () => {
    const isaiah = userByName(tenant, ISAIAH);
    expect(isaiah.displayName).toBe('Isaiah Langer <img src=x onerror=alert(1)>');
    expect(isaiah.givenName).toBe('Isaiah');
    expect(isaiah.surname).toBe('Langer');
  });

  it('has about 40 other users besides the fixtures', () => {
    const others = tenant.users.filter((u) => !FIXTURE_NAMES.includes(u.displayName));
    expect(others.length).toBeGreaterThanOrEqual(35);
    expect(others.length).toBeLessThanOrEqual(45);
    expect(new Set(tenant.users.map((u) => u.id)).size).toBe(tenant.users.length);
    expect(new Set(tenant.users.map((u) => u.displayName)).size).toBe(tenant.users.length);
  });

  it('every user has a contoso.com SIP address, and an email unless they have no mailbox', () => {
    for (const user of tenant.users) {
      expect(user.sipAddress).toMatch(/^sip:[a-z0-9.]+@contoso\.com$/);
      if (user.email !== null) expect(user.email).toMatch(/^[a-z0-9.]+@contoso\.com$/);
    }
  });

  it('users are indexed by id', () => {
    expect(tenant.usersById.size).toBe(tenant.users.length);
    for (const user of tenant.users) expect(tenant.usersById.get(user.id)).toBe(user);
  });
});

describe('empty scenario', () => {
  it('has no users', () => {
    const tenant = generateScenario('empty');
    expect(tenant.scenario).toBe('empty');
    expect(tenant.users).toEqual([]);
    expect(tenant.usersById.size).toBe(0);
    expect(tenant.assignedConferenceIds.size).toBe(0);
    expect(tenant.bridge).toEqual(defaultBridgeSettings());
  });
});

describe('scenario names', () => {
  it('knows default, large and empty, and nothing else', () => {
    expect(['default', 'large', 'empty'].every(isScenarioName)).toBe(true);
    expect(isScenarioName('Default')).toBe(false);
    expect(isScenarioName('huge')).toBe(false);
    expect(isScenarioName(undefined)).toBe(false);
  });
});
