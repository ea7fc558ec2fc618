import { ApiError } from '../../api/api-error';
import { setTokenProvider } from '../../api/auth/token-provider';
import { mockTokenProvider } from '../../features/mock-tenant/api/tab-tokens';
import { provideHeaderControls, providePageNotices } from '../layout/header-controls';
import { MockHeaderControls } from './mock-header-controls';
import { SavedStateNotice } from '../../features/mock-tenant/components/saved-state-notice';

/**
 * Mock mode: starts the mock server in this tab, signs the tab in with the demo token "Signed in
 * as" chooses, and gives the header its mock controls.
 *
 * The app renders at once, without waiting for the mock (its worker registers and the tenant is
 * generated meanwhile): the shell and the page's skeleton show, and every request waits, through
 * the token it needs, until the mock answers. The returned promise settles when it does.
 */
export function startMock(): Promise<void> {
  // The one place src/ loads the mock server: a separate chunk, absent from real-API builds.
  const started = import('../../../mocks/browser').then(({ startMockServer }) => startMockServer());
  const ready = started.then(
    () => null,
    (cause: unknown) => cause,
  );
  setTokenProvider({
    async getToken(audience) {
      const failed = await ready;
      if (failed !== null) {
        throw new ApiError(0, {
          code: 'network_error',
          message: `The mock server didn't start in this tab: ${failed instanceof Error ? failed.message : String(failed)}. Reload the page to try again.`,
        });
      }
      return mockTokenProvider.getToken(audience);
    },
  });
  provideHeaderControls(MockHeaderControls);
  providePageNotices(SavedStateNotice);
  return started;
}
