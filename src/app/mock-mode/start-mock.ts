import { setTokenProvider } from '../../api/auth/token-provider';
import { mockTokenProvider } from '../../features/mock-tenant/api/tab-tokens';
import { provideHeaderControls, providePageNotices } from '../layout/header-controls';
import { MockHeaderControls } from './mock-header-controls';
import { SavedStateNotice } from '../../features/mock-tenant/components/saved-state-notice';

/**
 * Mock mode: starts the mock server in this tab, signs the tab in with the demo token "Signed in
 * as" chooses, and gives the header its mock controls.
 */
export async function startMock(): Promise<void> {
  setTokenProvider(mockTokenProvider);
  provideHeaderControls(MockHeaderControls);
  providePageNotices(SavedStateNotice);
  // The one place src/ loads the mock server: a separate chunk, absent from real-API builds.
  const { startMockServer } = await import('../../../mocks/browser');
  await startMockServer();
}
