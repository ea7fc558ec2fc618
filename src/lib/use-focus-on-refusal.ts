import { useEffect, useRef } from 'react';

/**
 * A field the server refused takes focus, so the admin hears its message and can correct it at
 * once. Each new refusal (a new error object) moves focus again, even with the same message.
 */
export function useFocusOnRefusal<T extends HTMLElement>(
  error: unknown,
  fieldMessage: string | undefined,
) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (error && fieldMessage) ref.current?.focus();
  }, [error, fieldMessage]);
  return ref;
}
