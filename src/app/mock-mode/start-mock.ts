import { setTokenProvider } from '../../api/auth/token-provider';
import { mockTokenProvider } from '../../features/mock-tenant/api/tab-tokens';

/**
 * Mock mode: starts the mock server in this tab, and signs the tab in with the demo token
 * "Signed in as" chooses.
 */
export async function startMock(): Promise<void> {
  setTokenProvider(mockTokenProvider);
  // The one place src/ loads the mock server: a separate chunk, absent from real-API builds.
  const { startMockServer } = await import('../../../mocks/browser');
  await startMockServer();
}
