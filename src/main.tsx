import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setTokenProvider } from './api/auth/token-provider';
import { tabTokenProvider } from './api/auth/tab-token';
import { App } from './app/app';
import './app/global.css';

async function start() {
  if (__MOCK_MODE__) {
    // Not awaited: the page renders while the mock starts, and its requests wait for it.
    const { startMock } = await import('./app/mock-mode/start-mock');
    void startMock().catch((error: unknown) =>
      console.error('The mock server did not start.', error),
    );
  } else {
    // The seam for MSAL or any OIDC client: without one, the token the admin signs in with.
    setTokenProvider(tabTokenProvider);
  }
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
