import { useCallback, useRef } from 'react';

/**
 * Focus goes back to the opener once what it opened has closed. Done by hand on pages that load
 * no dialog code up front: Fluent's own focus restorer starts with the (lazily loaded) dialog, too
 * late to have seen which button opened it.
 */
export function useReturnFocus<T extends HTMLElement = HTMLButtonElement>() {
  const ref = useRef<T>(null);
  const returnFocus = useCallback(() => {
    window.requestAnimationFrame(() => ref.current?.focus());
  }, []);
  return [ref, returnFocus] as const;
}
