import { useCallback, useRef } from 'react';
import { ApiError } from '../api/api-error';

interface Pending {
  key: string;
  body: string;
  inFlight?: Promise<unknown>;
}

/**
 * A4: one intended change, sent once. The same request again — a double click, an Enter held
 * down, a retry after a dropped response — carries the same Idempotency-Key, so the server does it
 * once; while it is under way a repeat waits for the same answer instead of sending again. Once
 * the server has answered (done or refused) the key is spent, and the next request gets a new
 * key. When no answer came back (the network failed) the change may or may not have happened,
 * and only the same key can find out without doing it twice: it is kept for the retry.
 */
export function useIdempotencyKey() {
  const pending = useRef<Pending | null>(null);

  const send = useCallback(<T>(body: unknown, request: (key: string) => Promise<T>): Promise<T> => {
    const text = JSON.stringify(body ?? null);
    if (pending.current?.body !== text) pending.current = { key: crypto.randomUUID(), body: text };
    const current = pending.current;
    if (current.inFlight) return current.inFlight as Promise<T>;
    const spend = () => {
      if (pending.current === current) pending.current = null;
    };
    const inFlight = request(current.key)
      .then(
        (value) => {
          spend();
          return value;
        },
        (error: unknown) => {
          if (!(error instanceof ApiError && error.isNetworkError)) spend();
          throw error;
        },
      )
      .finally(() => {
        current.inFlight = undefined;
      });
    current.inFlight = inFlight;
    return inFlight;
  }, []);

  return { send };
}
