import type { Locator, Page } from '@playwright/test';
import {
  audioSection,
  bridgeAnswer,
  dialIn,
  expect,
  mailbox,
  mailboxCount,
  meetingList,
  serverUser,
  test,
  userIdFromUrl,
  valueOf,
} from './fixtures';

const AMOS = 'Amos Marble';
const AMOS_EMAIL = 'amos.marble@contoso.com';
const KEN = 'Ken Myer';

/** A line that names a PIN and carries digits: what an email must never hold. */
const PIN_WITH_DIGITS = /PIN[^\n\d]*\d/;

/**
 * IDs to try for a free one: the seed decides which are taken, so a refusal as "in use" or
 * "retired" moves on to the next.
 */
const CANDIDATE_IDS = ['7654321', '7650123', '2468024', '1357913', '8080808', '5550142'];

/** The browser logs every refused request (400) and stale write (412) itself. */
const REFUSED_REQUEST = /Failed to load resource: .*\b(400|412)\b/;

/** The Edit panel while a dialog above it hides it from the accessibility tree. */
function panelBehindDialog(page: Page, name: string): Locator {
  return page.getByRole('dialog', { name, exact: true, includeHidden: true });
}

async function openSetDialog(page: Page, panel: Locator): Promise<Locator> {
  await audioSection(panel).getByRole('button', { name: 'Set conference ID', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Set conference ID', exact: true });
  await expect(dialog.getByLabel('New conference ID')).toBeVisible();
  return dialog;
}

/** Types `value` in a fresh Set conference ID dialog and saves; tells whether it was taken. */
async function trySetConferenceId(
  page: Page,
  panel: Locator,
  value: string,
): Promise<{ dialog: Locator; refusal: string | null }> {
  const dialog = await openSetDialog(page, panel);
  await dialog.getByLabel('New conference ID').fill(value);
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  const fieldMessage = dialog.getByRole('alert');
  await Promise.race([
    dialog.waitFor({ state: 'hidden', timeout: 7_000 }),
    fieldMessage.first().waitFor({ state: 'visible', timeout: 7_000 }),
  ]);
  if (!(await dialog.isVisible())) return { dialog, refusal: null };
  return { dialog, refusal: (await fieldMessage.first().innerText()).trim() };
}

/** Gives the user of `panel` a free ID of the candidates; returns it. */
async function setFreeConferenceId(page: Page, panel: Locator): Promise<string> {
  for (const candidate of CANDIDATE_IDS) {
    const { dialog, refusal } = await trySetConferenceId(page, panel, candidate);
    if (refusal === null) return candidate;
    expect(refusal, `${candidate} is only refused for being taken`).toMatch(/in use|retired/i);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
  }
  throw new Error(`None of ${CANDIDATE_IDS.join(', ')} was free`);
}

/**
 * Expects the open Set conference ID dialog to show one field message matching `reason`, read
 * with the field; returns the message.
 */
async function expectFieldMessage(
  dialog: Locator,
  reason: RegExp,
  check: typeof expect = expect,
): Promise<string> {
  const field = dialog.getByLabel('New conference ID');
  const message = dialog.getByRole('alert');
  await check(message, 'one field message').toHaveCount(1);
  await check(message.first()).toHaveText(reason);
  await check(field).toHaveAttribute('aria-invalid', 'true');
  const text = (await message.first().innerText()).trim();
  await check(field, 'the message is read with the field').toHaveAccessibleDescription(
    new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
  );
  return text;
}

/**
 * In the open panel of `name`: enters `value` as the new ID, expects a field message matching
 * `reason`, cancels, and checks that nothing changed (the panel, the server, the mailbox).
 * With `check = expect.soft`, a failure is reported and the next input can still be tried.
 */
async function expectRefused(
  page: Page,
  name: string,
  value: string,
  reason: RegExp,
  check: typeof expect = expect,
): Promise<string> {
  const panel = page.getByRole('dialog', { name, exact: true });
  const userId = userIdFromUrl(page);
  const idBefore = (await valueOf(panel, 'Conference ID').innerText()).trim();
  const before = { user: await serverUser(page, userId), emails: await mailboxCount(page) };

  const dialog = await openSetDialog(page, panel);
  await dialog.getByLabel('New conference ID').fill(value);
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await Promise.race([
    dialog.waitFor({ state: 'hidden', timeout: 7_000 }),
    dialog.getByRole('alert').first().waitFor({ timeout: 7_000 }),
  ]).catch(() => undefined);
  let message = '';
  const refused = await dialog.isVisible();
  check(refused, `${JSON.stringify(value)} is refused: the dialog stays open`).toBe(true);
  if (refused) {
    message = await expectFieldMessage(dialog, reason, check);
    await check(
      valueOf(panelBehindDialog(page, name), 'Conference ID', { includeHidden: true }),
    ).toHaveText(idBefore);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
  }

  await check(valueOf(panel, 'Conference ID'), 'the panel shows the same ID').toHaveText(idBefore);
  check(await serverUser(page, userId), 'the server changed nothing').toEqual(before.user);
  check(await mailboxCount(page), 'no email was sent').toBe(before.emails);
  return message;
}

test.describe('Done-when 1: an easy-to-remember conference ID (C3, C2, E1, D1)', () => {
  test.beforeEach(({ consoleGuard }) => consoleGuard.allow(REFUSED_REQUEST));

  test("Amos Marble gets a free ID of the admin's choice: shown, emailed without a PIN, the only one the bridge takes", async ({
    page,
    openUser,
  }) => {
    test.slow();
    const panel = await openUser(AMOS);
    const oldId = (await valueOf(panel, 'Conference ID').innerText()).trim();
    expect(oldId).toMatch(/^\d{7}$/);
    const emailsBefore = await mailboxCount(page);

    // The dialog warns that invites already sent carry the old ID (C4).
    const dialog = await openSetDialog(page, panel);
    await expect(dialog).toContainText(/invites/i);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();

    const newId = await setFreeConferenceId(page, panel);
    await expect(valueOf(panel, 'Conference ID')).toHaveText(newId);
    const outcome = audioSection(panel).getByRole('status');
    await expect(outcome).toContainText(newId);
    await expect(outcome).toContainText(AMOS_EMAIL);
    await expect(outcome, 'the invites warning (C4)').toContainText(/invites/i);
    expect(await mailboxCount(page), 'one email (E1)').toBe(emailsBefore + 1);

    // The mailbox has the email: to Amos, with the new ID, without a PIN.
    await panel.getByRole('button', { name: 'Close' }).click();
    await expect(panel).toBeHidden();
    await page.getByRole('link', { name: 'Sent emails' }).click();
    const rows = page
      .getByRole('table', { name: 'Sent emails' })
      .getByRole('row')
      .filter({ hasText: AMOS_EMAIL });
    await expect(rows).toHaveCount(1);
    const subject = rows.getByRole('button');
    await expect(subject).toHaveText(/conference ID/i);
    await subject.click();
    const message = page.getByRole('region', { name: 'Message' });
    await expect(message).toContainText(AMOS_EMAIL);
    await expect(message).toContainText(newId);
    await expect(message).not.toContainText(oldId);
    await expect(message).not.toContainText(PIN_WITH_DIGITS);

    // D1: the bridge refuses the old (retired) ID and accepts the new one.
    await dialIn(page, oldId);
    await expect(bridgeAnswer(page, 'alert')).toBeVisible();
    await expect(bridgeAnswer(page, 'status')).toHaveCount(0);
    await expect(page.getByRole('list', { name: 'In the lobby' })).toHaveCount(0);
    await dialIn(page, newId);
    await expect(bridgeAnswer(page, 'status')).toBeVisible();
    await expect(bridgeAnswer(page, 'alert')).toHaveCount(0);
    await expect(meetingList(page, 'In the lobby')).toHaveText(['Caller 1']);

    // Amos's old ID is retired: nobody can have it (C2, C3).
    await openUser(KEN);
    const refusal = await expectRefused(page, KEN, oldId, /retired|used before|no longer/i);
    expect(refusal, 'the message names no other user').not.toMatch(/Amos|Marble/i);
  });

  test("Ken Myer can't have Amos Marble's ID: a field message that doesn't name Amos, and nothing changes", async ({
    page,
    openUser,
  }) => {
    const amos = await openUser(AMOS);
    const amosId = (await valueOf(amos, 'Conference ID').innerText()).trim();
    const amosUserId = userIdFromUrl(page);
    const amosBefore = await serverUser(page, amosUserId);

    await openUser(KEN);
    const message = await expectRefused(page, KEN, amosId, /in use|taken|already/i);
    expect(message, 'the message names no other user').not.toMatch(/Amos|Marble/i);
    const kenPanel = page.getByRole('dialog', { name: KEN, exact: true });
    await expect(kenPanel, 'nothing on the panel names Amos').not.toContainText(/Amos|Marble/i);
    expect(await serverUser(page, amosUserId), "Amos's ID is his").toEqual(amosBefore);
  });

  const badInputs = [
    { name: 'letters', value: 'abcdefg' },
    { name: 'a space', value: '123 4567' },
    { name: 'a plus sign', value: '+123456' },
    { name: 'a hyphen', value: '123-456' },
    { name: 'full-width digits', value: '１２３４５６７' },
    { name: 'Arabic-Indic digits', value: '٠١٢٣٤٥٦' },
    { name: '6 digits', value: '765432' },
    { name: '8 digits', value: '76543210' },
  ];

  test('an ID that is not exactly 7 ASCII digits is refused with a field message and nothing changes', async ({
    page,
    openUser,
  }) => {
    test.slow();
    await openUser(KEN);
    // One step per input; soft checks, so that every input is tried and each failure named.
    for (const { name, value } of badInputs) {
      await test.step(`${name}: ${value}`, async () => {
        await expectRefused(page, KEN, value, /digit|number/i, expect.soft);
      });
    }
  });
});

test.describe('Done-when 1: the provider decides whether the ID works (C1, C5, D1)', () => {
  test('Alex Wilber switched to Microsoft gets a 7-digit ID that the bridge accepts', async ({
    page,
    openUser,
  }) => {
    const panel = await openUser('Alex Wilber');
    const section = audioSection(panel);
    await expect(
      section.getByRole('button', { name: 'Set conference ID', exact: true }),
    ).toHaveAttribute('aria-disabled', 'true');

    await section.getByRole('button', { name: 'Edit', exact: true }).click();
    const edit = page.getByRole('dialog', { name: 'Edit Audio Conferencing' });
    await expect(edit.getByLabel('Provider', { exact: true })).toHaveValue(/./);
    await edit.getByLabel('Provider', { exact: true }).selectOption({ label: 'Microsoft' });
    await edit.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(edit).toBeHidden();

    await expect(valueOf(panel, 'Provider')).toHaveText('Microsoft');
    const conferenceId = valueOf(panel, 'Conference ID');
    await expect(conferenceId).toHaveText(/^\d{7}$/);
    const id = (await conferenceId.innerText()).trim();
    await expect(section.getByRole('status')).toContainText(id);
    for (const action of ['Reset conference ID', 'Set conference ID']) {
      await expect(section.getByRole('button', { name: action, exact: true })).not.toHaveAttribute(
        'aria-disabled',
        'true',
      );
    }

    await dialIn(page, id);
    await expect(bridgeAnswer(page, 'status')).toBeVisible();
    await expect(meetingList(page, 'In the lobby')).toHaveText(['Caller 1']);
    await expect(meetingList(page, 'In the meeting')).toHaveCount(0);
  });

  test('Amos Marble switched to None: his ID stops working and the ID actions say why', async ({
    page,
    openUser,
  }) => {
    const panel = await openUser(AMOS);
    const section = audioSection(panel);
    const oldId = (await valueOf(panel, 'Conference ID').innerText()).trim();
    const emailsBefore = await mailboxCount(page);

    await section.getByRole('button', { name: 'Edit', exact: true }).click();
    const edit = page.getByRole('dialog', { name: 'Edit Audio Conferencing' });
    await edit.getByLabel('Provider', { exact: true }).selectOption({ label: 'None' });
    await edit.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(edit).toBeHidden();

    await expect(valueOf(panel, 'Provider')).toHaveText('None');
    await expect(valueOf(panel, 'Conference ID')).not.toHaveText(oldId);
    await expect(section.getByRole('status')).toContainText(oldId);
    const reason = section.getByRole('paragraph').filter({ hasText: /provider/i });
    await expect(reason).toBeVisible();
    const reasonText = (await reason.innerText()).trim();
    for (const action of ['Reset conference ID', 'Set conference ID']) {
      const button = section.getByRole('button', { name: action, exact: true });
      await expect(button, `${action} is disabled`).toHaveAttribute('aria-disabled', 'true');
      await expect(button, `${action} is described by the reason`).toHaveAccessibleDescription(
        reasonText,
      );
    }
    // A click on a disabled action opens nothing.
    await section.getByRole('button', { name: 'Set conference ID', exact: true }).click({
      force: true,
    });
    await expect(page.getByRole('dialog', { name: 'Set conference ID' })).toHaveCount(0);

    // E1: Amos is told that his ID no longer works.
    const emails = await mailbox(page);
    expect(emails).toHaveLength(emailsBefore + 1);
    expect(emails.filter((email) => email.to === AMOS_EMAIL)).toHaveLength(1);

    // D1: the bridge refuses the ID.
    await dialIn(page, oldId);
    await expect(bridgeAnswer(page, 'alert')).toBeVisible();
    await expect(bridgeAnswer(page, 'status')).toHaveCount(0);
    await expect(page.getByRole('list', { name: 'In the lobby' })).toHaveCount(0);
  });
});

test.describe('Done-when 4: axe finds no violation', () => {
  test('on the Set conference ID dialog, also with a field error, and on the Edit Audio Conferencing dialog', async ({
    page,
    openUser,
    checkA11y,
    consoleGuard,
  }) => {
    consoleGuard.allow(REFUSED_REQUEST);
    const panel = await openUser(AMOS);

    const setDialog = await openSetDialog(page, panel);
    await checkA11y(page);
    await setDialog.getByLabel('New conference ID').fill('12a');
    await setDialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expectFieldMessage(setDialog, /digit|number/i);
    await checkA11y(page);
    await setDialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(setDialog).toBeHidden();

    await audioSection(panel).getByRole('button', { name: 'Edit', exact: true }).click();
    const edit = page.getByRole('dialog', { name: 'Edit Audio Conferencing' });
    await expect(edit.getByRole('button', { name: 'Save', exact: true })).toBeVisible();
    await checkA11y(page);
  });
});
