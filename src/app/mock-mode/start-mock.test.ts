import { afterEach, describe, expect, it, vi } from 'vitest';
import { isApiError } from '../../api/api-error';
import { tokenFor } from '../../api/auth/token-provider';
import { DEFAULT_TAB_ADMIN_TOKEN } from '../../api/contract/mock';

const startMockServer = vi.fn<() => Promise<void>>();
vi.mock('../../../mocks/browser', () => ({ startMockServer }));

const { installMock } = await import('./start-mock');

/** Whether `promise` has settled by the time the tasks queued now have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((resolve) => setTimeout(resolve, 20));
  return done;
}

afterEach(() => {
  startMockServer.mockReset();
  sessionStorage.clear();
});

describe('mock mode: the page renders before the mock, its requests wait for it', () => {
  it('gives no token until the mock server has started, then the tab’s', async () => {
    let finish: () => void = () => undefined;
    startMockServer.mockReturnValue(new Promise<void>((resolve) => (finish = resolve)));
    const start = installMock();
    const token = tokenFor('admin');
    expect(await settled(token)).toBe(false);
    expect(startMockServer).not.toHaveBeenCalled();

    const started = start();
    await vi.waitFor(() => expect(startMockServer).toHaveBeenCalledTimes(1));
    expect(await settled(token)).toBe(false);
    finish();
    await started;
    await expect(token).resolves.toBe(DEFAULT_TAB_ADMIN_TOKEN);
  });

  it('fails every request with a network error the admin can act on when the mock can’t start', async () => {
    startMockServer.mockRejectedValue(new Error('Service workers are not available'));
    const start = installMock();
    await expect(start()).rejects.toThrow('Service workers are not available');
    const error: unknown = await tokenFor('admin').catch((caught: unknown) => caught);
    expect(isApiError(error) && error.isNetworkError).toBe(true);
    expect((error as Error).message).toContain("The mock server didn't start in this tab");
    expect((error as Error).message).toContain('Reload the page');
  });
});
