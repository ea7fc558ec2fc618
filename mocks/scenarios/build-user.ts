import { hashPin, unknownPin } from '../domain/pin';
import { HEX, randomInt, type Random } from '../domain/random';
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

/**
 * Deterministic GUID-shaped ids from the scenario's seed: 32 hex digits (as `randomHex` draws
 * them) with the dashes written in as they are drawn, one flat string and no slices.
 */
export function makeUserId(random: Random): string {
  const codes = new Array<number>(36);
  let at = 0;
  for (let i = 0; i < 32; i++) {
    if (i === 8 || i === 12 || i === 16 || i === 20) codes[at++] = DASH;
    codes[at++] = HEX.charCodeAt(randomInt(random, 16));
  }
  return String.fromCharCode(...codes);
}

const DASH = '-'.charCodeAt(0);

/*
 * A user's strings are made flat. A string built with `+` or a template is a rope of its parts, and
 * a slice of 13 characters or more points into the whole it was cut from: for the 100,000 users of
 * `large` that is a third of the mock's heap, and as many more objects for each garbage collection
 * to mark. `Array.prototype.join` and `String.fromCharCode` copy the characters into one string.
 */
const joined = (parts: readonly string[], separator = '') => parts.join(separator);

/** A flat copy of a string that may be a slice of a longer one. */
function copied(text: string): string {
  const codes = new Array<number>(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
  return String.fromCharCode(...codes);
}

/** A name as it goes into an alias: lower case, letters and digits only. */
const aliasParts = new Map<string, string>();
/** Given names and surnames repeat; a surname made unique with a number doesn't, so a cap. */
const ALIAS_PARTS_KEPT = 10_000;

function aliasPart(name: string): string {
  let part = aliasParts.get(name);
  if (part === undefined) {
    part = name.toLowerCase().replace(/[^a-z0-9.]/g, '');
    if (aliasParts.size < ALIAS_PARTS_KEPT) aliasParts.set(name, part);
  }
  return part;
}

/** What a user is given from the seed besides the spec: a conference ID and a PIN. */
export type DrawnIdentity = Pick<UserSpec, 'conferenceId' | 'pin' | 'pinUnknown'>;

export function buildUser(
  spec: Omit<UserSpec, keyof DrawnIdentity>,
  drawn: DrawnIdentity,
  domain: string,
  random: Random,
  pinChangedAt: string,
): UserRecord {
  const alias = joined([aliasPart(spec.givenName), aliasPart(spec.surname)], '.');
  return {
    id: makeUserId(random),
    displayName: spec.displayName ?? joined([spec.givenName, spec.surname], ' '),
    givenName: spec.givenName,
    surname: spec.surname,
    samAccountName: copied(alias.replace('.', '').slice(0, 20)),
    email: spec.mailbox === false ? null : joined([alias, domain], '@'),
    sipAddress: joined(['sip:', alias, '@', domain]),
    lineUri: spec.lineNumber ? joined(['tel:', spec.lineNumber]) : null,
    phoneNumber: spec.lineNumber,
    department: spec.department,
    site: spec.site,
    audio: {
      enabled: spec.enabled,
      provider: spec.provider,
      thirdPartyProviderName:
        spec.provider === 'ThirdParty' ? (spec.thirdPartyProviderName ?? null) : null,
      conferenceId: drawn.conferenceId,
      tollNumber: null,
      tollFreeNumber: null,
      allowUnauthenticatedStart: false,
      dialOut: spec.dialOut ?? 'InternationalAndDomestic',
    },
    pin: {
      stored: !drawn.pin
        ? null
        : drawn.pinUnknown
          ? unknownPin(random, drawn.pin.length)
          : hashPin(drawn.pin, random),
      locked: spec.pinLocked ?? false,
      lastChangedAt: drawn.pin ? pinChangedAt : null,
      failedAttempts: 0,
    },
    version: 1,
  };
}
