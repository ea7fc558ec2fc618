import { setTokenProvider } from '../../api/auth/token-provider';
import { mockTokenProvider } from '../../features/mock-tenant/api/tab-tokens';
import { provideHeaderControls } from '../layout/header-controls';
import { MockHeaderControls } from './mock-header-controls';

/**
 * Mock mode: starts the mock server in this tab, signs the tab in with the demo token "Signed in
 * as" chooses, and gives the header its mock controls.
 */
export async function startMock(): Promise<void> {
  setTokenProvider(mockTokenProvider);
  provideHeaderControls(MockHeaderControls);
  // The one place src/ loads the mock server: a separate chunk, absent from real-API builds.
  const { startMockServer } = await import('../../../mocks/browser');
  await startMockServer();
}
