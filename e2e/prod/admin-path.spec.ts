import {
  audioSection,
  conferenceIdOf,
  expect,
  MASKED_PIN,
  openUserIn,
  test,
  userIdFromUrl,
  valueOf,
} from '../fixtures';
import {
  allowRefusals,
  AMOS,
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

test.describe('Production build: the admin signs in and manages Amos Marble', () => {
  test("signs in with a token, resets Amos Marble's conference ID and PIN, sends his info, signs out", async ({
    page,
    request,
    checkA11y,
    consoleGuard,
  }) => {
    test.slow();
    // Before the sign-in the API answers 401, which the browser logs.
    allowRefusals(consoleGuard, 401);

    // A fresh context: no token, so the sign-in screen in place of the page.
    await page.goto('/users');
    const screen = signInScreen(page);
    await expect(screen.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
    await expect(screen.getByRole('alert')).toContainText('Not signed in');
    const field = screen.getByLabel('Access token');
    await expect(field).toHaveAttribute('type', 'password');
    await expect(screen.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Users' })).toHaveCount(0);
    await expect(header(page).getByRole('button', { name: 'Sign out' })).toHaveCount(0);
    await checkA11y(page);

    // An empty token is refused at once, next to the field.
    await screen.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(screen).toContainText('Enter an access token.');
    await expect(field).toHaveAttribute('aria-invalid', 'true');

    await signIn(page, TOKENS.teamsAdministrator);
    await expect(page.getByRole('heading', { name: 'Users', level: 1 })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Users' })).toBeVisible();
    await expect(screen).toHaveCount(0);
    await expect(header(page)).toContainText('Adele Vance (Teams Administrator)');
    await expect(header(page).getByRole('button', { name: 'Sign out' })).toBeVisible();
    // The token belongs to this tab (sessionStorage), never to the profile (localStorage).
    expect(await page.evaluate(() => JSON.stringify(window.sessionStorage))).toContain(
      TOKENS.teamsAdministrator,
    );
    expect(await page.evaluate(() => JSON.stringify(window.localStorage))).not.toContain(
      TOKENS.teamsAdministrator,
    );

    // A reload keeps the tab signed in.
    await page.reload();
    await expect(header(page)).toContainText('Adele Vance (Teams Administrator)');
    await expect(signInScreen(page)).toHaveCount(0);
    const panel = await openUserIn(page, AMOS);
    const userId = userIdFromUrl(page);
    const oldId = await conferenceIdOf(panel);
    expect((await serverUser(request, userId)).audioConferencing.conferenceId).toBe(oldId);

    // Reset conference ID: a new one, on the panel and on the server.
    await audioSection(panel).getByRole('button', { name: 'Reset conference ID' }).click();
    const resetId = page.getByRole('dialog', { name: 'Reset conference ID' });
    await resetId.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect(resetId).toBeHidden();
    await expect(valueOf(panel, 'Conference ID')).not.toHaveText(oldId);
    const newId = await conferenceIdOf(panel);
    expect(newId).not.toBe(oldId);
    expect((await serverUser(request, userId)).audioConferencing.conferenceId).toBe(newId);

    // Reset PIN: a New PIN of digits, shown once; afterwards the panel shows it masked.
    await audioSection(panel).getByRole('button', { name: 'Reset PIN', exact: true }).click();
    const resetPin = page.getByRole('dialog', { name: 'Reset PIN', exact: true });
    await resetPin.getByRole('button', { name: 'Reset', exact: true }).click();
    const newPin = resetPin.getByLabel('New PIN', { exact: true });
    await expect(newPin).toHaveValue(/^\d{4,12}$/);
    const pin = await newPin.inputValue();
    await resetPin.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(resetPin).toBeHidden();
    await expect(valueOf(panel, 'PIN')).toHaveText(MASKED_PIN);
    expect(await page.locator('body').innerText()).not.toContain(pin);
    const afterPin = await serverUser(request, userId);
    expect(afterPin.pin.isSet).toBe(true);
    expect(JSON.stringify(afterPin), 'GET never returns the PIN').not.toContain(pin);

    // Send conference info in email: a success status naming his address.
    await audioSection(panel)
      .getByRole('button', { name: 'Send conference info in email' })
      .click();
    const send = page.getByRole('dialog', { name: 'Send conference info in email' });
    await send.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(send).toBeHidden();
    await expect(panel.getByRole('status')).toContainText(
      'An email with the conference info was sent to amos.marble@contoso.com',
    );

    // Sign out: the sign-in screen again, and the token is gone from the tab.
    await panel.getByRole('button', { name: 'Close' }).click();
    await header(page).getByRole('button', { name: 'Sign out' }).click();
    await expect(signInScreen(page).getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await expect(signInScreen(page).getByRole('alert')).toContainText('Not signed in');
    await expect(header(page)).not.toContainText('Adele Vance');
    await expect(header(page).getByRole('button', { name: 'Sign out' })).toHaveCount(0);
    expect(await page.evaluate(() => JSON.stringify(window.sessionStorage))).not.toContain(
      TOKENS.teamsAdministrator,
    );
    await page.reload();
    await expect(signInScreen(page).getByRole('heading', { name: 'Sign in' })).toBeVisible();
  });
});
