import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MOCK_MODE } from './api/config';
import { App } from './app/app';
import './app/global.css';

async function start() {
  if (MOCK_MODE) {
    // The one place src/ loads the mock server: a separate chunk, absent from real-API builds.
    const { startMockServer } = await import('../mocks/browser');
    await startMockServer();
  }
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
