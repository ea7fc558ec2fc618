import { audioSection, conferenceIdOf, expect, openUserIn, test, userIdFromUrl } from '../fixtures';
import { allowRefusals, AMOS, header, resetTenant, serverUser, signIn, TOKENS } from './prod';

test.describe.configure({ mode: 'serial' });

test.beforeEach(async ({ request }) => {
  await resetTenant(request);
});

test.describe('Production build: a Global Reader is refused', () => {
  test('the change buttons are disabled with the reason, and a direct reset gets 403 and changes nothing', async ({
    page,
    request,
    consoleGuard,
  }) => {
    allowRefusals(consoleGuard, 401, 403);
    await page.goto('/users');
    await signIn(page, TOKENS.globalReader);
    await expect(header(page)).toContainText('Patti Fernandez (Global Reader)');

    const panel = await openUserIn(page, AMOS);
    const userId = userIdFromUrl(page);
    const before = await serverUser(request, userId);
    const shownId = await conferenceIdOf(panel);
    expect(shownId).toBe(before.audioConferencing.conferenceId);
    for (const name of ['Reset conference ID', 'Reset PIN', 'Send conference info in email']) {
      await expect(
        audioSection(panel).getByRole('button', { name, exact: true }),
        `${name} is disabled`,
      ).toHaveAttribute('aria-disabled', 'true');
    }
    await expect(audioSection(panel)).toContainText(
      'Global Reader, can view everything but change nothing',
    );

    // The server refuses it too: the page's own fetch with the reader's token.
    const answer = await page.evaluate(
      async ({ id, token }) => {
        const response = await fetch(`/api/users/${encodeURIComponent(id)}/conference-id/reset`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Idempotency-Key': crypto.randomUUID() },
        });
        return { status: response.status, body: (await response.json()) as { code: string } };
      },
      { id: userId, token: TOKENS.globalReader },
    );
    expect(answer.status).toBe(403);
    expect(answer.body.code).toBe('forbidden');

    const after = await serverUser(request, userId);
    expect(after.audioConferencing.conferenceId).toBe(before.audioConferencing.conferenceId);
    expect(after.etag).toBe(before.etag);
    await page.reload();
    await expect(
      audioSection(page.getByRole('dialog', { name: AMOS })).getByLabel('Conference ID', {
        exact: true,
      }),
    ).toHaveText(shownId);
  });
});
