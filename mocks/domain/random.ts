/** A source of numbers in [0, 1). Seeded for scenarios, cryptographic for PINs and IDs. */
export type Random = () => number;

/** mulberry32: small, fast and deterministic — the same seed gives the same tenant. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function secureRandom(): Random {
  const buffer = new Uint32Array(1);
  return () => {
    globalThis.crypto.getRandomValues(buffer);
    return buffer[0]! / 4294967296;
  };
}

export function randomInt(random: Random, maxExclusive: number): number {
  return Math.floor(random() * maxExclusive);
}

/*
 * Built from char codes in one go: a string grown a character at a time is a rope of one node per
 * character, which for 100,000 generated users costs hundreds of megabytes and seconds of GC.
 */
export function randomDigits(random: Random, length: number, firstNonZero = false): string {
  const codes = new Array<number>(length);
  for (let i = 0; i < length; i++) {
    codes[i] = 48 + (i === 0 && firstNonZero ? 1 + randomInt(random, 9) : randomInt(random, 10));
  }
  return String.fromCharCode(...codes);
}

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[randomInt(random, items.length)]!;
}

export const HEX = '0123456789abcdef';

export function randomHex(random: Random, length: number): string {
  const codes = new Array<number>(length);
  for (let i = 0; i < length; i++) codes[i] = HEX.charCodeAt(randomInt(random, 16));
  return String.fromCharCode(...codes);
}
