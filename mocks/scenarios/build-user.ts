import { hashPin, unknownPin } from '../domain/pin';
import { randomHex, type Random } from '../domain/random';
import type { UserRecord } from '../domain/types';
import type { DialOut, Provider } from '../../src/api/contract/common';

export interface UserSpec {
  givenName: string;
  surname: string;
  /** Defaults to "Given Surname". */
  displayName?: string;
  /** false: no mailbox (no primary SMTP address). */
  mailbox?: boolean;
  department: string;
  site: string;
  lineNumber: string | null;
  enabled: boolean;
  provider: Provider;
  thirdPartyProviderName?: string;
  conferenceId: string | null;
  /** A PIN to store (hashed) for the user, or null for none. */
  pin: string | null;
  /** Keep the PIN as one no one knows (see `unknownPin`): for generated users. */
  pinUnknown?: boolean;
  pinLocked?: boolean;
  dialOut?: DialOut;
}

/** Deterministic GUID-shaped ids from the scenario's seed. */
export function makeUserId(random: Random): string {
  const hex = randomHex(random, 32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function buildUser(
  spec: UserSpec,
  domain: string,
  random: Random,
  pinChangedAt: string,
): UserRecord {
  const alias = `${spec.givenName}.${spec.surname}`.toLowerCase().replace(/[^a-z0-9.]/g, '');
  return {
    id: makeUserId(random),
    displayName: spec.displayName ?? `${spec.givenName} ${spec.surname}`,
    givenName: spec.givenName,
    surname: spec.surname,
    samAccountName: alias.replace('.', '').slice(0, 20),
    email: spec.mailbox === false ? null : `${alias}@${domain}`,
    sipAddress: `sip:${alias}@${domain}`,
    lineUri: spec.lineNumber ? `tel:${spec.lineNumber}` : null,
    phoneNumber: spec.lineNumber,
    department: spec.department,
    site: spec.site,
    audio: {
      enabled: spec.enabled,
      provider: spec.provider,
      thirdPartyProviderName:
        spec.provider === 'ThirdParty' ? (spec.thirdPartyProviderName ?? null) : null,
      conferenceId: spec.conferenceId,
      tollNumber: null,
      tollFreeNumber: null,
      allowUnauthenticatedStart: false,
      dialOut: spec.dialOut ?? 'InternationalAndDomestic',
    },
    pin: {
      stored: !spec.pin
        ? null
        : spec.pinUnknown
          ? unknownPin(random, spec.pin.length)
          : hashPin(spec.pin, random),
      locked: spec.pinLocked ?? false,
      lastChangedAt: spec.pin ? pinChangedAt : null,
      failedAttempts: 0,
    },
    version: 1,
  };
}
