import type { Locator, Page } from '@playwright/test';
import {
  bridgeAnswer,
  conferenceIdOf,
  dialIn,
  expect,
  meetingList,
  resetPinFrom,
  test,
  wholeNumber,
} from './fixtures';

const AMOS = 'Amos Marble';
const KEN = 'Ken Myer';
const DIEGO = 'Diego Siciliani';

async function openMyPin(page: Page): Promise<Locator> {
  await page.goto('/me/pin');
  await expect(
    page.getByRole('heading', { name: 'My Audio Conferencing PIN', level: 1 }),
  ).toBeVisible();
  // Here "Signed in as", in the header, chooses the user the page acts for.
  const signedIn = page.getByRole('combobox', { name: 'Signed in as' });
  await expect(signedIn.locator('option:checked')).not.toHaveText('Loading…');
  return signedIn;
}

function newPinOf(page: Page): Locator {
  return page.getByRole('main').getByLabel('New PIN', { exact: true });
}

/** The values of every input of the page: where a PIN on screen would be. */
function inputValues(page: Page): Promise<string[]> {
  return page
    .locator('input, textarea')
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
}

/** Resets the signed-in user's PIN on /me/pin; returns it (read while it is shown once). */
async function resetMyPin(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Reset my PIN' }).click();
  const newPin = newPinOf(page);
  await expect(newPin).toHaveValue(/^\d{5}$/);
  return newPin.inputValue();
}

/** After Done the PIN is nowhere on the page: not as text, not in a field. */
async function expectPinGone(page: Page, pin: string): Promise<void> {
  await expect(newPinOf(page)).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: 'Show PIN' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Reset my PIN' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText(wholeNumber(pin));
  expect((await inputValues(page)).filter((value) => wholeNumber(pin).test(value))).toEqual([]);
}

test.describe('Done-when 4: a user resets their own PIN (P7)', () => {
  test('Amos Marble (signed in by default) resets his PIN: shown once, masked until Show PIN, gone after Done; the old PIN stops working and the new one starts his meeting', async ({
    page,
    openUser,
  }) => {
    test.slow();
    // The PIN an admin gave him before: it stops working once he resets his own.
    const panel = await openUser(AMOS);
    const conferenceId = await conferenceIdOf(panel);
    const oldPin = await resetPinFrom(page, panel);

    const signedIn = await openMyPin(page);
    await expect(signedIn.locator('option:checked')).toHaveText(AMOS);
    await expect(newPinOf(page), 'no PIN before the reset').toHaveCount(0);

    const pin = await resetMyPin(page);
    expect(pin).not.toBe(oldPin);
    const newPin = newPinOf(page);
    await expect(newPin, 'the focus goes to the new PIN').toBeFocused();
    await expect(newPin, 'masked until asked').toHaveAttribute('type', 'password');
    await expect(page.getByRole('main').getByRole('status')).toContainText(
      /only once|won.t be shown again/i,
    );
    await expect(page.locator('body'), 'not shown as text').not.toContainText(wholeNumber(pin));
    const show = page.getByRole('checkbox', { name: 'Show PIN' });
    await show.check();
    await expect(newPin).toHaveAttribute('type', 'text');
    await expect(newPin).toHaveValue(pin);
    await show.uncheck();
    await expect(newPin).toHaveAttribute('type', 'password');

    await page.getByRole('button', { name: 'Done', exact: true }).click();
    await expectPinGone(page, pin);
    await page.reload();
    await expect(page.getByRole('button', { name: 'Reset my PIN' })).toBeVisible();
    await expectPinGone(page, pin);
    // A3: the PIN is in no browser storage either.
    const storage = await page.evaluate(() =>
      [window.localStorage, window.sessionStorage].flatMap((store) =>
        Object.keys(store).map((key) => `${key}=${store.getItem(key) ?? ''}`),
      ),
    );
    expect(storage.filter((entry) => wholeNumber(pin).test(entry))).toEqual([]);

    await dialIn(page, conferenceId, oldPin);
    await expect(bridgeAnswer(page, 'alert'), 'the old PIN no longer works').toBeVisible();
    await expect(bridgeAnswer(page, 'status')).toHaveCount(0);
    await dialIn(page, conferenceId, pin);
    await expect(bridgeAnswer(page, 'status')).toContainText(/started/i);
    await expect(bridgeAnswer(page, 'alert')).toHaveCount(0);
    await expect(meetingList(page, 'In the meeting')).toHaveText([`${AMOS} (organizer)`]);
  });

  test("signed in as Ken Myer, the reset is Ken's: his first PIN starts his meeting; switching users drops the PIN shown", async ({
    page,
    openUser,
  }) => {
    const panel = await openUser(KEN);
    const conferenceId = await conferenceIdOf(panel);

    const signedIn = await openMyPin(page);
    await signedIn.selectOption({ label: KEN });
    await expect(signedIn.locator('option:checked')).toHaveText(KEN);
    await expect(page.getByRole('main')).toContainText(`Signed in as ${KEN}`);
    const pin = await resetMyPin(page);

    // Another user signs in: Ken's PIN is not shown to them.
    await signedIn.selectOption({ label: AMOS });
    await expect(page.getByRole('main')).toContainText(`Signed in as ${AMOS}`);
    await expectPinGone(page, pin);

    // Elsewhere "Signed in as" is the admin's role again, and a reload keeps the user.
    await page.getByRole('link', { name: 'Users' }).click();
    await expect(signedIn.locator('option:checked')).toHaveText('Teams Administrator');
    await page.goto('/me/pin');
    await expect(signedIn.locator('option:checked')).toHaveText(AMOS);

    await dialIn(page, conferenceId, pin);
    await expect(bridgeAnswer(page, 'status')).toContainText(/started/i);
    await expect(meetingList(page, 'In the meeting')).toHaveText([`${KEN} (organizer)`]);
  });

  test("Diego Siciliani's PIN is locked: his reset is refused and says why", async ({
    page,
    consoleGuard,
  }) => {
    consoleGuard.allow(/Failed to load resource: .*\b4\d\d\b/);
    const signedIn = await openMyPin(page);
    await signedIn.selectOption({ label: DIEGO });
    await page.getByRole('button', { name: 'Reset my PIN' }).click();
    await expect(page.getByRole('main').getByRole('alert')).toContainText(/locked/i);
    await expect(newPinOf(page)).toHaveCount(0);
  });
});

test('Done-when 5: axe finds no violation on /me/pin, before and after the reset', async ({
  page,
  checkA11y,
}) => {
  await openMyPin(page);
  await checkA11y(page);
  await resetMyPin(page);
  await checkA11y(page);
  await page.getByRole('checkbox', { name: 'Show PIN' }).check();
  await expect(newPinOf(page)).toHaveAttribute('type', 'text');
  await checkA11y(page);
});
