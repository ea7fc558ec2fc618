/**
 * An example of a suite written with the kit alone (testing/playwright.ts): it runs unchanged
 * against the browser mock (project `kit-browser`) and against `npm run api` (project
 * `kit-server`). Names are those of PRODUCT.md §4.
 */
import { expect, test, type AdminCenter } from '../playwright';
import type { Page } from '@playwright/test';

const AMOS = 'Amos Marble';

/** Opens a user's Edit panel from the Users page by searching for their name. */
async function openUser(page: Page, adminCenter: AdminCenter, name: string) {
  await adminCenter.goto(`/users/${encodeURIComponent(await adminCenter.userId(name))}`);
  const panel = page.getByRole('dialog', { name, exact: true });
  const region = panel.getByRole('region', { name: 'Audio Conferencing', exact: true });
  await expect(region.getByLabel('Conference ID', { exact: true })).toHaveText(/^\d{7}$/);
  return { panel, region };
}

test.describe('the admin center, driven through the kit', () => {
  // One tenant per server on `npm run api`: these tests share it, one at a time.
  test.describe.configure({ mode: 'serial' });

  test('a conference ID reset shows the new ID, emails it and is audited', async ({
    page,
    adminCenter,
  }) => {
    await adminCenter.start({ scenario: 'default', signInAs: 'TeamsAdministrator' });
    const { panel, region } = await openUser(page, adminCenter, AMOS);
    const oldId = (await region.getByLabel('Conference ID', { exact: true }).innerText()).trim();

    await region.getByRole('button', { name: 'Reset conference ID', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Reset conference ID', exact: true });
    await dialog.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect(dialog).toBeHidden();
    const idField = region.getByLabel('Conference ID', { exact: true });
    await expect(idField).not.toHaveText(oldId);
    const newId = (await idField.innerText()).trim();
    await expect(panel.getByRole('status')).toContainText(newId);

    const [email] = await adminCenter.mailbox();
    expect(email).toMatchObject({ to: 'amos.marble@contoso.com' });
    expect(email!.body).toContain(newId);
    const audit = await adminCenter.auditLog({
      userId: await adminCenter.userId(AMOS),
      action: 'resetConferenceId',
    });
    expect(audit[0]).toMatchObject({ outcome: 'succeeded', role: 'TeamsAdministrator' });
  });

  test('a server failure changes nothing; once the server is back, a retry works', async ({
    page,
    adminCenter,
  }) => {
    await adminCenter.start();
    const { region } = await openUser(page, adminCenter, AMOS);
    // From now on the server answers every request with a 500 and does nothing.
    await adminCenter.setFaults({ failureRate: 100 });
    const idField = region.getByLabel('Conference ID', { exact: true });
    const oldId = (await idField.innerText()).trim();

    await region.getByRole('button', { name: 'Reset conference ID', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Reset conference ID', exact: true });
    await dialog.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect(dialog.getByRole('alert')).toContainText('Nothing was changed');
    expect(await adminCenter.setFaults({ failureRate: 0 })).toMatchObject({ failureRate: 0 });
    expect(await adminCenter.mailbox()).toEqual([]);

    await dialog.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(idField).not.toHaveText(oldId);
    expect(await adminCenter.mailbox()).toHaveLength(1);
  });

  test('a Global Reader sees everything and can change nothing', async ({ page, adminCenter }) => {
    await adminCenter.start({ signInAs: 'GlobalReader' });
    const { region } = await openUser(page, adminCenter, AMOS);
    await expect(
      region.getByRole('button', { name: 'Reset conference ID', exact: true }),
    ).toHaveAttribute('aria-disabled', 'true');
    const refused = await adminCenter.api(
      'POST',
      `/users/${await adminCenter.userId(AMOS)}/conference-id/reset`,
      {
        token: (await adminCenter.demoTokens()).admins.find((a) => a.role === 'GlobalReader')!
          .token,
      },
    );
    expect(refused.status).toBe(403);
    expect(await adminCenter.mailbox()).toEqual([]);
  });

  test('a user signed in as themselves sees their own PIN page', async ({ page, adminCenter }) => {
    await adminCenter.start({ signInAs: { user: AMOS }, path: '/me/pin' });
    await expect(page.getByRole('heading', { name: 'My Audio Conferencing PIN' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText(`Signed in as ${AMOS}`);
  });

  test('the empty scenario has no users; a reset brings the default one back', async ({
    page,
    adminCenter,
  }) => {
    await adminCenter.start({ scenario: 'empty' });
    await expect(page.getByRole('heading', { name: 'Users', level: 1 })).toBeVisible();
    await expect(page.getByText('No users', { exact: true })).toBeVisible();
    expect(await adminCenter.state()).toMatchObject({
      ready: true,
      scenario: 'empty',
      recovery: null,
    });

    await adminCenter.reset('default');
    await expect(
      page.getByRole('table', { name: 'Users' }).getByRole('link', { name: AMOS, exact: true }),
    ).toBeVisible();
  });

  test('a bulk job started through the kit runs to the end, and its page shows its results', async ({
    page,
    adminCenter,
  }) => {
    await adminCenter.start({ scenario: 'default' });
    const ids = await Promise.all([AMOS, 'Megan Bowen'].map((name) => adminCenter.userId(name)));
    const started = await adminCenter.startJob({ action: 'sendConferenceInfo', userIds: ids });
    const done = await adminCenter.waitForJob(started.id);
    expect(done.counts).toMatchObject({ total: 2, succeeded: 1, skipped: 1, failed: 0 });
    const [skipped] = await adminCenter.jobResults(done.id, 'skipped');
    expect(skipped).toMatchObject({
      displayName: 'Megan Bowen',
      reason: expect.stringMatching(/no mailbox/),
    });
    expect((await adminCenter.mailbox()).filter((m) => m.userId === ids[0])).toHaveLength(1);

    await adminCenter.goto(`/jobs/${done.id}`);
    await expect(
      page.getByRole('heading', { name: 'Send conference info', level: 1 }),
    ).toBeVisible();
    await expect(page.getByRole('table', { name: 'Results' })).toContainText('Megan Bowen');
  });
  test('the kit moves the mock clock and reads a user’s migration (M3, M5)', async ({
    adminCenter,
  }) => {
    await adminCenter.start({ scenario: 'default' });
    const amos = await adminCenter.userId(AMOS);
    const reset = await adminCenter.api('POST', `/users/${amos}/conference-id/reset`);
    expect(reset.status).toBe(200);
    const [queued] = await adminCenter.migrations({ userId: amos });
    expect(queued).toMatchObject({ state: 'Pending', trigger: 'Conference ID reset' });
    expect((await adminCenter.userMeetings(amos)).items.every((m) => !m.upToDate)).toBe(true);

    const before = await adminCenter.clock();
    const after = await adminCenter.advanceClock(120);
    expect(after.advancedMinutes).toBe(before.advancedMinutes + 120);
    const [done] = await adminCenter.migrations({ userId: amos, state: 'Succeeded' });
    expect(done).toMatchObject({ id: queued!.id, meetings: 3, invitesUpdated: 3 });
    expect((await adminCenter.userMeetings(amos)).items.every((m) => m.upToDate)).toBe(true);
  });
});
