import { randomDigits, randomInt, seededRandom, type Random } from './random';
import { sha256Hex } from './sha256';
import type { StoredPin } from './types';

/** Hex spelled with the letters a–p: a stored hash then never holds a run of digits. */
function toLetters(hex: string): string {
  const codes = new Array<number>(hex.length);
  for (let i = 0; i < hex.length; i++) {
    const c = hex.charCodeAt(i);
    codes[i] = 97 + (c <= 57 ? c - 48 : c - 87);
  }
  return String.fromCharCode(...codes);
}
/** P1: digits only, of the bridge's PIN length at the time it is generated (B2). */
export function generatePin(random: Random, length: number): string {
  return randomDigits(random, length);
}

/** 16 letters a–p: what `toLetters(randomHex(random, 16))` gives, without the hex string. */
function randomSalt(random: Random): string {
  const codes = new Array<number>(16);
  for (let i = 0; i < 16; i++) codes[i] = 97 + randomInt(random, 16);
  return String.fromCharCode(...codes);
}

/** P2: a PIN is kept only as a salted hash. */
export function hashPin(pin: string, random: Random): StoredPin {
  const salt = randomSalt(random);
  return { salt, hash: toLetters(sha256Hex(`${salt}:${pin}`)), length: pin.length };
}

/**
 * A stored PIN that no one knows, for the thousands of generated users: it takes the same place in
 * the seeded sequence as a hashed one, but costs no SHA-256, so 100,000 users generate quickly.
 * Nothing can match it but a PIN the admin or the user sets later.
 */
export function unknownPin(random: Random, length: number): StoredPin {
  const salt = randomSalt(random);
  const noise = seededRandom(fnv1a(salt));
  const codes = new Array<number>(64);
  for (let i = 0; i < 64; i += 8) {
    const bits = Math.floor(noise() * 4294967296);
    for (let j = 0; j < 8; j++) codes[i + j] = 97 + ((bits >>> (j * 4)) & 15);
  }
  return { salt, hash: String.fromCharCode(...codes), length };
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function pinMatches(stored: StoredPin, candidate: string): boolean {
  return toLetters(sha256Hex(`${stored.salt}:${candidate}`)) === stored.hash;
}
