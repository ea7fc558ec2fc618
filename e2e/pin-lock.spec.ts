import type { Locator, Page } from '@playwright/test';
import {
  audioSection,
  bridgeAnswer,
  conferenceIdOf,
  dialIn,
  expect,
  meetingList,
  openBridgeSettings,
  resetPinFrom,
  test,
  valueOf,
} from './fixtures';

const AMOS = 'Amos Marble';
const DIEGO = 'Diego Siciliani';
const KEN = 'Ken Myer';

/** Another PIN of the same length: each digit moved on by one. */
function wrongPin(pin: string): string {
  return pin.replace(/\d/g, (digit) => String((Number(digit) + 1) % 10));
}

function button(panel: Locator, name: 'Reset PIN' | 'Lock PIN' | 'Unlock PIN'): Locator {
  return audioSection(panel).getByRole('button', { name, exact: true });
}

/** P5: a locked PIN, as the panel shows it: Locked, Reset PIN disabled and why, only Unlock PIN. */
async function expectLocked(panel: Locator): Promise<void> {
  await expect(valueOf(panel, 'Lock status')).toHaveText('Locked');
  const reset = button(panel, 'Reset PIN');
  await expect(reset).toHaveAttribute('aria-disabled', 'true');
  await expect(reset, 'the reason says to unlock it first').toHaveAccessibleDescription(/unlock/i);
  await expect(
    audioSection(panel)
      .getByRole('paragraph')
      .filter({ hasText: /locked.*unlock/i }),
  ).toBeVisible();
  await expect(button(panel, 'Unlock PIN')).toBeVisible();
  await expect(button(panel, 'Unlock PIN')).not.toHaveAttribute('aria-disabled', 'true');
  await expect(button(panel, 'Lock PIN'), 'one of Lock PIN / Unlock PIN at a time').toHaveCount(0);
}

async function expectNotLocked(panel: Locator): Promise<void> {
  await expect(valueOf(panel, 'Lock status')).toHaveText('Not locked');
  await expect(button(panel, 'Reset PIN')).not.toHaveAttribute('aria-disabled', 'true');
  await expect(button(panel, 'Lock PIN')).toBeVisible();
  await expect(button(panel, 'Unlock PIN'), 'one of Lock PIN / Unlock PIN at a time').toHaveCount(
    0,
  );
}

/** The number of wrong PINs the panel's `Policy` says lock the PIN. */
async function maximumAttemptsOf(panel: Locator): Promise<number> {
  const policy = valueOf(panel, 'Policy');
  await expect(policy).toHaveText(/locks after \d+ wrong attempts/);
  return Number(/locks after (\d+) wrong attempts/.exec(await policy.innerText())![1]);
}

/** Calls the bridge with a wrong PIN: refused. */
async function dialInWrong(page: Page, conferenceId: string, pin: string, locks: boolean) {
  await dialIn(page, conferenceId, wrongPin(pin));
  const alert = bridgeAnswer(page, 'alert');
  await expect(alert).toContainText(/isn't right/i);
  if (locks) await expect(alert, 'the last attempt locks the PIN').toContainText(/locked/i);
  else await expect(alert, 'not locked yet').not.toContainText(/locked/i);
  await expect(bridgeAnswer(page, 'status')).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'In the meeting' })).toHaveCount(0);
}

/** The right PIN of a locked organizer is refused too. */
async function expectRefusedAsLocked(page: Page, conferenceId: string, pin: string) {
  await dialIn(page, conferenceId, pin);
  await expect(bridgeAnswer(page, 'alert')).toContainText(/locked/i);
  await expect(bridgeAnswer(page, 'status')).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'In the meeting' })).toHaveCount(0);
}

async function expectStarts(page: Page, conferenceId: string, pin: string, organizer: string) {
  await dialIn(page, conferenceId, pin);
  await expect(bridgeAnswer(page, 'status')).toContainText(/started/i);
  await expect(bridgeAnswer(page, 'alert')).toHaveCount(0);
  await expect(meetingList(page, 'In the meeting')).toHaveText([`${organizer} (organizer)`]);
}

test.describe('Done-when 3: a locked PIN (P5)', () => {
  test("Diego Siciliani's locked PIN can't be reset until Unlock PIN; then Reset PIN works and the PIN starts his meeting", async ({
    page,
    openUser,
  }) => {
    const panel = await openUser(DIEGO);
    const conferenceId = await conferenceIdOf(panel);
    await expectLocked(panel);
    // A click on the disabled action opens nothing.
    await button(panel, 'Reset PIN').click({ force: true });
    await expect(page.getByRole('dialog', { name: 'Reset PIN' })).toHaveCount(0);

    await button(panel, 'Unlock PIN').click();
    await expect(audioSection(panel).getByRole('status')).toContainText(/unlocked/i);
    await expectNotLocked(panel);

    const pin = await resetPinFrom(page, panel);
    expect(pin).toMatch(/^\d{5}$/);
    await expectStarts(page, conferenceId, pin, DIEGO);
  });

  test("Lock PIN locks Amos Marble's PIN: the bridge refuses it and it can't be reset until unlocked", async ({
    page,
    openUser,
  }) => {
    const panel = await openUser(AMOS);
    const conferenceId = await conferenceIdOf(panel);
    const pin = await resetPinFrom(page, panel);
    await expectNotLocked(panel);

    await button(panel, 'Lock PIN').click();
    await expect(audioSection(panel).getByRole('status')).toContainText(/locked/i);
    await expectLocked(panel);
    await expect(button(panel, 'Unlock PIN'), 'the focus stays on the action').toBeFocused();

    await expectRefusedAsLocked(page, conferenceId, pin);

    const again = await openUser(AMOS);
    await expectLocked(again);
    await button(again, 'Unlock PIN').click();
    await expectNotLocked(again);
    await expectStarts(page, conferenceId, pin, AMOS);
  });

  test('Ken Myer has no PIN: Lock PIN is disabled and says why', async ({ openUser }) => {
    const panel = await openUser(KEN);
    await expect(valueOf(panel, 'PIN')).toHaveText('Not set');
    await expect(valueOf(panel, 'Lock status')).toHaveText('Not locked');
    const lock = button(panel, 'Lock PIN');
    await expect(lock).toHaveAttribute('aria-disabled', 'true');
    await expect(lock).toHaveAccessibleDescription(/no PIN/i);
  });
});

test.describe('Done-when 3: wrong PINs at the dial-in lock the PIN (D3, P4, P5)', () => {
  test("Amos Marble's PIN locks after the global policy's maximum of wrong PINs (5)", async ({
    page,
    openUser,
  }) => {
    test.slow();
    const panel = await openUser(AMOS);
    const conferenceId = await conferenceIdOf(panel);
    await expect(valueOf(panel, 'Policy')).toHaveText(/^Global policy:/);
    const maximum = await maximumAttemptsOf(panel);
    expect(maximum, 'the default policy (P4)').toBe(5);
    const pin = await resetPinFrom(page, panel);

    for (let attempt = 1; attempt <= maximum; attempt++) {
      await test.step(`wrong PIN ${attempt} of ${maximum}`, () =>
        dialInWrong(page, conferenceId, pin, attempt === maximum));
    }
    await expectRefusedAsLocked(page, conferenceId, pin);

    const locked = await openUser(AMOS);
    await expectLocked(locked);
    await button(locked, 'Unlock PIN').click();
    await expectNotLocked(locked);
    await expectStarts(page, conferenceId, pin, AMOS);
  });

  test('with a user policy of 2 attempts set on the bridge page, the second wrong PIN locks it; a right PIN in between starts the count again', async ({
    page,
    openUser,
  }) => {
    test.slow();
    // The user policy for Amos: at most 2 wrong attempts.
    await openBridgeSettings(page);
    await page
      .getByRole('region', { name: 'PIN policies' })
      .getByRole('button', { name: 'Add user policy' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Add user policy' });
    await dialog.getByLabel('Find user', { exact: true }).fill(AMOS);
    const user = dialog.getByLabel('User', { exact: true });
    await expect(user.locator('option')).toHaveText([AMOS]);
    await user.selectOption({ label: AMOS });
    await dialog.getByLabel('Maximum logon attempts', { exact: true }).fill('2');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(dialog).toBeHidden();

    const panel = await openUser(AMOS);
    const conferenceId = await conferenceIdOf(panel);
    await expect(valueOf(panel, 'Policy')).toHaveText(/^User policy \(Amos Marble\):/);
    expect(await maximumAttemptsOf(panel)).toBe(2);
    const pin = await resetPinFrom(page, panel);

    // One wrong (not locked yet), then the right PIN: the count starts again.
    await dialInWrong(page, conferenceId, pin, false);
    await expectStarts(page, conferenceId, pin, AMOS);
    await page.getByRole('button', { name: 'End meeting' }).click();
    await expect(page.getByRole('list', { name: 'In the meeting' })).toHaveCount(0);

    await dialInWrong(page, conferenceId, pin, false);
    await dialInWrong(page, conferenceId, pin, true);
    await expectRefusedAsLocked(page, conferenceId, pin);
    await expectLocked(await openUser(AMOS));
  });
});
