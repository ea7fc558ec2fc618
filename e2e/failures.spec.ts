import type { Page } from '@playwright/test';
import {
  audioSection,
  expect,
  mailboxCount,
  MASKED_PIN,
  serverUser,
  setFaults,
  test,
  userIdFromUrl,
  valueOf,
} from './fixtures';

const FAULTS = [
  {
    name: 'a server error (500)',
    faults: { failureRate: 100 },
    consolePattern: /Failed to load resource: .*\b500\b/,
  },
  {
    name: 'a dropped connection',
    faults: { offline: true },
    consolePattern: /Failed to load resource|Failed to fetch|net::ERR_/,
  },
] as const;

const FAULTS_OFF = { failureRate: 0, offline: false };

/** The Edit panel while a dialog above it hides it from the accessibility tree. */
function panelBehindDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Amos Marble', exact: true, includeHidden: true });
}

for (const { name, faults, consolePattern } of FAULTS) {
  test.describe(`every failure shows an alert and changes nothing: ${name}`, () => {
    test.beforeEach(({ consoleGuard }) => consoleGuard.allow(consolePattern));

    test('Reset conference ID', async ({ page, openUser }) => {
      const panel = await openUser('Amos Marble');
      const userId = userIdFromUrl(page);
      const conferenceId = valueOf(panel, 'Conference ID');
      const oldId = (await conferenceId.innerText()).trim();
      const before = { user: await serverUser(page, userId), emails: await mailboxCount(page) };

      await setFaults(page, faults);
      await panel.getByRole('button', { name: 'Reset conference ID' }).click();
      const dialog = page.getByRole('dialog', { name: 'Reset conference ID' });
      await dialog.getByRole('button', { name: 'Reset', exact: true }).click();
      await expect(dialog.getByRole('alert')).toBeVisible();
      await expect(dialog, 'the dialog stays open to try again').toBeVisible();
      await expect(
        valueOf(panelBehindDialog(page), 'Conference ID', { includeHidden: true }),
      ).toHaveText(oldId);

      await setFaults(page, FAULTS_OFF);
      expect(await serverUser(page, userId), 'the server changed nothing').toEqual(before.user);
      expect(await mailboxCount(page), 'no email was sent').toBe(before.emails);

      await dialog.getByRole('button', { name: 'Reset', exact: true }).click();
      await expect(dialog).toBeHidden();
      await expect(conferenceId).toHaveText(/^\d{7}$/);
      await expect(conferenceId).not.toHaveText(oldId);
      await expect(audioSection(panel).getByRole('status')).toBeVisible();
      expect(await mailboxCount(page)).toBe(before.emails + 1);
    });

    test('Reset PIN', async ({ page, openUser }) => {
      const panel = await openUser('Amos Marble');
      const userId = userIdFromUrl(page);
      const before = { user: await serverUser(page, userId), emails: await mailboxCount(page) };

      await setFaults(page, faults);
      await panel.getByRole('button', { name: 'Reset PIN' }).click();
      const dialog = page.getByRole('dialog', { name: 'Reset PIN' });
      await dialog.getByRole('button', { name: 'Reset', exact: true }).click();
      await expect(dialog.getByRole('alert')).toBeVisible();
      await expect(dialog.getByLabel('New PIN')).toHaveCount(0);
      await expect(valueOf(panelBehindDialog(page), 'PIN', { includeHidden: true })).toHaveText(
        MASKED_PIN,
      );

      await setFaults(page, FAULTS_OFF);
      expect(await serverUser(page, userId), 'the server changed nothing').toEqual(before.user);
      expect(await mailboxCount(page), 'no email was sent').toBe(before.emails);

      await dialog.getByRole('button', { name: 'Reset', exact: true }).click();
      await expect(dialog.getByLabel('New PIN')).toHaveValue(/^\d{5}$/);
      await expect(dialog.getByRole('alert')).toHaveCount(0);
      const after = await serverUser(page, userId);
      expect(after.pin.lastChangedAt).not.toBe(before.user.pin.lastChangedAt);
      expect(await mailboxCount(page)).toBe(before.emails + 1);
    });

    test('Send conference info in email', async ({ page, openUser }) => {
      const panel = await openUser('Amos Marble');
      const before = await mailboxCount(page);

      await setFaults(page, faults);
      await panel.getByRole('button', { name: 'Send conference info in email' }).click();
      const dialog = page.getByRole('dialog', { name: 'Send conference info in email' });
      await dialog.getByRole('button', { name: 'Send', exact: true }).click();
      await expect(dialog.getByRole('alert')).toBeVisible();
      await expect(dialog).toBeVisible();

      await setFaults(page, FAULTS_OFF);
      expect(await mailboxCount(page), 'no email was sent').toBe(before);

      await dialog.getByRole('button', { name: 'Send', exact: true }).click();
      await expect(dialog).toBeHidden();
      await expect(audioSection(panel).getByRole('status')).toContainText(
        'amos.marble@contoso.com',
      );
      expect(await mailboxCount(page)).toBe(before + 1);
    });
  });
}

test("a locked PIN can't be reset: Diego Siciliani's Reset PIN is disabled and says why", async ({
  openUser,
}) => {
  const panel = await openUser('Diego Siciliani');
  const section = audioSection(panel);
  const reason = /PIN is locked/i;
  await expect(section.getByRole('paragraph').filter({ hasText: reason })).toBeVisible();
  const resetPin = section.getByRole('button', { name: 'Reset PIN' });
  await expect(resetPin).toHaveAttribute('aria-disabled', 'true');
  await expect(resetPin).toHaveAccessibleDescription(reason);
  // Only the PIN is locked: the conference ID actions stay available.
  await expect(section.getByRole('button', { name: 'Reset conference ID' })).not.toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await expect(
    section.getByRole('button', { name: 'Send conference info in email' }),
  ).not.toHaveAttribute('aria-disabled', 'true');
  await resetPin.click({ force: true });
  await expect(panel.page().getByRole('dialog', { name: 'Reset PIN' })).toHaveCount(0);
});
