import { ApiError } from '../../api/api-error';
import { setTokenProvider } from '../../api/auth/token-provider';
import { mockTokenProvider } from '../../features/mock-tenant/api/tab-tokens';
import { provideHeaderControls, providePageNotices } from '../layout/header-controls';
import { MockHeaderControls } from './mock-header-controls';
import { SavedStateNotice } from '../../features/mock-tenant/components/saved-state-notice';

/**
 * Mock mode: signs the tab in with the demo token "Signed in as" chooses and gives the header its
 * mock controls, before the app's first render; returns what starts the mock server in this tab,
 * for after it.
 *
 * The app renders at once, without waiting for the mock (its worker registers and the tenant is
 * generated meanwhile): the shell and the page's skeleton show, and every request waits, through
 * the token it needs, until the mock answers. The promise `start` returns settles when it does.
 */
export function installMock(): () => Promise<void> {
  let started: (value: Promise<void>) => void = () => undefined;
  const running = new Promise<void>((resolve) => (started = resolve));
  const ready = running.then(
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
  return () => {
    // The one place src/ loads the mock server: a separate chunk, absent from real-API builds.
    const starting = import('../../../mocks/browser').then(({ startMockServer }) =>
      startMockServer(),
    );
    started(starting);
    return starting;
  };
}
