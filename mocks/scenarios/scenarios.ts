import { MOCK_SCENARIOS, type ScenarioName } from '../../src/api/contract/mock';
import { defaultBridgeSettings } from '../domain/bridge';
import { randomDigits, randomInt, pick, seededRandom, type Random } from '../domain/random';
import { createTenant } from '../domain/tenant';
import type { Tenant, UserRecord } from '../domain/types';
import { buildUser, type UserSpec } from './build-user';
import { DEPARTMENTS, GIVEN_NAMES, SITES, SURNAMES, THIRD_PARTY_PROVIDERS } from './people';

export const SCENARIOS = MOCK_SCENARIOS;
export type { ScenarioName };

export function isScenarioName(value: unknown): value is ScenarioName {
  return typeof value === 'string' && (SCENARIOS as readonly string[]).includes(value);
}

export const DEFAULT_SEED = 20261122;
const DOMAIN = 'contoso.com';
const PIN_SET_AT = '2026-09-14T09:30:00.000Z';

type Spec = Omit<UserSpec, 'conferenceId' | 'pin'> & { pin: boolean };

/** The fixtures QA suites rely on (PRODUCT.md §4). Their IDs and PINs come from the seed. */
export const FIXTURES: Spec[] = [
  {
    givenName: 'Amos',
    surname: 'Marble',
    department: 'Sales',
    site: 'Redmond',
    lineNumber: '+14255550111',
    enabled: true,
    provider: 'Microsoft',
    pin: true,
  },
  {
    givenName: 'Ken',
    surname: 'Myer',
    department: 'Engineering',
    site: 'Redmond',
    lineNumber: '+14255550112',
    enabled: true,
    provider: 'Microsoft',
    pin: false,
  },
  {
    givenName: 'Megan',
    surname: 'Bowen',
    mailbox: false,
    department: 'Marketing',
    site: 'New York',
    lineNumber: '+12125550113',
    enabled: true,
    provider: 'Microsoft',
    pin: true,
  },
  {
    givenName: 'Alex',
    surname: 'Wilber',
    department: 'Finance',
    site: 'London',
    lineNumber: '+442079460114',
    enabled: true,
    provider: 'ThirdParty',
    thirdPartyProviderName: 'Intercall',
    pin: false,
  },
  {
    givenName: 'Lidia',
    surname: 'Holloway',
    department: 'Legal',
    site: 'Redmond',
    lineNumber: '+14255550115',
    enabled: false,
    provider: 'None',
    pin: false,
  },
  {
    givenName: 'Diego',
    surname: 'Siciliani',
    department: 'Operations',
    site: 'New York',
    lineNumber: '+12125550116',
    enabled: true,
    provider: 'Microsoft',
    pin: true,
    pinLocked: true,
  },
  {
    givenName: 'Isaiah',
    surname: 'Langer',
    displayName: 'Isaiah Langer <img src=x onerror=alert(1)>',
    department: 'Research',
    site: 'London',
    lineNumber: '+442079460117',
    enabled: true,
    provider: 'Microsoft',
    pin: true,
  },
];

function generatedSpec(random: Random, givenName: string, surname: string): Spec {
  const site = pick(random, SITES);
  const roll = random();
  const enabled = roll >= 0.08;
  const provider = !enabled ? 'None' : roll < 0.14 ? 'ThirdParty' : 'Microsoft';
  return {
    givenName,
    surname,
    mailbox: random() >= 0.05,
    department: pick(random, DEPARTMENTS),
    site: site.name,
    // Joined, not a template: a flat string (see build-user.ts).
    lineNumber: random() < 0.9 ? [site.linePrefix, randomDigits(random, 4)].join('') : null,
    enabled,
    provider,
    thirdPartyProviderName:
      provider === 'ThirdParty' ? pick(random, THIRD_PARTY_PROVIDERS) : undefined,
    ...pinState(random, provider === 'Microsoft'),
  };
}

/** Only a user with a PIN can have a locked one. */
function pinState(random: Random, microsoft: boolean): { pin: boolean; pinLocked: boolean } {
  const pin = microsoft && random() >= 0.2;
  return { pin, pinLocked: pin && random() < 0.03 };
}

function generatedSpecs(random: Random, count: number): Spec[] {
  // The surnames taken per given name (no name has a space, so this is "Given Surname" taken):
  // no string is made to ask, which for the 100,000 users of `large` was a fifth of the time.
  const taken = new Map<string, Set<string>>();
  const isTaken = (given: string, surname: string) => taken.get(given)?.has(surname) === true;
  const take = (given: string, surname: string) => {
    let surnames = taken.get(given);
    if (!surnames) taken.set(given, (surnames = new Set()));
    surnames.add(surname);
  };
  for (const fixture of FIXTURES) take(fixture.givenName, fixture.surname);
  const specs: Spec[] = [];
  while (specs.length < count) {
    const given = pick(random, GIVEN_NAMES);
    let surname: string = pick(random, SURNAMES);
    if (isTaken(given, surname)) {
      if (count <= (GIVEN_NAMES.length * SURNAMES.length) / 2) continue;
      surname = `${surname}-${randomInt(random, 100_000)}`;
      if (isTaken(given, surname)) continue;
    }
    take(given, surname);
    specs.push(generatedSpec(random, given, surname));
  }
  return specs;
}

const USER_COUNT: Record<ScenarioName, number> = { default: 41, large: 100_000, empty: 0 };

/** Same name and seed, same tenant. */
export function generateScenario(name: ScenarioName, seed = DEFAULT_SEED): Tenant {
  const random = seededRandom(seed);
  const bridge = defaultBridgeSettings();
  const specs = name === 'empty' ? [] : [...FIXTURES, ...generatedSpecs(random, USER_COUNT[name])];
  const usedIds = new Set<string>();
  const users = new Array<UserRecord>(specs.length);
  for (let index = 0; index < specs.length; index++) {
    const spec = specs[index]!;
    let conferenceId: string | null = null;
    if (spec.enabled && spec.provider === 'Microsoft') {
      do conferenceId = randomDigits(random, bridge.conferenceIdLength, true);
      while (usedIds.has(conferenceId));
      usedIds.add(conferenceId);
    }
    const pin = spec.pin ? randomDigits(random, bridge.pinLength) : null;
    // Only the fixtures' PINs are really hashed: the generated users' are PINs no one knows.
    const pinUnknown = index >= FIXTURES.length;
    // The spec as it is, and what was drawn beside it: no copy of the spec per user.
    users[index] = buildUser(spec, { conferenceId, pin, pinUnknown }, DOMAIN, random, PIN_SET_AT);
  }
  return createTenant({ scenario: name, domain: DOMAIN, bridge, users });
}
