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

export function randomDigits(random: Random, length: number, firstNonZero = false): string {
  let digits = '';
  for (let i = 0; i < length; i++) {
    digits += String(i === 0 && firstNonZero ? 1 + randomInt(random, 9) : randomInt(random, 10));
  }
  return digits;
}

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[randomInt(random, items.length)]!;
}

export function randomHex(random: Random, length: number): string {
  let hex = '';
  for (let i = 0; i < length; i++) hex += randomInt(random, 16).toString(16);
  return hex;
}
