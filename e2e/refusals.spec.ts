import { audioSection, expect, mailboxCount, test, userIdFromUrl, valueOf } from './fixtures';

const ACTIONS = ['Reset conference ID', 'Send conference info in email', 'Reset PIN'] as const;

test.describe('Done-when 3: bad addresses are refused and nothing is sent', () => {
  const badAddresses = [
    { name: 'not an address', value: 'not-an-email' },
    { name: 'a CR/LF header injection', value: 'a@b.com\r\nBcc: x@y.com' },
    { name: 'two addresses', value: 'a@b.com, c@d.com' },
  ];

  for (const { name, value } of badAddresses) {
    test(`sending the conference info to ${name} shows a field message and sends nothing`, async ({
      page,
      openUser,
      consoleGuard,
    }) => {
      // The browser logs the refused request (400) itself.
      consoleGuard.allow(/Failed to load resource: .*\b400\b/);
      const panel = await openUser('Amos Marble');
      const before = await mailboxCount(page);

      await panel.getByRole('button', { name: 'Send conference info in email' }).click();
      const dialog = page.getByRole('dialog', { name: 'Send conference info in email' });
      const field = dialog.getByLabel('Send to a different email address');
      await field.fill(value);
      await dialog.getByRole('button', { name: 'Send', exact: true }).click();

      await expect(field).toHaveAttribute('aria-invalid', 'true');
      // The message is shown under the field and read with it.
      await expect(field).toHaveAccessibleDescription(/enter .*email address/i);
      const description = await field.evaluate((input) =>
        (input.getAttribute('aria-describedby') ?? '')
          .split(' ')
          .map((id) => document.getElementById(id)?.innerText ?? '')
          .find((text) => /email address/i.test(text)),
      );
      expect(description, 'a field message names the problem').toBeTruthy();
      await expect(dialog.getByText(description!, { exact: true })).toBeVisible();
      await expect(dialog, 'the dialog stays open for a correction').toBeVisible();
      expect(await mailboxCount(page), 'nothing was sent').toBe(before);
    });
  }

  test('the API refuses a recipient with a real CR/LF (400, fieldErrors.to) and sends nothing', async ({
    page,
    openUser,
    consoleGuard,
  }) => {
    consoleGuard.allow(/Failed to load resource: .*\b400\b/);
    await openUser('Amos Marble');
    const userId = userIdFromUrl(page);
    const before = await mailboxCount(page);
    const answer = await page.evaluate(async (id) => {
      const response = await fetch(`/api/users/${encodeURIComponent(id)}/conference-info/send`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ to: 'a@b.com\r\nBcc: x@y.com' }),
      });
      return {
        status: response.status,
        body: (await response.json()) as { fieldErrors?: Record<string, string[]> },
      };
    }, userId);
    expect(answer.status).toBe(400);
    expect(answer.body.fieldErrors?.to?.length ?? 0, JSON.stringify(answer.body)).toBeGreaterThan(
      0,
    );
    expect(await mailboxCount(page), 'nothing was sent').toBe(before);
  });
});

test.describe('Done-when 3: unavailable actions are disabled and say why', () => {
  const cases = [
    { user: 'Alex Wilber', reason: /provider is Intercall, not Microsoft/i },
    { user: 'Lidia Holloway', reason: /(isn't|not) enabled for Audio Conferencing/i },
  ];

  for (const { user, reason } of cases) {
    test(`${user}: every action is disabled with the reason next to it`, async ({ openUser }) => {
      const panel = await openUser(user);
      const section = audioSection(panel);
      const reasonText = section.getByRole('paragraph').filter({ hasText: reason });
      await expect(reasonText).toBeVisible();
      for (const action of ACTIONS) {
        const button = section.getByRole('button', { name: action });
        await expect(button, `${action} is disabled`).toHaveAttribute('aria-disabled', 'true');
        await expect(button, `${action} is described by the reason`).toHaveAccessibleDescription(
          reason,
        );
      }
      // A click on a disabled action opens nothing.
      await section.getByRole('button', { name: 'Reset conference ID' }).click({ force: true });
      await expect(panel.page().getByRole('dialog', { name: 'Reset conference ID' })).toHaveCount(
        0,
      );
    });
  }
});

test('Done-when 3: a display name with markup renders as text and runs nothing', async ({
  page,
  openUser,
}) => {
  const name = 'Isaiah Langer <img src=x onerror=alert(1)>';
  await page.goto('/users');
  const link = page.getByRole('table', { name: 'Users' }).getByRole('link', { name, exact: true });
  await expect(link).toHaveText(name);

  const panel = await openUser(name);
  await expect(panel).toBeVisible(); // the dialog is named with the literal text
  await expect(panel.getByText(name, { exact: true }).first()).toBeVisible();
  await expect(valueOf(panel, 'Conference ID')).toHaveText(/^\d{7}$/);
  const title = panel.getByRole('heading', { name, exact: true });
  await expect(title).toHaveText(name);
  expect(
    await title.evaluate((el) => el.querySelectorAll('img').length),
    'img inside the title',
  ).toBe(0);
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(panel).toBeHidden();
  await expect(link).toHaveText(name);
  expect(
    await page.locator('img[src="x"], img[onerror]').count(),
    'no img element made from the name',
  ).toBe(0);
  // The name is one text node, in the list and in the panel's title.
  expect(await link.evaluate((el) => el.children.length), 'elements inside the list link').toBe(0);
  // Give an onerror handler time to fire, were there one; the console guard fails on a JS dialog.
  await page.waitForTimeout(300);
});
