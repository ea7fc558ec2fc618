import { describe, expect, it } from 'vitest';
import type { BridgeSettings } from '../../src/api/contract/bridge';
import { generateScenario } from '../scenarios/scenarios';
import { resetPin } from './actions';
import {
  bridgeNumberProblems,
  CONFERENCE_ID_LENGTH,
  DEFAULT_PIN_LENGTH,
  defaultBridgeSettings,
  dialInNumbersFor,
  MAX_PIN_LENGTH,
  MIN_PIN_LENGTH,
} from './bridge';
import { pinMatches } from './pin';
import { AMOS, expectOk, KEN, testContext, userByName } from './test-helpers';

describe('B1 conference ID length', () => {
  it('B1: the bridge conference ID length is 7 digits', () => {
    expect(CONFERENCE_ID_LENGTH).toBe(7);
    expect(defaultBridgeSettings().conferenceIdLength).toBe(7);
  });

  it('B1: the default scenario bridge uses 7-digit conference IDs', () => {
    expect(generateScenario('default').bridge.conferenceIdLength).toBe(7);
  });
});

describe('B2 PIN length', () => {
  it('B2: the PIN length defaults to 5 and may range from 4 to 12', () => {
    expect(DEFAULT_PIN_LENGTH).toBe(5);
    expect(defaultBridgeSettings().pinLength).toBe(5);
    expect(MIN_PIN_LENGTH).toBe(4);
    expect(MAX_PIN_LENGTH).toBe(12);
  });

  it('B2: every seeded PIN of the default scenario has the default length 5', () => {
    const tenant = generateScenario('default');
    const lengths = tenant.users.flatMap((u) => (u.pin.stored ? [u.pin.stored.length] : []));
    expect(lengths.length).toBeGreaterThan(20);
    expect(new Set(lengths)).toEqual(new Set([5]));
  });

  it('B2: a new PIN length applies only to PINs generated afterwards; existing PINs keep theirs', () => {
    const tenant = generateScenario('default');
    const ctx = testContext();
    const amos = userByName(tenant, AMOS);
    const amosPin = expectOk(resetPin(tenant, ctx, amos.id)).pin;
    expect(amosPin).toMatch(/^[0-9]{5}$/);

    tenant.bridge.pinLength = 8;

    expect(amos.pin.stored?.length).toBe(5);
    expect(pinMatches(amos.pin.stored!, amosPin)).toBe(true);
    const kenPin = expectOk(resetPin(tenant, ctx, userByName(tenant, KEN).id)).pin;
    expect(kenPin).toMatch(/^[0-9]{8}$/);
    expect(userByName(tenant, KEN).pin.stored?.length).toBe(8);
  });
});

describe('B3 automatic emails setting', () => {
  it('B3: "Automatically send emails to users" is on by default', () => {
    expect(defaultBridgeSettings().autoSendEmails).toBe(true);
    expect(generateScenario('default').bridge.autoSendEmails).toBe(true);
  });
});

describe('B5 dial-in service numbers (bridgeNumberProblems)', () => {
  const withNumbers = (change: Partial<BridgeSettings>): BridgeSettings => ({
    ...defaultBridgeSettings(),
    ...change,
  });

  it('B5: the default bridge has no number problems', () => {
    expect(bridgeNumberProblems(defaultBridgeSettings())).toEqual([]);
  });

  it('B5: the default numbers are present in the default bridge with the right types', () => {
    const bridge = defaultBridgeSettings();
    const typeOf = (number: string | null) =>
      bridge.serviceNumbers.find((n) => n.number === number)?.type;
    expect(bridge.defaultTollNumber).toBe('+14255550100');
    expect(typeOf(bridge.defaultTollNumber)).toBe('Toll');
    expect(bridge.defaultTollFreeNumber).toBe('+18665550123');
    expect(typeOf(bridge.defaultTollFreeNumber)).toBe('TollFree');
  });

  it('B5: every default service number is in E.164 form', () => {
    const numbers = defaultBridgeSettings().serviceNumbers.map((n) => n.number);
    expect(numbers.length).toBeGreaterThanOrEqual(2);
    for (const number of numbers) expect(number).toMatch(/^\+[1-9][0-9]{6,14}$/);
  });

  it('B5: a bridge without any toll number is refused', () => {
    const bridge = withNumbers({
      serviceNumbers: defaultBridgeSettings().serviceNumbers.filter((n) => n.type !== 'Toll'),
    });
    const problems = bridgeNumberProblems(bridge);
    expect(problems).toContain('The bridge needs at least one toll number.');
  });

  it('B5: a bridge without any toll-free number is refused', () => {
    const bridge = withNumbers({
      serviceNumbers: defaultBridgeSettings().serviceNumbers.filter((n) => n.type !== 'TollFree'),
      defaultTollFreeNumber: null,
    });
    expect(bridgeNumberProblems(bridge)).toEqual([
      'The bridge needs at least one toll-free number.',
    ]);
  });

  it('B5: the default toll number is required', () => {
    const problems = bridgeNumberProblems(withNumbers({ defaultTollNumber: '' }));
    expect(problems).toEqual(["The default toll number must be one of the bridge's toll numbers."]);
  });

  it('B5: the default toll number must be a toll number, not a toll-free one', () => {
    const problems = bridgeNumberProblems(withNumbers({ defaultTollNumber: '+18665550123' }));
    expect(problems).toEqual(["The default toll number must be one of the bridge's toll numbers."]);
  });

  it("B5: the default toll number must be one of the bridge's numbers", () => {
    const problems = bridgeNumberProblems(withNumbers({ defaultTollNumber: '+15555550000' }));
    expect(problems).toHaveLength(1);
  });

  it('B5: another toll number of the bridge may be the default', () => {
    expect(bridgeNumberProblems(withNumbers({ defaultTollNumber: '+442079460321' }))).toEqual([]);
  });

  it('B5: the default toll-free number is optional', () => {
    expect(bridgeNumberProblems(withNumbers({ defaultTollFreeNumber: null }))).toEqual([]);
  });

  it('B5: a default toll-free number, when given, must be a toll-free number of the bridge', () => {
    expect(bridgeNumberProblems(withNumbers({ defaultTollFreeNumber: '+14255550100' }))).toEqual([
      "The default toll-free number must be one of the bridge's toll-free numbers.",
    ]);
    expect(
      bridgeNumberProblems(withNumbers({ defaultTollFreeNumber: '+18005550000' })),
    ).toHaveLength(1);
  });

  it('B5: a user without numbers of their own gets the default dial-in numbers', () => {
    const bridge = defaultBridgeSettings();
    const user = { audio: { tollNumber: null, tollFreeNumber: null } };
    expect(dialInNumbersFor(bridge, user)).toEqual({
      toll: '+14255550100',
      tollFree: '+18665550123',
    });
  });
});
