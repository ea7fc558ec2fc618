import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { setTokenProvider } from './api/auth/token-provider';
import { tabTokenProvider } from './api/auth/tab-token';
import { App } from './app/app';
import './app/global.css';

async function start() {
  let startMockServer: (() => Promise<void>) | null = null;
  if (__MOCK_MODE__) {
    const { installMock } = await import('./app/mock-mode/start-mock');
    startMockServer = installMock();
  } else {
    // The seam for MSAL or any OIDC client: without one, the token the admin signs in with.
    setTokenProvider(tabTokenProvider);
  }
  // The shell and the page's skeleton first, in this task; the mock server starts after them (its
  // chunk is large, and the page's requests wait for it).
  flushSync(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
  startMockServer?.().catch((error: unknown) =>
    console.error('The mock server did not start.', error),
  );
}

void start();
