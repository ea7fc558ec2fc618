import type { Locator, Page } from '@playwright/test';
import { expect, MASKED_PIN, test, valueOf, wholeNumber } from './fixtures';

const AMOS = 'Amos Marble';
const AMOS_EMAIL = 'amos.marble@contoso.com';

/** A line that names a PIN and carries digits: what an email must never hold. */
const PIN_WITH_DIGITS = /PIN[^\n\d]*\d/;

function sentEmails(page: Page): Locator {
  return page.getByRole('table', { name: 'Sent emails' });
}

/** Opens the email of `row` and returns the Message region showing it. */
async function openEmail(page: Page, row: Locator): Promise<Locator> {
  const subject = (await row.getByRole('button').innerText()).trim();
  await row.getByRole('button').click();
  const message = page.getByRole('region', { name: 'Message' });
  await expect(message).toContainText(subject);
  return message;
}

/** The number part of a dial-in value such as `+1 425 555 0100 (bridge default)`. */
function numberPart(value: string): string {
  const match = /\+[\d ]*\d/.exec(value);
  if (!match) throw new Error(`No phone number in "${value}"`);
  return match[0];
}

/** What the page shows: its text, and the values of its fields (innerText leaves those out). */
function bodyText(page: Page): Promise<string> {
  return page.evaluate(() =>
    [
      document.body.innerText,
      ...[...document.querySelectorAll('input, textarea')].map(
        (el) => (el as HTMLInputElement).value,
      ),
    ].join('\n'),
  );
}

test("Done-when 2: an admin resets Amos Marble's conference ID and PIN and sends his conference info", async ({
  page,
  openUser,
}) => {
  test.slow();
  const visitedUrls = new Set<string>();
  page.on('request', (request) => visitedUrls.add(request.url()));
  page.on('framenavigated', (frame) => visitedUrls.add(frame.url()));

  // Find him and open the panel.
  let panel = await openUser(AMOS);
  const conferenceId = valueOf(panel, 'Conference ID');
  await expect(conferenceId).toHaveText(/^\d{7}$/);
  const oldId = (await conferenceId.innerText()).trim();
  await expect(valueOf(panel, 'PIN')).toHaveText(MASKED_PIN);

  // Reset the conference ID: a warning about existing invites, then a new ID and an email.
  await panel.getByRole('button', { name: 'Reset conference ID' }).click();
  const resetIdDialog = page.getByRole('dialog', { name: 'Reset conference ID' });
  await expect(resetIdDialog).toBeVisible();
  await expect(resetIdDialog).toContainText(/invites/i);
  await expect(resetIdDialog).toContainText(/old (conference )?ID/i);
  await resetIdDialog.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(resetIdDialog).toBeHidden();
  await expect(conferenceId).not.toHaveText(oldId);
  await expect(conferenceId).toHaveText(/^\d{7}$/);
  const newId = (await conferenceId.innerText()).trim();
  expect(newId).not.toBe(oldId);
  await expect(panel.getByRole('status')).toContainText(`sent to ${AMOS_EMAIL}`);
  await expect(panel.getByRole('status')).toContainText(newId);

  // The mailbox holds the email with the new ID, and no PIN.
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(panel).toBeHidden();
  await page.getByRole('link', { name: 'Sent emails' }).click();
  const idEmailRow = sentEmails(page)
    .getByRole('row')
    .filter({ hasText: AMOS_EMAIL })
    .filter({ hasText: /conference ID/i });
  await expect(idEmailRow).toHaveCount(1);
  let message = await openEmail(page, idEmailRow);
  await expect(message).toContainText(AMOS_EMAIL);
  await expect(message).toContainText(newId);
  await expect(message).not.toContainText(oldId);
  await expect(message).not.toContainText(PIN_WITH_DIGITS);

  // Reset the PIN: shown once, masked until asked, copyable, never in the mail link.
  panel = await openUser(AMOS);
  await expect(valueOf(panel, 'Conference ID')).toHaveText(newId);
  await panel.getByRole('button', { name: 'Reset PIN' }).click();
  const resetPinDialog = page.getByRole('dialog', { name: 'Reset PIN' });
  await expect(resetPinDialog).toBeVisible();
  await resetPinDialog.getByRole('button', { name: 'Reset', exact: true }).click();
  const newPin = resetPinDialog.getByLabel('New PIN');
  await expect(newPin).toBeVisible();
  expect(await newPin.evaluate((el) => el.tagName)).toBe('INPUT');
  await expect(newPin).toHaveValue(/^\d{5}$/);
  const pin = await newPin.inputValue();
  const pinPattern = wholeNumber(pin);
  await expect(newPin).toHaveAttribute('type', 'password');
  await resetPinDialog.getByRole('checkbox', { name: 'Show PIN' }).check();
  await expect(newPin).not.toHaveAttribute('type', 'password');
  await expect(newPin).toHaveValue(pin);
  expect(await bodyText(page), 'the probe sees the PIN while the dialog shows it').toMatch(
    pinPattern,
  );
  await expect(resetPinDialog.getByRole('button', { name: 'Copy PIN' })).toBeEnabled();
  const mailLink = resetPinDialog.getByRole('link', { name: /e-?mail app|mail app/i });
  await expect(mailLink).toBeVisible();
  const href = (await mailLink.getAttribute('href')) ?? '';
  expect(href).toMatch(/^mailto:/);
  expect(href, 'the mail link carries no PIN').not.toMatch(pinPattern);
  expect(decodeURIComponent(href), 'the mail link carries no PIN').not.toMatch(pinPattern);
  await resetPinDialog.getByRole('button', { name: 'Close' }).click();
  await expect(resetPinDialog).toBeHidden();
  await expect(valueOf(panel, 'PIN')).toHaveText(MASKED_PIN);

  // After closing, the PIN is nowhere: not on the panel, the list, the mailbox, storage or URLs.
  expect(await bodyText(page), 'the panel shows no PIN').not.toMatch(pinPattern);
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(panel).toBeHidden();
  await expect(
    page.getByRole('table', { name: 'Users' }).getByRole('link', { name: AMOS }),
  ).toBeVisible();
  expect(await bodyText(page), 'the users list shows no PIN').not.toMatch(pinPattern);
  await page.getByRole('link', { name: 'Sent emails' }).click();
  const pinEmailRow = sentEmails(page)
    .getByRole('row')
    .filter({ hasText: AMOS_EMAIL })
    .filter({ hasText: /PIN/ });
  await expect(pinEmailRow).toHaveCount(1);
  message = await openEmail(page, pinEmailRow);
  await expect(message).toContainText(newId);
  expect(await bodyText(page), 'the Sent emails page shows no PIN').not.toMatch(pinPattern);
  const storage = await page.evaluate(() => {
    const entries: string[] = [];
    for (const store of [window.localStorage, window.sessionStorage]) {
      for (let i = 0; i < store.length; i += 1) {
        const key = store.key(i)!;
        entries.push(`${key}=${store.getItem(key) ?? ''}`);
      }
    }
    return entries;
  });
  expect(storage.length, 'the mock keeps its state in storage').toBeGreaterThan(0);
  expect(
    storage.filter((entry) => pinPattern.test(entry)),
    'storage entries holding the PIN',
  ).toEqual([]);

  // Send the conference info: the ID and the default dial-in numbers the panel shows, never a PIN.
  panel = await openUser(AMOS);
  // The bridge's defaults load on their own: wait for the numbers, not the placeholder.
  await expect(valueOf(panel, 'Toll number')).toHaveText(/\+\d/);
  await expect(valueOf(panel, 'Toll-free number')).toHaveText(/\+\d/);
  const toll = numberPart(await valueOf(panel, 'Toll number').innerText());
  const tollFree = numberPart(await valueOf(panel, 'Toll-free number').innerText());
  await panel.getByRole('button', { name: 'Send conference info in email' }).click();
  const sendDialog = page.getByRole('dialog', { name: 'Send conference info in email' });
  await expect(sendDialog).toBeVisible();
  await sendDialog.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(sendDialog).toBeHidden();
  await expect(panel.getByRole('status')).toContainText(AMOS_EMAIL);
  await panel.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('link', { name: 'Sent emails' }).click();
  const rows = sentEmails(page).getByRole('row');
  await expect(rows).toHaveCount(4); // the header and three emails
  const newest = rows.nth(1);
  await expect(newest).toContainText(AMOS_EMAIL);
  message = await openEmail(page, newest);
  await expect(message).toContainText(`Conference ID: ${newId}`);
  await expect(message).toContainText(toll);
  await expect(message).toContainText(tollFree);
  await expect(message).not.toContainText(PIN_WITH_DIGITS);
  await expect(message).not.toContainText(pinPattern);

  // A reload keeps the new ID, the masked PIN and the mailbox.
  panel = await openUser(AMOS);
  await page.reload();
  panel = page.getByRole('dialog', { name: AMOS });
  await expect(valueOf(panel, 'Conference ID')).toHaveText(newId);
  await expect(valueOf(panel, 'PIN')).toHaveText(MASKED_PIN);
  await page.goto('/emails');
  await expect(sentEmails(page).getByRole('row')).toHaveCount(4);
  await expect(sentEmails(page).getByRole('row').filter({ hasText: AMOS_EMAIL })).toHaveCount(3);

  // No URL the page visited or requested ever carried the PIN.
  expect(visitedUrls.size).toBeGreaterThan(5);
  expect(
    [...visitedUrls].filter((url) => pinPattern.test(url)),
    'URLs holding the PIN',
  ).toEqual([]);
});
