import { sha256Hex } from './sha256';
import { refuse, type Refusal } from './result';

/**
 * A4: a POST with an Idempotency-Key runs once. A repeat with the same body gets the first
 * answer again (a double click, a retry after a dropped response); a repeat while the first is
 * still running gets 409; the same key with another body gets 422. Keys are kept for a day.
 */
export interface StoredAnswer {
  status: number;
  body: unknown;
  /** A 201's `Location`: a replay names what the first request made. */
  location?: string;
}

interface KeyRecord {
  fingerprint: string;
  answer: StoredAnswer | null; // null while the first request runs
  at: number;
}

export const KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;
const MAX_KEY_LENGTH = 200;

export type IdempotencyDecision =
  | { kind: 'run'; finish: (answer: StoredAnswer) => void; abandon: () => void }
  | { kind: 'replay'; answer: StoredAnswer }
  | { kind: 'refuse'; status: 400 | 409 | 422; refusal: Refusal };

export interface IdempotencyStore {
  /** `scope` keeps callers apart: one caller's key never answers another's request. */
  begin(key: string, scope: string, fingerprint: string, now: number): IdempotencyDecision;
  /** Forgets every key: the tenant they were answered for is gone (Reset demo data). */
  clear(): void;
  /**
   * Forgets one key, whoever used it: its request is to run again, because a host undid what it
   * did (the browser's worker, when the page's storage refused the write after the answer).
   */
  forget(key: string): void;
}

export function createIdempotencyStore(): IdempotencyStore {
  const records = new Map<string, KeyRecord>();
  return {
    clear: () => records.clear(),
    forget(key) {
      for (const id of [...records.keys()]) {
        if (id.endsWith(`\n${key}`)) records.delete(id);
      }
    },
    begin(key, scope, fingerprint, now) {
      if (key.length === 0 || key.length > MAX_KEY_LENGTH) {
        return {
          kind: 'refuse',
          status: 400,
          refusal: refuse(
            'validation',
            `An Idempotency-Key has 1 to ${MAX_KEY_LENGTH} characters.`,
          ),
        };
      }
      for (const [stored, record] of records) {
        if (now - record.at > KEY_LIFETIME_MS) records.delete(stored);
      }
      const id = `${scope}\n${key}`;
      const existing = records.get(id);
      if (existing) {
        if (existing.fingerprint !== fingerprint) {
          return {
            kind: 'refuse',
            status: 422,
            refusal: refuse(
              'idempotency_mismatch',
              'This Idempotency-Key was already used for a different request. Use a new key for a new request.',
            ),
          };
        }
        if (!existing.answer) {
          return {
            kind: 'refuse',
            status: 409,
            refusal: refuse(
              'in_progress',
              'The same request is still being processed. Wait for its answer instead of sending it again.',
            ),
          };
        }
        return { kind: 'replay', answer: existing.answer };
      }
      const record: KeyRecord = { fingerprint, answer: null, at: now };
      records.set(id, record);
      return {
        kind: 'run',
        finish: (answer) => {
          record.answer = answer;
        },
        // A request that never produced an answer (the network failed first) may be sent again.
        abandon: () => void records.delete(id),
      };
    },
  };
}

/**
 * What makes two requests "the same": method, path and body. A salted hash: a body may hold a
 * PIN (Enter a specific PIN), and a PIN is kept nowhere (A3), not even as a hash that the few
 * possible PINs could be tried against without the salt, which never leaves the process.
 */
export function fingerprintOf(salt: string, method: string, path: string, body: string): string {
  return sha256Hex(`${salt}\n${method.toUpperCase()} ${path}\n${body}`);
}
