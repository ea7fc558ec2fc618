import { beforeEach, describe, expect, it } from 'vitest';
import { formatPhoneNumber } from '../../src/api/format';
import { generateScenario } from '../scenarios/scenarios';
import { resetConferenceId } from './actions';
import { updateBridgeSettings, type BridgeSettingsUpdate } from './bridge-settings';
import {
  AMOS,
  expectOk,
  expectRefusal,
  lastEmail,
  stateOf,
  testContext,
  userByName,
} from './test-helpers';
import type { Tenant } from './types';

const REDMOND_TOLL = '+14255550100';
const NEW_YORK_TOLL = '+12125550148';
const LONDON_TOLL = '+442079460321';
const US_TOLL_FREE = '+18665550123';
const UK_TOLL_FREE = '+448005550199';

let tenant: Tenant;

beforeEach(() => {
  tenant = generateScenario('default');
});

/** The bridge settings an admin submits, with some changed. */
function update(changes: Partial<BridgeSettingsUpdate> = {}): BridgeSettingsUpdate {
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

/** Refused on exactly these fields, with the bridge and everything else unchanged. */
function expectRefusedOn(changes: Partial<BridgeSettingsUpdate>, fields: string[]): void {
  const before = stateOf(tenant);
  const refusal = expectRefusal(updateBridgeSettings(tenant, update(changes)));
  expect(refusal.code).toBe('validation');
  expect(Object.keys(refusal.fieldErrors ?? {}).sort()).toEqual([...fields].sort());
  for (const field of fields) expect(refusal.fieldErrors![field]![0]!.length).toBeGreaterThan(10);
  expect(stateOf(tenant)).toBe(before);
}

describe('B1–B5 the bridge as a new tenant has it', () => {
  it('B2–B5: PIN length 5, automatic emails on, notifications on, tones, record names on, default numbers set', () => {
    expect(tenant.bridge).toMatchObject({
      conferenceIdLength: 7,
      pinLength: 5,
      autoSendEmails: true,
      entryExitNotifications: true,
      announcementType: 'Tones',
      askCallersToRecordName: true,
      defaultTollNumber: REDMOND_TOLL,
      defaultTollFreeNumber: US_TOLL_FREE,
    });
  });

  it('B1–B5: submitting the settings unchanged succeeds and changes nothing', () => {
    const before = stateOf(tenant);
    expect(expectOk(updateBridgeSettings(tenant, update()))).toEqual(tenant.bridge);
    expect(stateOf(tenant)).toBe(before);
  });
});

describe('B2 PIN length 4–12', () => {
  it.each([4, 5, 6, 8, 12])('B2: PIN length %i is accepted', (pinLength) => {
    const saved = expectOk(updateBridgeSettings(tenant, update({ pinLength })));
    expect(saved.pinLength).toBe(pinLength);
    expect(tenant.bridge.pinLength).toBe(pinLength);
  });

  it.each([3, 13, 5.5, 0, -5, Number.NaN, Number.POSITIVE_INFINITY])(
    'B2: PIN length %s is refused on pinLength, and nothing changes',
    (pinLength) => {
      expectRefusedOn({ pinLength }, ['pinLength']);
      expect(tenant.bridge.pinLength).toBe(5);
    },
  );

  it('B2: a refused PIN length also keeps the valid changes sent with it from being saved', () => {
    expectRefusedOn(
      { pinLength: 13, autoSendEmails: false, announcementType: 'NamesOrPhoneNumbers' },
      ['pinLength'],
    );
    expect(tenant.bridge.autoSendEmails).toBe(true);
    expect(tenant.bridge.announcementType).toBe('Tones');
  });
});

describe('B3/B4 switches round-trip', () => {
  it('B3: automatic emails can be turned off and on again', () => {
    expect(
      expectOk(updateBridgeSettings(tenant, update({ autoSendEmails: false }))).autoSendEmails,
    ).toBe(false);
    expect(tenant.bridge.autoSendEmails).toBe(false);
    expect(
      expectOk(updateBridgeSettings(tenant, update({ autoSendEmails: true }))).autoSendEmails,
    ).toBe(true);
    expect(tenant.bridge.autoSendEmails).toBe(true);
  });

  it('B3 + E1: with automatic emails turned off via the settings, a conference ID reset sends nothing', () => {
    expectOk(updateBridgeSettings(tenant, update({ autoSendEmails: false })));
    const response = expectOk(
      resetConferenceId(tenant, testContext(), userByName(tenant, AMOS).id),
    );
    expect(response.email.sent).toBe(false);
    expect(tenant.mailbox).toHaveLength(0);
  });

  it('B4: entry/exit notifications, announcement type and record-name round-trip together', () => {
    const changes = {
      entryExitNotifications: false,
      announcementType: 'NamesOrPhoneNumbers',
      askCallersToRecordName: false,
    } as const;
    expect(expectOk(updateBridgeSettings(tenant, update(changes)))).toMatchObject(changes);
    expect(tenant.bridge).toMatchObject(changes);

    const back = {
      entryExitNotifications: true,
      announcementType: 'Tones',
      askCallersToRecordName: true,
    } as const;
    expectOk(updateBridgeSettings(tenant, update(back)));
    expect(tenant.bridge).toMatchObject(back);
  });

  it('B2–B4: one save changes only what was sent; the conference ID length and numbers stay', () => {
    const numbers = JSON.stringify(tenant.bridge.serviceNumbers);
    expectOk(updateBridgeSettings(tenant, update({ pinLength: 6, entryExitNotifications: false })));
    expect(tenant.bridge).toMatchObject({
      conferenceIdLength: 7,
      pinLength: 6,
      autoSendEmails: true,
      entryExitNotifications: false,
      announcementType: 'Tones',
      askCallersToRecordName: true,
      defaultTollNumber: REDMOND_TOLL,
      defaultTollFreeNumber: US_TOLL_FREE,
    });
    expect(JSON.stringify(tenant.bridge.serviceNumbers)).toBe(numbers);
  });

  it('B2–B4: the settings returned are the settings saved', () => {
    const saved = expectOk(updateBridgeSettings(tenant, update({ pinLength: 6 })));
    expect(saved).toEqual(tenant.bridge);
    expect(saved.pinLength).toBe(6);
  });
});

describe('B5 default dial-in numbers', () => {
  it.each([NEW_YORK_TOLL, LONDON_TOLL, REDMOND_TOLL])(
    "B5: default toll number %s (one of the bridge's Toll numbers) is accepted",
    (defaultTollNumber) => {
      expectOk(updateBridgeSettings(tenant, update({ defaultTollNumber })));
      expect(tenant.bridge.defaultTollNumber).toBe(defaultTollNumber);
    },
  );

  it.each([
    [US_TOLL_FREE, 'a toll-free number of the bridge'],
    ['+14255559999', 'a number not on the bridge'],
    ['', 'no number'],
    ['not a number', 'not a number'],
  ])(
    'B5: default toll number %j (%s) is refused on defaultTollNumber, and nothing changes',
    (defaultTollNumber) => {
      expectRefusedOn({ defaultTollNumber }, ['defaultTollNumber']);
      expect(tenant.bridge.defaultTollNumber).toBe(REDMOND_TOLL);
    },
  );

  it.each([UK_TOLL_FREE, US_TOLL_FREE, null])(
    'B5: default toll-free number %s (a TollFree number of the bridge, or none) is accepted',
    (defaultTollFreeNumber) => {
      expectOk(updateBridgeSettings(tenant, update({ defaultTollFreeNumber })));
      expect(tenant.bridge.defaultTollFreeNumber).toBe(defaultTollFreeNumber);
    },
  );

  it.each([
    [REDMOND_TOLL, 'a toll number of the bridge'],
    ['+18005550000', 'a number not on the bridge'],
  ])(
    'B5: default toll-free number %j (%s) is refused on defaultTollFreeNumber, and nothing changes',
    (defaultTollFreeNumber) => {
      expectRefusedOn({ defaultTollFreeNumber }, ['defaultTollFreeNumber']);
      expect(tenant.bridge.defaultTollFreeNumber).toBe(US_TOLL_FREE);
    },
  );

  it('B5: a bad PIN length and two bad numbers get a message on each field', () => {
    expectRefusedOn(
      { pinLength: 3, defaultTollNumber: US_TOLL_FREE, defaultTollFreeNumber: NEW_YORK_TOLL },
      ['pinLength', 'defaultTollNumber', 'defaultTollFreeNumber'],
    );
  });

  it('B5 + E1: emails carry the new default numbers (or no toll-free line when there is none)', () => {
    expectOk(
      updateBridgeSettings(
        tenant,
        update({ defaultTollNumber: NEW_YORK_TOLL, defaultTollFreeNumber: null }),
      ),
    );
    const amos = userByName(tenant, AMOS);
    expect(amos.audio.tollNumber).toBeNull();

    expectOk(resetConferenceId(tenant, testContext(), amos.id));

    const body = lastEmail(tenant).body;
    expect(body).toContain(`Toll: ${formatPhoneNumber(NEW_YORK_TOLL)}`);
    expect(body).not.toContain(formatPhoneNumber(REDMOND_TOLL));
    expect(body).not.toMatch(/Toll-free:/);
  });
});
