import type { Locator, Page } from '@playwright/test';
import { audioSection, bridgeAnswer, dialIn, expect, meetingList, test, valueOf } from './fixtures';

const AMOS = 'Amos Marble';
const KEN = 'Ken Myer';
const UNAUTHENTICATED_START = 'Unauthenticated callers can start the meeting';

/** Resets the PIN of the user of `panel` and returns the new PIN, shown once. */
async function resetPin(page: Page, panel: Locator): Promise<string> {
  await audioSection(panel).getByRole('button', { name: 'Reset PIN' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset PIN' });
  await dialog.getByRole('button', { name: 'Reset', exact: true }).click();
  // Exact: the options before the reset may name the new PIN too ("How to set the new PIN").
  const newPin = dialog.getByLabel('New PIN', { exact: true });
  await expect(dialog.getByRole('button', { name: 'Copy PIN' })).toBeVisible();
  await expect(newPin).toHaveValue(/^\d{4,12}$/);
  const pin = await newPin.inputValue();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  return pin;
}

/** Another PIN of the same length: each digit moved on by one. */
function wrongPin(pin: string): string {
  return pin.replace(/\d/g, (digit) => String((Number(digit) + 1) % 10));
}

test.describe('Done-when 3: the dial-in simulator (D1, D2)', () => {
  test("callers without a PIN wait in the lobby; a wrong PIN is refused; the organizer's PIN starts the meeting", async ({
    page,
    openUser,
  }) => {
    test.slow();
    const panel = await openUser(AMOS);
    const conferenceId = (await valueOf(panel, 'Conference ID').innerText()).trim();
    expect(conferenceId).toMatch(/^\d{7}$/);
    const pin = await resetPin(page, panel);

    await panel.getByRole('button', { name: 'Close' }).click();
    await expect(panel).toBeHidden();
    await page.getByRole('link', { name: 'Dial-in simulator' }).click();
    await expect(page.getByRole('heading', { name: 'Dial-in simulator', level: 1 })).toBeVisible();

    // Two callers without a PIN: music on hold in the lobby.
    await dialIn(page, conferenceId);
    await expect(bridgeAnswer(page, 'status')).toContainText('Caller 1');
    await expect(meetingList(page, 'In the lobby')).toHaveText(['Caller 1']);
    await dialIn(page, conferenceId);
    await expect(bridgeAnswer(page, 'status')).toContainText('Caller 2');
    await expect(meetingList(page, 'In the lobby')).toHaveText(['Caller 1', 'Caller 2']);
    await expect(meetingList(page, 'In the meeting')).toHaveCount(0);

    // A wrong PIN is refused and changes nothing in the meeting.
    await dialIn(page, conferenceId, wrongPin(pin));
    await expect(bridgeAnswer(page, 'alert')).toBeVisible();
    await expect(bridgeAnswer(page, 'status')).toHaveCount(0);
    await expect(meetingList(page, 'In the lobby')).toHaveCount(2);
    await expect(meetingList(page, 'In the meeting')).toHaveCount(0);
    await expect(page.getByLabel('PIN', { exact: true }), 'the PIN is not kept').toHaveValue('');

    // The organizer's PIN starts the meeting: the lobby joins.
    await dialIn(page, conferenceId, pin);
    await expect(bridgeAnswer(page, 'status')).toBeVisible();
    await expect(bridgeAnswer(page, 'alert')).toHaveCount(0);
    await expect(meetingList(page, 'In the meeting')).toHaveText([
      `${AMOS} (organizer)`,
      'Caller 1',
      'Caller 2',
    ]);
    await expect(meetingList(page, 'In the lobby')).toHaveCount(0);
    await expect(page.getByLabel('PIN', { exact: true }), 'the PIN is not kept').toHaveValue('');

    // Once started, a caller without a PIN goes straight in.
    await dialIn(page, conferenceId);
    await expect(bridgeAnswer(page, 'status')).toContainText('Caller 3');
    await expect(meetingList(page, 'In the meeting')).toHaveCount(4);
    await expect(meetingList(page, 'In the lobby')).toHaveCount(0);

    // End meeting hangs everyone up.
    await page.getByRole('button', { name: 'End meeting' }).click();
    await expect(page.getByRole('list', { name: 'In the meeting' })).toHaveCount(0);
  });

  test('with "Unauthenticated callers can start the meeting" on, a caller without a PIN starts Ken Myer\'s meeting', async ({
    page,
    openUser,
  }) => {
    const panel = await openUser(KEN);
    const conferenceId = (await valueOf(panel, 'Conference ID').innerText()).trim();
    expect(conferenceId).toMatch(/^\d{7}$/);
    await audioSection(panel).getByRole('button', { name: 'Edit', exact: true }).click();
    const edit = page.getByRole('dialog', { name: 'Edit Audio Conferencing' });
    const allow = edit.getByRole('switch', { name: UNAUTHENTICATED_START });
    await expect(allow, 'off by default').not.toBeChecked();
    await allow.check();
    await edit.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(edit).toBeHidden();
    await expect(audioSection(panel).getByRole('status')).toBeVisible();

    await dialIn(page, conferenceId);
    await expect(bridgeAnswer(page, 'status')).toBeVisible();
    await expect(meetingList(page, 'In the meeting')).toHaveText(['Caller 1']);
    await expect(meetingList(page, 'In the lobby')).toHaveCount(0);
    await dialIn(page, conferenceId);
    await expect(meetingList(page, 'In the meeting')).toHaveText(['Caller 1', 'Caller 2']);
    await expect(meetingList(page, 'In the lobby')).toHaveCount(0);
  });
});

test('Done-when 4: axe finds no violation on /dial-in with a meeting waiting (and a refusal shown) or started', async ({
  page,
  openUser,
  checkA11y,
}) => {
  const panel = await openUser(AMOS);
  const conferenceId = (await valueOf(panel, 'Conference ID').innerText()).trim();
  const pin = await resetPin(page, panel);

  // A meeting waiting for its organizer, and a refused call's alert above it.
  await dialIn(page, conferenceId);
  await expect(meetingList(page, 'In the lobby')).toHaveText(['Caller 1']);
  await dialIn(page, '12345'); // not a conference ID
  await expect(bridgeAnswer(page, 'alert')).toBeVisible();
  await expect(meetingList(page, 'In the lobby')).toHaveText(['Caller 1']);
  await checkA11y(page);

  // The meeting started.
  await dialIn(page, conferenceId, pin);
  await expect(meetingList(page, 'In the meeting')).toHaveText([`${AMOS} (organizer)`, 'Caller 1']);
  await checkA11y(page);
});
