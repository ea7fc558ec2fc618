import { audioSection, conferenceIdOf, expect, openUserIn, test, valueOf } from '../fixtures';
import { AMOS, bearer, header, resetTenant, serverUser, TOKENS, userIdByName } from './prod';

test.describe.configure({ mode: 'serial' });

test.beforeEach(async ({ request }) => {
  await resetTenant(request);
});

test.describe('Done-when 4: two browser contexts, two tokens, one server', () => {
  test("the admin's reset works, the reader's is disabled, and the reader sees the admin's change", async ({
    browser,
    request,
    consoleGuard,
  }) => {
    // Both at once, each with its own token on every request (as a proxy or an OIDC client
    // would add it), against the same server and so the same tenant.
    const [adminContext, readerContext] = await Promise.all([
      browser.newContext({ extraHTTPHeaders: bearer(TOKENS.teamsAdministrator) }),
      browser.newContext({ extraHTTPHeaders: bearer(TOKENS.globalReader) }),
    ]);
    try {
      const [admin, reader] = await Promise.all([adminContext.newPage(), readerContext.newPage()]);
      consoleGuard.watch(admin);
      consoleGuard.watch(reader);
      await Promise.all([admin.goto('/users'), reader.goto('/users')]);
      // The header before a panel opens (the modal panel hides the rest of the page).
      await expect(header(admin)).toContainText('Adele Vance (Teams Administrator)');
      await expect(header(reader)).toContainText('Patti Fernandez (Global Reader)');
      // Signed in by the context, not by the tab: nothing to sign out of here.
      await expect(header(admin).getByRole('button', { name: 'Sign out' })).toHaveCount(0);
      const [adminPanel, readerPanel] = await Promise.all([
        openUserIn(admin, AMOS),
        openUserIn(reader, AMOS),
      ]);

      const oldId = await conferenceIdOf(adminPanel);
      expect(await conferenceIdOf(readerPanel)).toBe(oldId);
      const adminReset = audioSection(adminPanel).getByRole('button', {
        name: 'Reset conference ID',
      });
      const readerReset = audioSection(readerPanel).getByRole('button', {
        name: 'Reset conference ID',
      });
      await expect(adminReset).toBeEnabled();
      await expect(adminReset).not.toHaveAttribute('aria-disabled', 'true');
      await expect(readerReset).toHaveAttribute('aria-disabled', 'true');
      await expect(audioSection(readerPanel)).toContainText(
        'can view everything but change nothing',
      );

      await adminReset.click();
      const dialog = admin.getByRole('dialog', { name: 'Reset conference ID' });
      await dialog.getByRole('button', { name: 'Reset', exact: true }).click();
      await expect(dialog).toBeHidden();
      await expect(valueOf(adminPanel, 'Conference ID')).not.toHaveText(oldId);
      const newId = await conferenceIdOf(adminPanel);
      const userId = await userIdByName(request, AMOS);
      expect(
        (await serverUser(request, userId, TOKENS.globalReader)).audioConferencing.conferenceId,
      ).toBe(newId);

      // One tenant: the reader's reload shows the admin's change, still read-only.
      await reader.reload();
      const reloaded = reader.getByRole('dialog', { name: AMOS });
      await expect(valueOf(reloaded, 'Conference ID')).toHaveText(newId);
      await expect(
        audioSection(reloaded).getByRole('button', { name: 'Reset conference ID' }),
      ).toHaveAttribute('aria-disabled', 'true');
    } finally {
      await Promise.all([adminContext.close(), readerContext.close()]);
    }
  });

  test('a request without a token gets 401 with WWW-Authenticate: Bearer', async ({ request }) => {
    const response = await request.get('/api/users');
    expect(response.status()).toBe(401);
    expect(response.headers()['www-authenticate']).toMatch(/^Bearer\b/);
    expect(await response.json()).toMatchObject({
      code: 'unauthorized',
      message: expect.any(String),
    });

    const unknown = await request.get('/api/users', { headers: bearer('not-a-demo-token') });
    expect(unknown.status()).toBe(401);
    expect(unknown.headers()['www-authenticate']).toMatch(/^Bearer\b/);
  });
});
