import { expect, test, wholeNumber } from '../fixtures';
import {
  allowRefusals,
  bearer,
  defaultUser,
  header,
  resetTenant,
  serverUser,
  signIn,
  signInScreen,
  TOKENS,
} from './prod';

test.describe.configure({ mode: 'serial' });

test.beforeEach(async ({ request }) => {
  await resetTenant(request);
});

test.describe('Production build: self-service (P7)', () => {
  test('Amos Marble signs in with his own token on /me/pin and sees his new PIN once', async ({
    page,
    request,
    consoleGuard,
  }) => {
    allowRefusals(consoleGuard, 401);
    const amos = await defaultUser(request);
    expect(amos.displayName).toBe('Amos Marble');
    expect(amos.token).toBe(`demo-user-${amos.userId}`);
    const before = await serverUser(request, amos.userId);

    await page.goto('/me/pin');
    await expect(signInScreen(page)).toBeVisible();
    await signIn(page, amos.token);
    await expect(page.getByRole('heading', { name: 'My Audio Conferencing PIN' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('Signed in as Amos Marble');
    await expect(header(page)).toContainText('Amos Marble (user)');

    await page.getByRole('button', { name: 'Reset my PIN' }).click();
    const newPin = page.getByLabel('New PIN', { exact: true });
    await expect(newPin).toHaveValue(/^\d{4,12}$/);
    const pin = await newPin.inputValue();
    await expect(page.getByRole('status')).toContainText('PIN reset');
    const after = await serverUser(request, amos.userId);
    expect(after.pin.lastChangedAt).not.toBe(before.pin.lastChangedAt);

    // Shown once: Done, or a reload, and it is gone for good.
    await page.getByRole('button', { name: 'Done' }).click();
    await expect(newPin).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Reset my PIN' })).toBeVisible();
    expect(await page.locator('body').innerText()).not.toMatch(wholeNumber(pin));
    await page.reload();
    await expect(page.getByRole('main')).toContainText('Signed in as Amos Marble');
    await expect(page.getByLabel('New PIN', { exact: true })).toHaveCount(0);

    // His own token is a user's, not an admin's: the users list is refused.
    const list = await request.get('/api/users', { headers: bearer(amos.token) });
    expect(list.status()).toBe(403);
  });

  test('an admin token on /me/pin says an admin has no PIN there', async ({
    browser,
    consoleGuard,
  }) => {
    const context = await browser.newContext({
      extraHTTPHeaders: bearer(TOKENS.teamsAdministrator),
    });
    try {
      const page = await context.newPage();
      consoleGuard.watch(page);
      await page.goto('/me/pin');
      await expect(page.getByRole('main')).toContainText(
        'an admin account has no PIN of its own here',
      );
      await expect(page.getByRole('button', { name: 'Reset my PIN' })).toHaveCount(0);
    } finally {
      await context.close();
    }
  });
});
