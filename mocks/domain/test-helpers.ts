/**
 * Helpers for the domain's unit tests (no vitest import, so that any test file can use them).
 */
import type { SentEmail } from '../../src/api/contract/common';
import { seededRandom, type Random } from './random';
import type { Refusal, Result } from './result';
import type { DomainContext, Tenant, UserRecord } from './types';

export const NOW_ISO = '2026-11-22T10:00:00.000Z';

/** The deterministic context every domain test runs with. */
export function testContext(seed = 1): DomainContext {
  return { now: () => new Date('2026-11-22T10:00:00Z'), random: seededRandom(seed) };
}

/** The one user with this display name; throws when there is none or more than one. */
export function userByName(tenant: Tenant, displayName: string): UserRecord {
  const matches = tenant.users.filter((u) => u.displayName === displayName);
  if (matches.length !== 1) {
    throw new Error(`Expected exactly one user named ${displayName}, found ${matches.length}`);
  }
  return matches[0]!;
}

export function expectOk<T>(result: Result<T>): T {
  if (!result.ok) {
    throw new Error(`Expected success, got refusal ${result.code}: ${result.message}`);
  }
  return result.value;
}

export function expectRefusal<T>(result: Result<T>): Refusal {
  if (result.ok)
    throw new Error(`Expected a refusal, got success: ${JSON.stringify(result.value)}`);
  return result;
}

/**
 * A `random` that hands out the given values in order and throws once they run out, so that a
 * test knows exactly what a domain function drew (and a loop that never ends fails instead).
 */
export function queueRandom(values: readonly number[]): Random & { remaining: () => number } {
  const queue = [...values];
  const random = () => {
    const next = queue.shift();
    if (next === undefined) throw new Error('queueRandom: ran out of values');
    return next;
  };
  return Object.assign(random, { remaining: () => queue.length });
}

/** The values that make `randomDigits(random, digits.length, firstNonZero)` return `digits`. */
export function valuesForDigits(digits: string, firstNonZero: boolean): number[] {
  return [...digits].map((c, i) => {
    const d = Number(c);
    if (!/^[0-9]$/.test(c)) throw new Error(`valuesForDigits: not a digit: ${c}`);
    if (i === 0 && firstNonZero) {
      if (d === 0) throw new Error('valuesForDigits: first digit must not be 0');
      return (d - 1 + 0.5) / 9;
    }
    return (d + 0.5) / 10;
  });
}

/** Values that make conference ID generation (first digit non-zero) yield these IDs in order. */
export function valuesForConferenceIds(...ids: string[]): number[] {
  return ids.flatMap((id) => valuesForDigits(id, true));
}

/** `n` values from a seeded stream, for the draws a test does not care about (e.g. salts). */
export function seededValues(seed: number, n: number): number[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, () => random());
}

/**
 * Matches the PIN as a whole number, not as part of a longer run of digits (a 7-digit
 * conference ID or a phone number may contain any 5 digits).
 */
export function wholeNumberPattern(pin: string): RegExp {
  return new RegExp(`(?<!\\d)${pin}(?!\\d)`);
}

export function lastEmail(tenant: Tenant): SentEmail {
  const email = tenant.mailbox.at(-1);
  if (!email) throw new Error('The mailbox is empty');
  return email;
}

/** Everything a domain action could change, as one comparable string ("nothing changed"). */
export function stateOf(tenant: Tenant): string {
  return JSON.stringify({
    bridge: tenant.bridge,
    users: tenant.users,
    assigned: [...tenant.assignedConferenceIds],
    retired: [...tenant.retiredConferenceIds],
    mailbox: tenant.mailbox,
    changed: [...tenant.changedUserIds],
    nextEmailNumber: tenant.nextEmailNumber,
  });
}

/** What identifies a generated tenant: user ids, names, conference IDs, PIN hashes and salts. */
export function fingerprint(tenant: Tenant) {
  return {
    scenario: tenant.scenario,
    domain: tenant.domain,
    bridge: tenant.bridge,
    users: tenant.users.map((u) => ({
      id: u.id,
      displayName: u.displayName,
      email: u.email,
      lineUri: u.lineUri,
      enabled: u.audio.enabled,
      provider: u.audio.provider,
      conferenceId: u.audio.conferenceId,
      pinHash: u.pin.stored?.hash ?? null,
      pinSalt: u.pin.stored?.salt ?? null,
      pinLocked: u.pin.locked,
      pinLastChangedAt: u.pin.lastChangedAt,
    })),
    retired: [...tenant.retiredConferenceIds],
    mailbox: tenant.mailbox,
  };
}

/** PRODUCT.md §4 fixtures of the default scenario. */
export const AMOS = 'Amos Marble';
export const KEN = 'Ken Myer';
export const MEGAN = 'Megan Bowen';
export const ALEX = 'Alex Wilber';
export const LIDIA = 'Lidia Holloway';
export const DIEGO = 'Diego Siciliani';
export const ISAIAH = 'Isaiah Langer <img src=x onerror=alert(1)>';
