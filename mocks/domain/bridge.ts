import type { BridgeSettings, ServiceNumber } from '../../src/api/contract/bridge';

/** B1: the bridge's conference ID length is fixed at 7 digits. */
export const CONFERENCE_ID_LENGTH = 7;
/** B2 */
export const DEFAULT_PIN_LENGTH = 5;
export const MIN_PIN_LENGTH = 4;
export const MAX_PIN_LENGTH = 12;

export const DEFAULT_SERVICE_NUMBERS: ServiceNumber[] = [
  { number: '+14255550100', type: 'Toll', city: 'Redmond', country: 'United States' },
  { number: '+12125550148', type: 'Toll', city: 'New York', country: 'United States' },
  { number: '+442079460321', type: 'Toll', city: 'London', country: 'United Kingdom' },
  { number: '+18665550123', type: 'TollFree', city: 'Toll-free', country: 'United States' },
  { number: '+448005550199', type: 'TollFree', city: 'Toll-free', country: 'United Kingdom' },
];

/** B1–B5 as a new tenant has them. */
export function defaultBridgeSettings(): BridgeSettings {
  return {
    conferenceIdLength: CONFERENCE_ID_LENGTH,
    pinLength: DEFAULT_PIN_LENGTH,
    autoSendEmails: true,
    entryExitNotifications: true,
    announcementType: 'Tones',
    askCallersToRecordName: true,
    serviceNumbers: DEFAULT_SERVICE_NUMBERS.map((n) => ({ ...n })),
    defaultTollNumber: '+14255550100',
    defaultTollFreeNumber: '+18665550123',
    automaticallyUpdateMeetings: true,
  };
}

/** B5: the bridge needs at least one toll and one toll-free number, and a default toll number. */
export function bridgeNumberProblems(bridge: BridgeSettings): string[] {
  const problems: string[] = [];
  const tolls = bridge.serviceNumbers.filter((n) => n.type === 'Toll');
  const tollFrees = bridge.serviceNumbers.filter((n) => n.type === 'TollFree');
  if (tolls.length === 0) problems.push('The bridge needs at least one toll number.');
  if (tollFrees.length === 0) problems.push('The bridge needs at least one toll-free number.');
  if (!tolls.some((n) => n.number === bridge.defaultTollNumber)) {
    problems.push("The default toll number must be one of the bridge's toll numbers.");
  }
  if (
    bridge.defaultTollFreeNumber !== null &&
    !tollFrees.some((n) => n.number === bridge.defaultTollFreeNumber)
  ) {
    problems.push("The default toll-free number must be one of the bridge's toll-free numbers.");
  }
  return problems;
}

/** The dial-in numbers an email carries for a user: theirs if set, else the bridge defaults. */
export function dialInNumbersFor(
  bridge: BridgeSettings,
  user: { audio: { tollNumber: string | null; tollFreeNumber: string | null } },
): { toll: string; tollFree: string | null } {
  return {
    toll: user.audio.tollNumber ?? bridge.defaultTollNumber,
    tollFree: user.audio.tollFreeNumber ?? bridge.defaultTollFreeNumber,
  };
}
