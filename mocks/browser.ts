import { http, passthrough } from 'msw';
import { setupWorker } from 'msw/browser';
import { API_BASE } from '../src/api/config';
import { mockWorker } from './worker/start';

/** Set on `<html>` once the mock answers, with the URL's settings applied (a signal for tests). */
export const MOCK_READY_ATTRIBUTE = 'data-mock-ready';

/**
 * Starts the mock server (mock mode only; loaded with a dynamic import). The tenant and the
 * handlers run in a worker of their own (decision 021), which mocks/launch-page.ts started
 * already; MSW's one handler here forwards the API's requests to it, with what the worker can't
 * read itself: the tab's localStorage and sign-in.
 */
export async function startMockServer(): Promise<void> {
  const client = mockWorker();
  const msw = setupWorker(
    http.all(
      `${API_BASE}/*`,
      async ({ request }) => (await client.forward(request)) ?? passthrough(),
    ),
  );
  await Promise.all([msw.start({ onUnhandledRequest: 'bypass', quiet: true }), client.ready]);
  document.documentElement.setAttribute(MOCK_READY_ATTRIBUTE, 'true');
}
