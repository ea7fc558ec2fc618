import { lazy, Suspense, useEffect, useState } from 'react';

const FocusManager = lazy(() =>
  import('./focus-manager').then((m) => ({ default: m.FocusManager })),
);

/**
 * The focus manager is needed by dialogs, never by the first paint: it loads once the browser is
 * idle after the first render (or at the latest after a second), keeping it out of the first page.
 */
export function DeferredFocusManager() {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const start = () => setReady(true);
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(start, { timeout: 1000 });
      return () => window.cancelIdleCallback(handle);
    }
    const timer = window.setTimeout(start, 200);
    return () => window.clearTimeout(timer);
  }, []);
  return ready ? (
    <Suspense fallback={null}>
      <FocusManager />
    </Suspense>
  ) : null;
}
