import { beforeEach, describe, expect, it } from 'vitest';
import type { PinPolicy } from '../../src/api/contract/pin-policies';
import { generateScenario } from '../scenarios/scenarios';
import { resetPin } from './actions';
import {
  DEFAULT_PIN_POLICY,
  effectivePinPolicy,
  pinPolicyProblems,
  removePinPolicy,
  savePinPolicy,
  specificPinProblems,
  type PolicyScope,
} from './pin-policy';
import { AMOS, expectOk, expectRefusal, KEN, MEGAN, testContext, userByName } from './test-helpers';
import type { Refusal } from './result';
import type { DomainContext, Tenant, UserRecord } from './types';

/** The message of each P3 rule, as the admin reads it. */
const NOT_DIGITS = 'Use only the digits 0–9.';
const TOO_SHORT = (min: number) => `Use at least ${min} digits.`;
const TOO_LONG = 'Use at most 24 digits.';
const REPEATED = "Don't repeat one digit all the way through.";
const CONSECUTIVE = "Don't use 4 or more consecutive digits, such as 1234 or 9876.";
const PHONE = "Don't use the user's phone number or extension.";

let tenant: Tenant;
let ctx: DomainContext;
let amos: UserRecord;

beforeEach(() => {
  tenant = generateScenario('default');
  ctx = testContext();
  amos = userByName(tenant, AMOS);
});

const policy = (overrides: Partial<PinPolicy> = {}): PinPolicy => ({
  ...DEFAULT_PIN_POLICY,
  ...overrides,
});

/** The problems of `pin` for Amos Marble under the policy that is in effect for him. */
function problemsForAmos(pin: string): string[] {
  return specificPinProblems(pin, effectivePinPolicy(tenant, amos).policy, amos);
}

/** The fields a refusal names, sorted. */
function fieldsOf(refusal: Refusal): string[] {
  return Object.keys(refusal.fieldErrors ?? {}).sort();
}

/** Every policy of the tenant, as one comparable string ("nothing changed"). */
function policiesOf(t: Tenant): string {
  return JSON.stringify({
    global: t.pinPolicies.global,
    sites: [...t.pinPolicies.sites],
    users: [...t.pinPolicies.users],
  });
}

describe('P4 the default global policy', () => {
  it('P4: a new tenant has a global policy of minimum length 5, no common patterns, 5 logon attempts', () => {
    expect(DEFAULT_PIN_POLICY).toEqual({
      minimumLength: 5,
      allowCommonPatterns: false,
      maximumLogonAttempts: 5,
    });
    expect(tenant.pinPolicies.global).toEqual(DEFAULT_PIN_POLICY);
    expect(tenant.pinPolicies.sites.size).toBe(0);
    expect(tenant.pinPolicies.users.size).toBe(0);
  });
});

describe('P3 a specific PIN under the default policy (min 5, common patterns not allowed)', () => {
  it.each(['24681357', '13579', '80412', '97531', '1357913579135791357913579'.slice(0, 24)])(
    'P3: %s is accepted',
    (pin) => {
      expect(problemsForAmos(pin)).toEqual([]);
    },
  );

  it('P3: 1357 is too short (4 digits under a minimum of 5)', () => {
    expect(problemsForAmos('1357')).toEqual([TOO_SHORT(5)]);
  });

  it('P3: 25 digits are too long (at most 24), 24 are not', () => {
    const twentyFive = '1357913579135791357913579';
    expect(twentyFive).toHaveLength(25);
    expect(problemsForAmos(twentyFive)).toEqual([TOO_LONG]);
    expect(problemsForAmos(twentyFive.slice(0, 24))).toEqual([]);
  });

  it.each([
    ['12a45', 'a letter'],
    ['12 345', 'a space'],
    [' 13579', 'a leading space'],
    ['13579\n', 'a trailing newline'],
    ['-13579', 'a sign'],
    ['１３５７９', 'full-width digits'],
    ['١٣٥٧٩', 'Arabic-Indic digits'],
    ['१३५७९', 'Devanagari digits'],
  ])('P3: %j (%s) is refused as not digits only', (pin) => {
    expect(problemsForAmos(pin)).toContain(NOT_DIGITS);
  });

  it('P3: full-width digits get only the digits message (they are 5 characters, long enough)', () => {
    expect(problemsForAmos('１３５７９')).toEqual([NOT_DIGITS]);
  });

  it('P3: the empty PIN is refused as too short', () => {
    expect(problemsForAmos('')).toContain(TOO_SHORT(5));
  });

  it.each(['22222', '00000', '9999999'])('P3: %s (one repeated digit) is refused', (pin) => {
    expect(problemsForAmos(pin)).toEqual([REPEATED]);
  });

  it.each(['123456', '91234', '12345', '56789', '80123', '13456780'])(
    'P3: %s (4 or more consecutive digits up) is refused with the consecutive-digits message',
    (pin) => {
      expect(problemsForAmos(pin)).toEqual([CONSECUTIVE]);
    },
  );

  it.each(['98765', '54321', '76543', '13210', '24321'])(
    'P3: %s (4 or more consecutive digits down) is refused with the consecutive-digits message',
    (pin) => {
      expect(problemsForAmos(pin)).toEqual([CONSECUTIVE]);
    },
  );

  it.each(['12357', '12457', '98643', '01246', '13579', '12121', '89012' /* 9→0 is no step */])(
    'P3: %s (a run of only 3, or no run) is not refused as consecutive',
    (pin) => {
      expect(problemsForAmos(pin)).not.toContain(CONSECUTIVE);
    },
  );

  it('P3 (issue example): 12345 is refused, and the message is the consecutive-digits one', () => {
    const problems = problemsForAmos('12345');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/consecutive digits/);
  });

  it('P3: a PIN breaking two rules gets two messages', () => {
    expect(problemsForAmos('1234')).toEqual([TOO_SHORT(5), CONSECUTIVE]);
    expect(problemsForAmos('2222')).toEqual([TOO_SHORT(5), REPEATED]);
    expect(problemsForAmos('12a4')).toEqual([NOT_DIGITS, TOO_SHORT(5)]);
    const longRun = '1234567890123456789012345';
    expect(longRun).toHaveLength(25);
    expect(problemsForAmos(longRun)).toEqual([TOO_LONG, CONSECUTIVE]);
  });
});

describe("P3 the user's phone number or extension", () => {
  beforeEach(() => {
    expect(amos.phoneNumber).toBe('+14255550111');
    // A user policy lowers the minimum so that the 4-digit extension is long enough.
    expectOk(
      savePinPolicy(tenant, { kind: 'user', userId: amos.id }, policy({ minimumLength: 4 })),
    );
  });

  it.each([
    ['14255550111', 'all the digits of the number'],
    ['4255550111', 'the national number'],
    ['5550111', 'the local part'],
    ['0111', 'the extension'],
  ])('P3: %s (%s) is refused with the phone number message', (pin) => {
    expect(problemsForAmos(pin)).toEqual([PHONE]);
  });

  it("P3: another user's extension (Ken Myer's 0112) is fine for Amos Marble", () => {
    expect(userByName(tenant, KEN).phoneNumber).toBe('+14255550112');
    expect(problemsForAmos('0112')).toEqual([]);
  });

  it("P3: Amos's extension is fine for a user with another number (Megan Bowen)", () => {
    const megan = userByName(tenant, MEGAN);
    expect(specificPinProblems('0111', policy({ minimumLength: 4 }), megan)).toEqual([]);
  });

  it('P3: under the default minimum of 5, the extension is too short and also the phone number', () => {
    expect(specificPinProblems('0111', DEFAULT_PIN_POLICY, amos)).toEqual([TOO_SHORT(5), PHONE]);
  });
});

describe('P3 with common patterns allowed', () => {
  const allowing = policy({ allowCommonPatterns: true });

  it.each(['22222', '12345', '98765', '123456789'])('P3: %s is accepted', (pin) => {
    expect(specificPinProblems(pin, allowing, amos)).toEqual([]);
  });

  it('P3: 1234 is still too short under a minimum of 5', () => {
    expect(specificPinProblems('1234', allowing, amos)).toEqual([TOO_SHORT(5)]);
  });

  it('P3: digits only and at most 24 still apply', () => {
    expect(specificPinProblems('12a45', allowing, amos)).toEqual([NOT_DIGITS]);
    expect(specificPinProblems('１２３４５', allowing, amos)).toEqual([NOT_DIGITS]);
    expect(specificPinProblems('2'.repeat(25), allowing, amos)).toEqual([TOO_LONG]);
  });
});

describe('P3 the minimum length follows the policy', () => {
  it('P3: with minimum 8, 7 digits are too short and 8 are fine', () => {
    const eight = policy({ minimumLength: 8 });
    expect(specificPinProblems('2468135', eight, amos)).toEqual([TOO_SHORT(8)]);
    expect(specificPinProblems('24681357', eight, amos)).toEqual([]);
  });

  it('P3: with minimum 4, 4 digits are fine', () => {
    expect(specificPinProblems('2468', policy({ minimumLength: 4 }), amos)).toEqual([]);
  });
});

describe('P4 the effective policy: user › site › global', () => {
  it("P4: by default the global policy is in effect (source 'global')", () => {
    expect(effectivePinPolicy(tenant, amos)).toEqual({
      policy: DEFAULT_PIN_POLICY,
      source: 'global',
      scope: null,
    });
  });

  it('P4: an edited global policy is in effect for everyone without their own', () => {
    expectOk(savePinPolicy(tenant, { kind: 'global' }, policy({ minimumLength: 6 })));
    expect(effectivePinPolicy(tenant, amos).policy.minimumLength).toBe(6);
    expect(effectivePinPolicy(tenant, userByName(tenant, MEGAN)).policy.minimumLength).toBe(6);
    expect(problemsForAmos('13579')).toEqual([TOO_SHORT(6)]);
  });

  it("P4: a site policy for Amos's site (Redmond) wins over the global one, for that site only", () => {
    expect(amos.site).toBe('Redmond');
    const redmond = policy({ minimumLength: 8, maximumLogonAttempts: 3 });
    expectOk(savePinPolicy(tenant, { kind: 'site', site: 'Redmond' }, redmond));

    expect(effectivePinPolicy(tenant, amos)).toEqual({
      policy: redmond,
      source: 'site',
      scope: 'Redmond',
    });
    // Ken Myer is in Redmond too; Megan Bowen is in New York.
    expect(effectivePinPolicy(tenant, userByName(tenant, KEN)).source).toBe('site');
    expect(effectivePinPolicy(tenant, userByName(tenant, MEGAN))).toMatchObject({
      policy: DEFAULT_PIN_POLICY,
      source: 'global',
    });
    expect(problemsForAmos('13579')).toEqual([TOO_SHORT(8)]);
  });

  it('P4: a user policy wins over both the site and the global policy, for that user only', () => {
    expectOk(
      savePinPolicy(tenant, { kind: 'site', site: 'Redmond' }, policy({ minimumLength: 8 })),
    );
    const own = policy({ minimumLength: 4, allowCommonPatterns: true, maximumLogonAttempts: 2 });
    expectOk(savePinPolicy(tenant, { kind: 'user', userId: amos.id }, own));

    expect(effectivePinPolicy(tenant, amos)).toEqual({
      policy: own,
      source: 'user',
      scope: AMOS,
    });
    expect(effectivePinPolicy(tenant, userByName(tenant, KEN)).source).toBe('site');
    expect(problemsForAmos('1234')).toEqual([]);
  });

  it('P4: removing the user policy falls back to the site one, then removing that to the global', () => {
    expectOk(
      savePinPolicy(tenant, { kind: 'site', site: 'Redmond' }, policy({ minimumLength: 8 })),
    );
    expectOk(
      savePinPolicy(tenant, { kind: 'user', userId: amos.id }, policy({ minimumLength: 6 })),
    );
    expect(effectivePinPolicy(tenant, amos).source).toBe('user');

    expect(removePinPolicy(tenant, { kind: 'user', userId: amos.id })).toBe(true);
    expect(effectivePinPolicy(tenant, amos)).toMatchObject({ source: 'site', scope: 'Redmond' });
    expect(effectivePinPolicy(tenant, amos).policy.minimumLength).toBe(8);

    expect(removePinPolicy(tenant, { kind: 'site', site: 'Redmond' })).toBe(true);
    expect(effectivePinPolicy(tenant, amos)).toEqual({
      policy: DEFAULT_PIN_POLICY,
      source: 'global',
      scope: null,
    });
  });

  it('P4: removing a policy that does not exist reports false and changes nothing', () => {
    const before = policiesOf(tenant);
    expect(removePinPolicy(tenant, { kind: 'site', site: 'Redmond' })).toBe(false);
    expect(removePinPolicy(tenant, { kind: 'user', userId: amos.id })).toBe(false);
    expect(policiesOf(tenant)).toBe(before);
  });

  it('P4: the global policy can be edited but never removed', () => {
    expectOk(savePinPolicy(tenant, { kind: 'global' }, policy({ minimumLength: 7 })));
    const before = policiesOf(tenant);

    expect(removePinPolicy(tenant, { kind: 'global' })).toBe(false);

    expect(policiesOf(tenant)).toBe(before);
    expect(effectivePinPolicy(tenant, amos)).toMatchObject({
      source: 'global',
      policy: { minimumLength: 7 },
    });
  });

  it('P4: a saved policy is a copy: changing the object afterwards changes nothing', () => {
    const redmond = policy({ minimumLength: 8 });
    expectOk(savePinPolicy(tenant, { kind: 'site', site: 'Redmond' }, redmond));
    redmond.minimumLength = 4;
    expect(effectivePinPolicy(tenant, amos).policy.minimumLength).toBe(8);
  });

  it('P4 + P3: the effective policy decides whether resetPin accepts a specific PIN', () => {
    expectOk(
      savePinPolicy(tenant, { kind: 'site', site: 'Redmond' }, policy({ minimumLength: 8 })),
    );
    const refusal = expectRefusal(
      resetPin(tenant, ctx, amos.id, undefined, { pin: '13579', sendEmail: false }),
    );
    expect(refusal.fieldErrors?.pin).toEqual([TOO_SHORT(8)]);

    // Megan Bowen (New York) is still under the global policy.
    const megan = userByName(tenant, MEGAN);
    expect(
      expectOk(resetPin(tenant, ctx, megan.id, undefined, { pin: '13579', sendEmail: false })).pin,
    ).toBe('13579');
  });
});

describe('P4 policy fields are checked, and a refused save changes nothing', () => {
  it.each([
    [{ minimumLength: 3 }, 'minimumLength'],
    [{ minimumLength: 25 }, 'minimumLength'],
    [{ minimumLength: 5.5 }, 'minimumLength'],
    [{ maximumLogonAttempts: 0 }, 'maximumLogonAttempts'],
    [{ maximumLogonAttempts: -1 }, 'maximumLogonAttempts'],
  ] as const)('P4: %j is refused on %s', (overrides, field) => {
    expect(Object.keys(pinPolicyProblems(policy(overrides)))).toEqual([field]);
    const scopes: PolicyScope[] = [
      { kind: 'global' },
      { kind: 'site', site: 'Redmond' },
      { kind: 'user', userId: amos.id },
    ];
    for (const scope of scopes) {
      const before = policiesOf(tenant);
      const refusal = expectRefusal(savePinPolicy(tenant, scope, policy(overrides)));
      expect(refusal.code, JSON.stringify(scope)).toBe('validation');
      expect(fieldsOf(refusal)).toEqual([field]);
      expect(policiesOf(tenant)).toBe(before);
    }
    expect(effectivePinPolicy(tenant, amos)).toEqual({
      policy: DEFAULT_PIN_POLICY,
      source: 'global',
      scope: null,
    });
  });

  it.each([
    [{ minimumLength: 4 }],
    [{ minimumLength: 24 }],
    [{ maximumLogonAttempts: 1 }],
  ] as const)('P4: the boundary %j is accepted', (overrides) => {
    expect(pinPolicyProblems(policy(overrides))).toEqual({});
    expectOk(savePinPolicy(tenant, { kind: 'user', userId: amos.id }, policy(overrides)));
    expect(effectivePinPolicy(tenant, amos).policy).toMatchObject(overrides);
  });

  it('P4: a policy breaking two ranges gets a message on each field', () => {
    const refusal = expectRefusal(
      savePinPolicy(
        tenant,
        { kind: 'global' },
        policy({ minimumLength: 3, maximumLogonAttempts: 0 }),
      ),
    );
    expect(fieldsOf(refusal)).toEqual(['maximumLogonAttempts', 'minimumLength']);
    expect(refusal.fieldErrors!.minimumLength![0]).toMatch(/4 to 24/);
    expect(refusal.fieldErrors!.maximumLogonAttempts![0]).toMatch(/from 1/);
  });

  it('P4: a site with no users (unknown site) is refused on site, and nothing changes', () => {
    const before = policiesOf(tenant);
    const refusal = expectRefusal(savePinPolicy(tenant, { kind: 'site', site: 'Paris' }, policy()));
    expect(refusal.code).toBe('validation');
    expect(fieldsOf(refusal)).toEqual(['site']);
    expect(policiesOf(tenant)).toBe(before);
    expect(tenant.pinPolicies.sites.has('Paris')).toBe(false);
  });

  it('P4: an unknown user is refused on userId, and nothing changes', () => {
    const before = policiesOf(tenant);
    const refusal = expectRefusal(
      savePinPolicy(tenant, { kind: 'user', userId: 'no-such-user' }, policy()),
    );
    expect(refusal.code).toBe('validation');
    expect(fieldsOf(refusal)).toEqual(['userId']);
    expect(policiesOf(tenant)).toBe(before);
  });

  it('P4: an unknown site and a bad range get both messages', () => {
    const refusal = expectRefusal(
      savePinPolicy(tenant, { kind: 'site', site: 'Paris' }, policy({ minimumLength: 25 })),
    );
    expect(fieldsOf(refusal)).toEqual(['minimumLength', 'site']);
  });
});
