import type { Locator, Page, Response } from '@playwright/test';
import {
  audioSection,
  expect,
  mailboxCount,
  openUserIn,
  serverUser,
  test,
  userIdFromUrl,
  valueOf,
} from './fixtures';

const AMOS = 'Amos Marble';

/** What the app says after a stale write (A4). */
const SOMEONE_ELSE_CHANGED = /someone else changed/i;

/** The browser logs the refused stale write (412) itself. */
const STALE_WRITE = /Failed to load resource: .*\b412\b/;

const UNAUTHENTICATED_START = 'Unauthenticated callers can start the meeting';

async function openEditForm(panel: Locator): Promise<Locator> {
  await audioSection(panel).getByRole('button', { name: 'Edit', exact: true }).click();
  const form = panel.page().getByRole('dialog', { name: 'Edit Audio Conferencing' });
  await expect(form.getByRole('button', { name: 'Save', exact: true })).toBeVisible();
  return form;
}

/** The option the Dial-out select shows. */
function dialOutShown(form: Locator): Locator {
  return form.getByLabel('Dial-out', { exact: true }).locator('option:checked');
}

/** Resolves with the next GET of the user `userId`: the panel reloading him. */
function userReload(page: Page, userId: string): Promise<Response> {
  return page.waitForResponse(
    (response) =>
      response.request().method() === 'GET' &&
      new URL(response.url()).pathname === `/api/users/${encodeURIComponent(userId)}` &&
      response.ok(),
  );
}

test.describe('Done-when 2: a stale write is refused and the panel reloads the user (A4)', () => {
  test.beforeEach(({ consoleGuard }) => consoleGuard.allow(STALE_WRITE));

  test("Edit: tab A's save after tab B's is refused, keeps what A typed and B's change; A's retry saves", async ({
    page: tabA,
    newTab,
  }) => {
    test.slow();
    const tabB = await newTab();
    const panelA = await openUserIn(tabA, AMOS);
    const userId = userIdFromUrl(tabA);
    const panelB = await openUserIn(tabB, AMOS);
    const formA = await openEditForm(panelA);
    const formB = await openEditForm(panelB);
    await expect(dialOutShown(formA)).not.toHaveText('Domestic only');
    await expect(formA.getByRole('switch', { name: UNAUTHENTICATED_START })).not.toBeChecked();

    // Tab B changes the dial-out and saves.
    await formB.getByLabel('Dial-out', { exact: true }).selectOption({ label: 'Domestic only' });
    await formB.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(formB).toBeHidden();
    await expect(audioSection(panelB).getByRole('status')).toBeVisible();
    expect((await serverUser(tabB, userId)).audioConferencing.dialOut).toBe('DomesticOnly');

    // Tab A, which loaded Amos before, lets unauthenticated callers start and saves: refused.
    const switchA = formA.getByRole('switch', { name: UNAUTHENTICATED_START });
    await switchA.check();
    const reloaded = userReload(tabA, userId);
    await formA.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(formA.getByRole('alert')).toContainText(SOMEONE_ELSE_CHANGED);
    await reloaded; // the panel reloads the user
    await expect(formA, 'the form stays open').toBeVisible();
    await expect(switchA, 'the form keeps what A typed').toBeChecked();

    // The server still holds B's dial-out and nothing of A's: seen from a fresh tab.
    const tabC = await newTab();
    const formC = await openEditForm(await openUserIn(tabC, AMOS));
    await expect(dialOutShown(formC)).toHaveText('Domestic only');
    await expect(formC.getByRole('switch', { name: UNAUTHENTICATED_START })).not.toBeChecked();
    await tabC.close();

    // A saves again, now against the reloaded user: accepted.
    await formA.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(formA).toBeHidden();
    await expect(audioSection(panelA).getByRole('status')).toBeVisible();
    expect((await serverUser(tabA, userId)).audioConferencing.allowUnauthenticatedStart).toBe(true);
  });

  // A4, no lost update: after the 412 the fields tab A didn't touch show the reloaded user, so
  // A's retry keeps tab B's "Domestic only".
  test("Edit: A's retry after the conflict keeps B's change to a field A didn't touch", async ({
    page: tabA,
    newTab,
  }) => {
    const tabB = await newTab();
    const panelA = await openUserIn(tabA, AMOS);
    const userId = userIdFromUrl(tabA);
    const panelB = await openUserIn(tabB, AMOS);
    const formA = await openEditForm(panelA);
    const formB = await openEditForm(panelB);

    await formB.getByLabel('Dial-out', { exact: true }).selectOption({ label: 'Domestic only' });
    await formB.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(formB).toBeHidden();

    await formA.getByRole('switch', { name: UNAUTHENTICATED_START }).check();
    const reloaded = userReload(tabA, userId);
    await formA.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(formA.getByRole('alert')).toContainText(SOMEONE_ELSE_CHANGED);
    await reloaded;
    await expect(
      formA.getByRole('switch', { name: UNAUTHENTICATED_START }),
      'what A typed',
    ).toBeChecked();
    await expect
      .soft(dialOutShown(formA), "the field A didn't touch shows the reloaded value")
      .toHaveText('Domestic only', { timeout: 2_000 });
    await formA.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(formA).toBeHidden();

    const saved = (await serverUser(tabA, userId)).audioConferencing;
    expect(saved.allowUnauthenticatedStart, "A's change").toBe(true);
    expect(saved.dialOut, "B's change survives A's retry").toBe('DomesticOnly');
  });

  test("Reset conference ID: tab A's stale reset is refused and resets nothing until retried", async ({
    page: tabA,
    newTab,
  }) => {
    const tabB = await newTab();
    const panelA = await openUserIn(tabA, AMOS);
    const userId = userIdFromUrl(tabA);
    const panelB = await openUserIn(tabB, AMOS);
    const firstId = (await valueOf(panelA, 'Conference ID').innerText()).trim();
    const emailsBefore = await mailboxCount(tabA);

    // Tab B resets the ID first.
    await audioSection(panelB).getByRole('button', { name: 'Reset conference ID' }).click();
    const resetB = tabB.getByRole('dialog', { name: 'Reset conference ID' });
    await resetB.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect(resetB).toBeHidden();
    const idB = valueOf(panelB, 'Conference ID');
    await expect(idB).not.toHaveText(firstId);
    await expect(idB).toHaveText(/^\d{7}$/);
    const secondId = (await idB.innerText()).trim();

    // Tab A still shows the first ID; its reset is refused and changes nothing.
    await expect(valueOf(panelA, 'Conference ID')).toHaveText(firstId);
    await audioSection(panelA).getByRole('button', { name: 'Reset conference ID' }).click();
    const resetA = tabA.getByRole('dialog', { name: 'Reset conference ID' });
    const reloaded = userReload(tabA, userId);
    await resetA.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect(resetA.getByRole('alert')).toContainText(SOMEONE_ELSE_CHANGED);
    await reloaded;
    await expect(resetA, 'the dialog stays open to try again').toBeVisible();
    expect((await serverUser(tabA, userId)).audioConferencing.conferenceId).toBe(secondId);
    expect(await mailboxCount(tabA), "only B's reset sent an email").toBe(emailsBefore + 1);
    // The panel behind the dialog shows the reloaded user.
    await expect(
      valueOf(
        tabA.getByRole('dialog', { name: AMOS, exact: true, includeHidden: true }),
        'Conference ID',
        { includeHidden: true },
      ),
    ).toHaveText(secondId);

    // Retried against the reloaded user, the reset goes through.
    await resetA.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect(resetA).toBeHidden();
    const idA = valueOf(panelA, 'Conference ID');
    await expect(idA).toHaveText(/^\d{7}$/);
    await expect(idA).not.toHaveText(secondId);
    await expect(idA).not.toHaveText(firstId);
    const thirdId = (await idA.innerText()).trim();
    expect((await serverUser(tabA, userId)).audioConferencing.conferenceId).toBe(thirdId);
    expect(await mailboxCount(tabA)).toBe(emailsBefore + 2);
  });
});
