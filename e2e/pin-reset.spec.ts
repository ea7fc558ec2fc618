import type { Locator, Page } from '@playwright/test';
import {
  audioSection,
  bridgeAnswer,
  conferenceIdOf,
  dialIn,
  expect,
  expectFieldError,
  mailbox,
  mailboxCount,
  MASKED_PIN,
  meetingList,
  openBridgeSettings,
  serverBridge,
  test,
  valueOf,
  wholeNumber,
} from './fixtures';

const AMOS = 'Amos Marble';
const KEN = 'Ken Myer';
const KEN_EMAIL = 'ken.myer@contoso.com';
const MEGAN = 'Megan Bowen';
const MEGAN_OTHER_ADDRESS = 'megan.bowen@fabrikam.com';

const CONSECUTIVE = "Don't use 4 or more consecutive digits, such as 1234 or 9876.";
const MEETS_POLICY = /This PIN meets the policy\./;

/** The browser logs every refused request (400) itself. */
const REFUSED_REQUEST = /Failed to load resource: .*\b400\b/;

async function openResetPin(page: Page, panel: Locator): Promise<Locator> {
  await audioSection(panel).getByRole('button', { name: 'Reset PIN', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset PIN', exact: true });
  await expect(dialog.getByRole('button', { name: 'Reset', exact: true })).toBeVisible();
  return dialog;
}

function resetButton(dialog: Locator): Locator {
  return dialog.getByRole('button', { name: 'Reset', exact: true });
}

function specificPin(dialog: Locator): Locator {
  return dialog.getByRole('textbox', { name: 'Specific PIN' });
}

/** The field messages listed under the specific PIN (one per broken rule). */
function pinProblems(dialog: Locator): Locator {
  return dialog.getByRole('alert').getByRole('listitem');
}

test.describe('Done-when 2: a specific PIN (P3)', () => {
  test.beforeEach(({ consoleGuard }) => consoleGuard.allow(REFUSED_REQUEST));

  test("12345 is refused live and by Reset; 24681357 is accepted and starts Ken Myer's meeting", async ({
    page,
    openUser,
  }) => {
    test.slow();
    const panel = await openUser(KEN);
    const conferenceId = await conferenceIdOf(panel);
    await expect(valueOf(panel, 'PIN')).toHaveText('Not set');
    const emailsBefore = await mailboxCount(page);

    const dialog = await openResetPin(page, panel);
    const generate = dialog.getByRole('radio', { name: 'Automatically generate a PIN' });
    await expect(generate, 'generating is the default').toBeChecked();
    await expect(specificPin(dialog), 'no PIN field until asked').toHaveCount(0);
    await dialog.getByRole('radio', { name: 'Enter a specific PIN' }).check();
    const field = specificPin(dialog);
    await expect(field).toBeVisible();

    // Live: the broken rule is listed under the field, and read with it.
    await field.fill('12345');
    await expect(pinProblems(dialog)).toHaveText([CONSECUTIVE]);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(new RegExp(CONSECUTIVE));

    // Reset anyway: refused with the same message; nothing changes, nothing is sent.
    await resetButton(dialog).click();
    await expect(pinProblems(dialog)).toHaveText([CONSECUTIVE]);
    await expect(dialog.getByLabel('New PIN', { exact: true })).toHaveCount(0);
    await expect(resetButton(dialog)).toBeVisible();
    expect(await mailboxCount(page), 'nothing sent').toBe(emailsBefore);
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(valueOf(panel, 'PIN'), 'nothing changed').toHaveText('Not set');

    // A PIN that meets the policy.
    const again = await openResetPin(page, panel);
    await again.getByRole('radio', { name: 'Enter a specific PIN' }).check();
    await specificPin(again).fill('24681357');
    await expect(specificPin(again)).toHaveAccessibleDescription(MEETS_POLICY);
    await expect(specificPin(again)).not.toHaveAttribute('aria-invalid', 'true');
    await expect(pinProblems(again)).toHaveCount(0);
    await resetButton(again).click();
    const newPin = again.getByLabel('New PIN', { exact: true });
    await expect(newPin).toHaveValue('24681357');
    await expect(again.getByRole('status')).toContainText(`sent to ${KEN_EMAIL}`);
    await again.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(again).toBeHidden();
    await expect(valueOf(panel, 'PIN')).toHaveText(MASKED_PIN);
    expect(await mailboxCount(page), 'one email (E1)').toBe(emailsBefore + 1);

    await dialIn(page, conferenceId, '24681357');
    await expect(bridgeAnswer(page, 'status')).toContainText(/started/i);
    await expect(bridgeAnswer(page, 'alert')).toHaveCount(0);
    await expect(meetingList(page, 'In the meeting')).toHaveText([`${KEN} (organizer)`]);
  });

  test('after Reset refused a PIN, the list follows the next PIN typed', async ({
    page,
    openUser,
  }) => {
    // Live validation describes the PIN in the field, not one refused before.
    const panel = await openUser(KEN);
    const dialog = await openResetPin(page, panel);
    await dialog.getByRole('radio', { name: 'Enter a specific PIN' }).check();
    const field = specificPin(dialog);
    await field.fill('12345');
    await expect(pinProblems(dialog)).toHaveText([CONSECUTIVE]);
    await resetButton(dialog).click();
    await expect(pinProblems(dialog)).toHaveText([CONSECUTIVE]);
    await expect(resetButton(dialog)).toBeEnabled();

    // The refused PIN's problems must not stay listed under another PIN.
    // The live check answers 250 ms after typing stops: 3 s is plenty.
    await field.fill('24681357');
    await expect(pinProblems(dialog)).toHaveCount(0, { timeout: 3_000 });
    await expect(field).toHaveAccessibleDescription(MEETS_POLICY, { timeout: 3_000 });
    await expect(field).not.toHaveAttribute('aria-invalid', 'true', { timeout: 3_000 });
  });
});

test.describe('Done-when 2: where the new PIN goes (B3, E1, E3)', () => {
  test('with automatic emails off, a reset sends nothing and the dialog tells the admin to pass the PIN on', async ({
    page,
    openUser,
  }) => {
    const bridge = await openBridgeSettings(page);
    await bridge.getByRole('switch', { name: 'Automatically send emails to users' }).uncheck();
    await bridge.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(bridge.getByRole('status')).toHaveText(/Bridge settings saved\./);
    expect((await serverBridge(page)).autoSendEmails).toBe(false);

    const panel = await openUser(AMOS);
    const emailsBefore = await mailboxCount(page);
    const dialog = await openResetPin(page, panel);
    const send = dialog.getByRole('checkbox', { name: 'Send the PIN to the user in email' });
    await expect(send, 'not sending by default when automatic emails are off').not.toBeChecked();
    await expect(dialog.getByLabel('Send to a different email address')).toBeDisabled();
    await resetButton(dialog).click();

    await expect(dialog.getByLabel('New PIN', { exact: true })).toHaveValue(/^\d{5}$/);
    const outcome = dialog.getByRole('status').filter({ hasText: /email/i });
    await expect(outcome).toContainText(/no email was sent/i);
    await expect(outcome).toContainText(/turned off/i);
    await expect(outcome, 'the admin passes the PIN on').toContainText(/yourself|pass .* on/i);
    await expect(outcome).not.toContainText('@');
    expect(await mailboxCount(page), 'nothing sent').toBe(emailsBefore);
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(dialog).toBeHidden();
    expect(await mailboxCount(page), 'nothing sent').toBe(emailsBefore);
  });

  test('Megan Bowen has no mailbox: sending needs an address, and the PIN email goes there', async ({
    page,
    openUser,
    consoleGuard,
  }) => {
    consoleGuard.allow(REFUSED_REQUEST);
    const panel = await openUser(MEGAN);
    const lastChanged = (await valueOf(panel, 'Last changed').innerText()).trim();
    const emailsBefore = await mailboxCount(page);
    const dialog = await openResetPin(page, panel);
    const send = dialog.getByRole('checkbox', { name: 'Send the PIN to the user in email' });
    const address = dialog.getByLabel('Send to a different email address');
    await expect(send, 'sending is on: automatic emails are on').toBeChecked();
    await expect(address).toBeEnabled();
    expect(
      await address.evaluate(
        (input) =>
          (input as HTMLInputElement).required || input.getAttribute('aria-required') === 'true',
      ),
      'an address is required',
    ).toBe(true);
    await expect(address).toHaveAccessibleDescription(/no mailbox/i);

    // Sending without an address: a field message, and nothing reset or sent.
    await resetButton(dialog).click();
    await expectFieldError(dialog, address, /address/i);
    await expect(dialog.getByLabel('New PIN', { exact: true })).toHaveCount(0);
    expect(await mailboxCount(page), 'nothing sent').toBe(emailsBefore);

    await address.fill(MEGAN_OTHER_ADDRESS);
    await resetButton(dialog).click();
    const newPin = dialog.getByLabel('New PIN', { exact: true });
    await expect(newPin).toHaveValue(/^\d{5}$/);
    const pin = await newPin.inputValue();
    await expect(dialog.getByRole('status').filter({ hasText: /email/i })).toContainText(
      `sent to ${MEGAN_OTHER_ADDRESS}`,
    );
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(valueOf(panel, 'Last changed')).not.toHaveText(lastChanged);

    const emails = await mailbox(page);
    expect(emails, 'one email').toHaveLength(emailsBefore + 1);
    const sent = emails.filter((email) => email.to === MEGAN_OTHER_ADDRESS);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.subject).toMatch(/PIN/);

    // In the mailbox: to that address, about the PIN, which stays masked there.
    await panel.getByRole('button', { name: 'Close' }).click();
    await expect(panel).toBeHidden();
    await page.getByRole('link', { name: 'Sent emails' }).click();
    const row = page
      .getByRole('table', { name: 'Sent emails' })
      .getByRole('row')
      .filter({ hasText: MEGAN_OTHER_ADDRESS });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(/PIN/);
    await row.click();
    const message = page.getByRole('region', { name: 'Message' });
    await expect(message).toContainText(MEGAN_OTHER_ADDRESS);
    await expect(message).toContainText(MASKED_PIN);
    await expect(message).not.toContainText(wholeNumber(pin));
  });
});

test.describe('Done-when 5: axe finds no violation', () => {
  test('on the Reset PIN dialog: generating, a specific PIN with its problems listed, one that meets the policy, and the new PIN', async ({
    page,
    openUser,
    checkA11y,
  }) => {
    const panel = await openUser(KEN);
    const dialog = await openResetPin(page, panel);
    await checkA11y(page);

    await dialog.getByRole('radio', { name: 'Enter a specific PIN' }).check();
    await specificPin(dialog).fill('1111');
    await expect(pinProblems(dialog)).toHaveCount(2); // too short, one digit repeated
    await checkA11y(page);

    await specificPin(dialog).fill('24681357');
    await expect(specificPin(dialog)).toHaveAccessibleDescription(MEETS_POLICY);
    await checkA11y(page);

    await resetButton(dialog).click();
    const newPin = dialog.getByLabel('New PIN', { exact: true });
    await expect(newPin).toHaveValue('24681357');
    await expect(newPin, 'masked until asked').toHaveAttribute('type', 'password');
    await checkA11y(page);
    await dialog.getByRole('checkbox', { name: 'Show PIN' }).check();
    await expect(newPin).toHaveAttribute('type', 'text');
    await checkA11y(page);
  });
});
