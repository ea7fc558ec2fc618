import { randomDigits, randomHex, type Random } from './random';
import { sha256Hex } from './sha256';
import type { StoredPin } from './types';

/** Hex spelled with the letters a–p: a stored hash then never holds a run of digits. */
function toLetters(hex: string): string {
  return hex.replace(/[0-9a-f]/g, (c) => String.fromCharCode(97 + parseInt(c, 16)));
}

/** P1: digits only, of the bridge's PIN length at the time it is generated (B2). */
export function generatePin(random: Random, length: number): string {
  return randomDigits(random, length);
}

/** P2: a PIN is kept only as a salted hash. */
export function hashPin(pin: string, random: Random): StoredPin {
  const salt = toLetters(randomHex(random, 16));
  return { salt, hash: toLetters(sha256Hex(`${salt}:${pin}`)), length: pin.length };
}

export function pinMatches(stored: StoredPin, candidate: string): boolean {
  return toLetters(sha256Hex(`${stored.salt}:${candidate}`)) === stored.hash;
}
