import type { Locator, Page } from '@playwright/test';
import {
  audioSection,
  bridgeAnswer,
  conferenceIdOf,
  dialIn,
  expect,
  expectFieldError,
  MASKED_PIN,
  meetingList,
  openBridgeSettings,
  openUserIn,
  resetPinFrom,
  serverBridge,
  test,
  valueOf,
} from './fixtures';

const AMOS = 'Amos Marble'; // site Redmond
const KEN = 'Ken Myer'; // site Redmond, no PIN yet
const MEGAN = 'Megan Bowen'; // site New York

/** The browser logs every refused request (400) itself. */
const REFUSED_REQUEST = /Failed to load resource: .*\b400\b/;

function policiesSection(page: Page): Locator {
  return page.getByRole('region', { name: 'PIN policies' });
}

/** The rows of the `PIN policies` table, header excluded. */
function policyRows(page: Page): Locator {
  return page
    .getByRole('table', { name: 'PIN policies' })
    .getByRole('row')
    .filter({
      has: page.getByRole('cell'),
    });
}

/** The `Policy` value of a user's panel (opened afresh, so that it is the server's). */
async function policyOf(page: Page, name: string): Promise<Locator> {
  return valueOf(await openUserIn(page, name), 'Policy');
}

test.describe('Done-when 2: the PIN length of the bridge (B2, P1)', () => {
  test("13 is refused with a field message and nothing is saved; 8 is saved, Ken Myer's new PIN has 8 digits and starts his meeting, and older PINs keep their length", async ({
    page,
    openUser,
    consoleGuard,
  }) => {
    test.slow();
    consoleGuard.allow(REFUSED_REQUEST);

    // A PIN generated before the change: 5 digits, the default length.
    const amos = await openUser(AMOS);
    const amosId = await conferenceIdOf(amos);
    const amosPin = await resetPinFrom(page, amos);
    expect(amosPin).toMatch(/^\d{5}$/);
    await amos.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(amos).toBeHidden();

    await page.getByRole('link', { name: 'Conference bridges' }).click();
    await expect(page.getByRole('heading', { name: 'Conference bridges', level: 1 })).toBeVisible();
    const bridge = page.getByRole('region', { name: 'Bridge settings' });
    const pinLength = bridge.getByLabel('PIN length', { exact: true });
    const save = bridge.getByRole('button', { name: 'Save', exact: true });
    const saved = bridge.getByRole('status').filter({ hasText: 'Bridge settings saved.' });
    await expect(pinLength).toHaveValue('5');

    // Out of range: a field message read with the field, and nothing saved.
    await pinLength.fill('13');
    await save.click();
    await expectFieldError(bridge, pinLength, /4 to 12/);
    await expect(saved).toHaveCount(0);
    expect((await serverBridge(page)).pinLength, 'nothing saved').toBe(5);
    await page.reload();
    await expect(pinLength, 'nothing saved').toHaveValue('5');

    // In range: saved, and kept.
    await pinLength.fill('8');
    await save.click();
    await expect(saved).toBeVisible();
    await expect(pinLength).not.toHaveAttribute('aria-invalid', 'true');
    expect((await serverBridge(page)).pinLength).toBe(8);
    await page.reload();
    await expect(pinLength).toHaveValue('8');

    // P1: a PIN generated now has 8 digits, and it starts Ken's meeting.
    const ken = await openUser(KEN);
    await expect(valueOf(ken, 'PIN')).toHaveText('Not set');
    const kenId = await conferenceIdOf(ken);
    const kenPin = await resetPinFrom(page, ken);
    expect(kenPin).toMatch(/^\d{8}$/);
    await expect(valueOf(ken, 'PIN')).toHaveText(MASKED_PIN);

    await dialIn(page, kenId, kenPin);
    await expect(bridgeAnswer(page, 'status')).toContainText(/started/i);
    await expect(bridgeAnswer(page, 'alert')).toHaveCount(0);
    await expect(meetingList(page, 'In the meeting')).toHaveText([`${KEN} (organizer)`]);

    // B2: the PIN made before the change keeps its 5 digits and still works.
    await dialIn(page, amosId, amosPin);
    await expect(bridgeAnswer(page, 'status')).toContainText(/started/i);
    await expect(bridgeAnswer(page, 'alert')).toHaveCount(0);
  });
});

test('Done-when 2: the other bridge settings are saved and kept (B3, B4, B5)', async ({ page }) => {
  const bridge = await openBridgeSettings(page);
  const before = await serverBridge(page);
  expect(before, 'the defaults (B3, B4)').toMatchObject({
    autoSendEmails: true,
    entryExitNotifications: true,
    askCallersToRecordName: true,
  });

  const autoEmails = bridge.getByRole('switch', { name: 'Automatically send emails to users' });
  const notifications = bridge.getByRole('switch', { name: 'Entry and exit notifications' });
  const recordName = bridge.getByRole('switch', { name: 'Ask callers to record their name' });
  const announcement = bridge.getByLabel('Entry and exit announcement type', { exact: true });
  const tollNumber = bridge.getByLabel('Default toll number', { exact: true });
  const tollFreeNumber = bridge.getByLabel('Default toll-free number', { exact: true });
  for (const control of [autoEmails, notifications, recordName]) {
    await expect(control).toBeChecked();
  }

  // Another toll number than the current default, and no default toll-free number.
  const tollValues = await tollNumber
    .locator('option')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  const otherToll = tollValues.find((value) => value !== before.defaultTollNumber);
  expect(otherToll, 'the bridge has more than one toll number').toBeTruthy();

  await autoEmails.uncheck();
  await notifications.uncheck();
  await recordName.uncheck();
  await announcement.selectOption({ label: 'Names or phone numbers' });
  await tollNumber.selectOption(otherToll!);
  await tollFreeNumber.selectOption({ label: 'None' });
  await bridge.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(bridge.getByRole('status')).toHaveText(/Bridge settings saved\./);

  expect(await serverBridge(page)).toMatchObject({
    pinLength: 5,
    autoSendEmails: false,
    entryExitNotifications: false,
    askCallersToRecordName: false,
    announcementType: 'NamesOrPhoneNumbers',
    defaultTollNumber: otherToll,
    defaultTollFreeNumber: null,
  });
  await page.reload();
  for (const control of [autoEmails, notifications, recordName]) {
    await expect(control).not.toBeChecked();
  }
  await expect(announcement).toHaveValue('NamesOrPhoneNumbers');
  await expect(tollNumber).toHaveValue(otherToll!);
  await expect(tollFreeNumber).toHaveValue('');
});

test.describe('Done-when 5: PIN policies (P4)', () => {
  test("a site policy and then a user policy become Amos Marble's policy (global › site › user), and removing them gives it back", async ({
    page,
    openUser,
  }) => {
    test.slow();
    const policy = await policyOf(page, AMOS);
    await expect(policy).toHaveText(
      /^Global policy: at least 5 digits, common patterns not allowed, locks after 5 wrong attempts$/,
    );

    // A site policy for Redmond, Amos's site.
    await openBridgeSettings(page);
    await expect(policyRows(page)).toHaveCount(1);
    await expect(policyRows(page).first()).toContainText('Global');
    await policiesSection(page).getByRole('button', { name: 'Add site policy' }).click();
    const siteDialog = page.getByRole('dialog', { name: 'Add site policy' });
    await siteDialog.getByLabel('Site', { exact: true }).selectOption('Redmond');
    await siteDialog.getByLabel('Minimum length', { exact: true }).fill('6');
    await siteDialog.getByLabel('Maximum logon attempts', { exact: true }).fill('4');
    await siteDialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(siteDialog).toBeHidden();
    const siteRow = policyRows(page).filter({ hasText: 'Site: Redmond' });
    await expect(siteRow.getByRole('cell')).toHaveText([
      'Site: Redmond',
      '6',
      'Not allowed',
      '4',
      /Edit.*Remove/,
    ]);

    await expect(await policyOf(page, AMOS)).toHaveText(
      /^Site policy \(Redmond\): at least 6 digits, common patterns not allowed, locks after 4 wrong attempts$/,
    );
    // Only for that site.
    await expect(await policyOf(page, MEGAN)).toHaveText(/^Global policy: at least 5/);

    // A user policy for Amos wins over the site's.
    await openBridgeSettings(page);
    await policiesSection(page).getByRole('button', { name: 'Add user policy' }).click();
    const userDialog = page.getByRole('dialog', { name: 'Add user policy' });
    await userDialog.getByLabel('Find user', { exact: true }).fill(AMOS);
    const userSelect = userDialog.getByLabel('User', { exact: true });
    await expect(userSelect.locator('option')).toHaveText([AMOS]);
    await userSelect.selectOption({ label: AMOS });
    await userDialog.getByLabel('Minimum length', { exact: true }).fill('7');
    await userDialog.getByRole('checkbox', { name: 'Allow common patterns' }).check();
    await userDialog.getByLabel('Maximum logon attempts', { exact: true }).fill('3');
    await userDialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(userDialog).toBeHidden();
    await expect(
      policyRows(page)
        .filter({ hasText: `User: ${AMOS}` })
        .getByRole('cell'),
    ).toHaveText([`User: ${AMOS}`, '7', 'Allowed', '3', /Edit.*Remove/]);

    const panel = await openUser(AMOS);
    await expect(valueOf(panel, 'Policy')).toHaveText(
      /^User policy \(Amos Marble\): at least 7 digits, common patterns allowed, locks after 3 wrong attempts$/,
    );
    // The policy is the one a specific PIN is checked against (P3): a run is allowed, 6 digits not.
    await audioSection(panel).getByRole('button', { name: 'Reset PIN', exact: true }).click();
    const reset = page.getByRole('dialog', { name: 'Reset PIN', exact: true });
    await reset.getByRole('radio', { name: 'Enter a specific PIN' }).check();
    const specific = reset.getByRole('textbox', { name: 'Specific PIN' });
    await specific.fill('123456');
    await expect(specific).toHaveAccessibleDescription(/Use at least 7 digits\./);
    await expect(specific).not.toHaveAccessibleDescription(/consecutive/);
    await specific.fill('1234567');
    await expect(specific).toHaveAccessibleDescription(/This PIN meets the policy\./);
    await reset.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(reset).toBeHidden();
    await expect(valueOf(panel, 'PIN')).toHaveText(MASKED_PIN);

    // Removing the user policy gives the site's back, removing that the global one.
    await openBridgeSettings(page);
    await policiesSection(page)
      .getByRole('button', { name: `Remove User: ${AMOS} policy`, exact: true })
      .click();
    await expect(policyRows(page)).toHaveCount(2);
    await expect(await policyOf(page, AMOS)).toHaveText(/^Site policy \(Redmond\)/);

    await openBridgeSettings(page);
    await policiesSection(page)
      .getByRole('button', { name: 'Remove Site: Redmond policy', exact: true })
      .click();
    await expect(policyRows(page)).toHaveCount(1);
    await expect(
      policiesSection(page).getByRole('button', { name: 'Remove Global policy' }),
      'the global policy stays',
    ).toHaveCount(0);
    await expect(await policyOf(page, AMOS)).toHaveText(
      /^Global policy: at least 5 digits, common patterns not allowed, locks after 5 wrong attempts$/,
    );
  });

  test('a policy out of range is refused with a field message and nothing changes', async ({
    page,
    consoleGuard,
  }) => {
    consoleGuard.allow(REFUSED_REQUEST);
    await openBridgeSettings(page);
    await policiesSection(page).getByRole('button', { name: 'Edit Global policy' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit PIN policy' });
    const minimum = dialog.getByLabel('Minimum length', { exact: true });
    const attempts = dialog.getByLabel('Maximum logon attempts', { exact: true });
    await expect(minimum).toHaveValue('5');
    await expect(attempts).toHaveValue('5');
    await minimum.fill('3');
    await attempts.fill('0');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expectFieldError(dialog, minimum, /4 to 24/);
    await expectFieldError(dialog, attempts, /1 to 100|at least 1/);
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(policyRows(page).getByRole('cell')).toHaveText([
      'Global',
      '5',
      'Not allowed',
      '5',
      /Edit/,
    ]);
  });
});

test.describe('Done-when 5: axe finds no violation', () => {
  test('on the Conference bridges page, also with a field error, and on the PIN policy dialogs', async ({
    page,
    checkA11y,
    consoleGuard,
  }) => {
    // Axe on six states of the page and its dialogs.
    test.slow();
    consoleGuard.allow(REFUSED_REQUEST);
    const bridge = await openBridgeSettings(page);
    await expect(page.getByRole('table', { name: 'PIN policies' })).toBeVisible();
    await checkA11y(page);

    const pinLength = bridge.getByLabel('PIN length', { exact: true });
    await pinLength.fill('13');
    await bridge.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(pinLength).toHaveAttribute('aria-invalid', 'true');
    await checkA11y(page);

    const section = policiesSection(page);
    for (const [opener, title] of [
      ['Add site policy', 'Add site policy'],
      ['Add user policy', 'Add user policy'],
      ['Edit Global policy', 'Edit PIN policy'],
    ] as const) {
      await section.getByRole('button', { name: opener }).click();
      const dialog = page.getByRole('dialog', { name: title });
      await expect(dialog.getByLabel('Minimum length', { exact: true })).toBeVisible();
      if (title === 'Add user policy') {
        await dialog.getByLabel('Find user', { exact: true }).fill('Amos');
        await expect(dialog.getByLabel('User', { exact: true }).locator('option')).toHaveText([
          AMOS,
        ]);
      }
      // S1: with its PowerShell shown.
      await dialog.getByRole('button', { name: 'Show PowerShell', exact: true }).click();
      await expect(dialog.getByRole('region', { name: 'PowerShell', exact: true })).toContainText(
        title === 'Add user policy'
          ? "Grant-CsPinPolicy -Identity 'amos.marble@contoso.com'"
          : '-MinPasswordLength 5',
      );
      await checkA11y(page);
      if (title === 'Edit PIN policy') {
        // With a field error too.
        const minimum = dialog.getByLabel('Minimum length', { exact: true });
        await minimum.fill('30');
        await dialog.getByRole('button', { name: 'Save', exact: true }).click();
        await expect(minimum).toHaveAttribute('aria-invalid', 'true');
        await checkA11y(page);
      }
      await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
      await expect(dialog).toBeHidden();
    }
  });
});
