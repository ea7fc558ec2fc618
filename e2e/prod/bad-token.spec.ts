import { expect, test } from '../fixtures';
import { allowRefusals, header, resetTenant, signIn, signInScreen, TOKENS } from './prod';

test.describe.configure({ mode: 'serial' });

test.beforeEach(async ({ request }) => {
  await resetTenant(request);
});

test.describe('Production build: a token the server does not accept', () => {
  test('a made-up token brings the sign-in screen back with the reason; a good one then works', async ({
    page,
    checkA11y,
    consoleGuard,
  }) => {
    allowRefusals(consoleGuard, 401);
    await page.goto('/users');
    await signIn(page, 'made-up-token-123');

    const screen = signInScreen(page);
    const alert = screen.getByRole('alert');
    await expect(alert).toContainText('Your sign-in has expired');
    await expect(alert).toContainText("The server didn't accept your access token");
    await expect(screen.getByLabel('Access token')).toHaveValue('');
    await expect(page.getByRole('table', { name: 'Users' })).toHaveCount(0);
    await expect(header(page).getByRole('button', { name: 'Sign out' })).toHaveCount(0);
    await checkA11y(page);

    // A reload keeps the refused token (it is the tab's) and so the same screen.
    await page.reload();
    await expect(signInScreen(page).getByRole('alert')).toContainText('Your sign-in has expired');

    await signIn(page, TOKENS.communicationsAdministrator);
    await expect(page.getByRole('table', { name: 'Users' })).toBeVisible();
    await expect(screen).toHaveCount(0);
    await expect(header(page)).toContainText('Nestor Wilke (Teams Communications Administrator)');
    await expect(header(page).getByRole('button', { name: 'Sign out' })).toBeVisible();
  });
});

test.describe('Production build: a token that cannot be sent', () => {
  test('a token pasted with a character no HTTP header can carry is refused on the screen, not kept', async ({
    page,
    consoleGuard,
  }) => {
    allowRefusals(consoleGuard, 401);
    await page.goto('/users');
    const screen = signInScreen(page);
    const field = screen.getByLabel('Access token');
    // Copied from a chat or a web page, a token can come with a zero-width space or an emoji:
    // fetch can't put either in the Authorization header (not ISO-8859-1).
    for (const token of [`${TOKENS.teamsAdministrator}\u200b`, 'token-🔑']) {
      await signIn(page, token);
      await expect(screen.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(screen).toContainText("This isn't an access token");
      await expect(field).toHaveAccessibleDescription(/isn't an access token/);
      expect(
        await page.evaluate(() => JSON.stringify(window.sessionStorage)),
        'the token is not kept',
      ).not.toContain('token');
      await expect(page.getByRole('table', { name: 'Users' })).toHaveCount(0);
    }

    // Typing again clears the message; the token as it should be signs in.
    await field.fill(TOKENS.teamsAdministrator);
    await expect(field).not.toHaveAttribute('aria-invalid', 'true');
    await screen.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByRole('table', { name: 'Users' })).toBeVisible();
    await expect(header(page)).toContainText('Adele Vance (Teams Administrator)');
  });

  test('Sign out stays offered while who is signed in cannot be loaded', async ({
    page,
    consoleGuard,
  }) => {
    allowRefusals(consoleGuard, 401, 503);
    await page.goto('/users');
    await signIn(page, TOKENS.teamsAdministrator);
    await expect(header(page)).toContainText('Adele Vance (Teams Administrator)');

    // The API can't say who is signed in (down, or the token can't be sent): the tab is still
    // signed in, and the admin can still sign out of it.
    await page.route('**/api/me', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ code: 'unavailable', message: 'Try again later.' }),
      }),
    );
    await page.reload();
    await expect(page.getByRole('table', { name: 'Users' })).toBeVisible();
    const signOut = header(page).getByRole('button', { name: 'Sign out' });
    await expect(signOut).toBeVisible();
    await expect(header(page)).not.toContainText('Adele Vance');
    await signOut.click();
    await expect(signInScreen(page).getByRole('heading', { name: 'Sign in' })).toBeVisible();
    expect(await page.evaluate(() => JSON.stringify(window.sessionStorage))).not.toContain(
      TOKENS.teamsAdministrator,
    );
  });
});
