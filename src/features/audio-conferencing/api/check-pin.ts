import { useEffect, useState } from 'react';
import { checkPinRoute } from '../../../api/contract/pins';
import { request } from '../../../api/http-client';

/** P3, live: what a specific PIN breaks under the user's policy, checked by the server. */
export function checkPin(userId: string, pin: string, signal?: AbortSignal) {
  return request(checkPinRoute, { params: { userId }, body: { pin }, signal });
}

/**
 * The problems of `pin`, a moment after the admin stops typing. Kept in component state, never
 * in the query cache: the PIN is a secret (A3).
 */
export function usePinProblems(userId: string, pin: string | null) {
  const [result, setResult] = useState<{ pin: string; problems: string[] } | null>(null);
  useEffect(() => {
    if (pin === null || pin === '') return;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      checkPin(userId, pin, controller.signal)
        .then(({ problems }) => setResult({ pin, problems }))
        .catch(() => undefined);
    }, 250);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [userId, pin]);
  return result && result.pin === pin ? result.problems : null;
}
