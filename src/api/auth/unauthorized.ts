import { useSyncExternalStore } from 'react';
import { isApiError } from '../api-error';

let unauthorized = false;
const listeners = new Set<() => void>();

function set(next: boolean) {
  if (unauthorized === next) return;
  unauthorized = next;
  listeners.forEach((listener) => listener());
}

/** A request was answered 401: the caller isn't signed in, or their token isn't valid. */
export function noteIfUnauthorized(error: unknown): void {
  if (isApiError(error) && error.status === 401) set(true);
}

/** A new sign-in: what was refused is asked for again. */
export function clearUnauthorized(): void {
  set(false);
}

export function useUnauthorized(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => unauthorized,
  );
}
