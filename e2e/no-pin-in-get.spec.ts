import type { Response } from '@playwright/test';
import { expect, MASKED_PIN, test, valueOf, wholeNumber } from './fixtures';

interface Recorded {
  method: string;
  url: string;
  status: number;
  headers: Record<string, string>;
  body: Promise<string | null>;
}

/** The keys a user's PIN status may have (P6); anything else under `pin` could be the PIN. */
const PIN_STATUS_KEYS = ['isLocked', 'isSet', 'lastChangedAt'];

/** Every problem in a JSON value: a string holding the PIN, or a `pin` key that isn't the status. */
function pinProblems(value: unknown, pin: RegExp, path = '$'): string[] {
  if (typeof value === 'string') return pin.test(value) ? [`${path} holds the PIN`] : [];
  if (typeof value === 'number') return pin.test(String(value)) ? [`${path} is the PIN`] : [];
  if (Array.isArray(value))
    return value.flatMap((item, i) => pinProblems(item, pin, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const here = `${path}.${key}`;
    const problems = pinProblems(child, pin, here);
    if (key.toLowerCase() === 'pin') {
      const isStatus =
        child !== null &&
        typeof child === 'object' &&
        !Array.isArray(child) &&
        Object.keys(child).every((k) => PIN_STATUS_KEYS.includes(k));
      if (!isStatus) problems.push(`${here} is not a PIN status (${JSON.stringify(child)})`);
    }
    return problems;
  });
}

test('Done-when 5: no GET response ever carries the PIN; the reset answer is not cached', async ({
  page,
  openUser,
}) => {
  test.slow();
  const recorded: Recorded[] = [];
  page.on('response', (response: Response) => {
    const request = response.request();
    if (!new URL(response.url()).pathname.startsWith('/api/')) return;
    recorded.push({
      method: request.method(),
      url: response.url(),
      status: response.status(),
      headers: response.headers(),
      // Read at once: a body may be gone after the next navigation.
      body: response.text().catch(() => null),
    });
  });

  // The list, a search, the panel.
  const panel = await openUser('Amos Marble');
  const conferenceId = (await valueOf(panel, 'Conference ID').innerText()).trim();

  // Reset the PIN, read it, close.
  await panel.getByRole('button', { name: 'Reset PIN' }).click();
  const resetPin = page.getByRole('dialog', { name: 'Reset PIN' });
  await resetPin.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(resetPin.getByLabel('New PIN')).toHaveValue(/^\d+$/);
  const pin = await resetPin.getByLabel('New PIN').inputValue();
  const pinPattern = wholeNumber(pin);
  await resetPin.getByRole('button', { name: 'Close' }).click();
  await expect(valueOf(panel, 'PIN')).toHaveText(MASKED_PIN);

  // Send the info, visit the mailbox and open every email, reload, open the user again.
  await panel.getByRole('button', { name: 'Send conference info in email' }).click();
  const send = page.getByRole('dialog', { name: 'Send conference info in email' });
  await send.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(send).toBeHidden();
  await panel.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('link', { name: 'Sent emails' }).click();
  const subjects = page.getByRole('table', { name: 'Sent emails' }).getByRole('button');
  await expect(subjects).toHaveCount(2);
  for (const subject of await subjects.all()) {
    await subject.click();
    await expect(page.getByRole('region', { name: 'Message' })).toContainText(conferenceId);
  }
  await page.reload();
  await expect(page.getByRole('table', { name: 'Sent emails' }).getByRole('row')).toHaveCount(3);
  const again = await openUser('Amos Marble');
  await expect(valueOf(again, 'PIN')).toHaveText(MASKED_PIN);
  await page.reload();
  await expect(valueOf(page.getByRole('dialog', { name: 'Amos Marble' }), 'PIN')).toHaveText(
    MASKED_PIN,
  );

  // The reset answer carried the PIN (so the recording works) and may not be cached.
  const resets = recorded.filter(
    (r) => r.method === 'POST' && /\/pin\/reset$/.test(new URL(r.url).pathname),
  );
  expect(resets, 'one PIN reset was recorded').toHaveLength(1);
  const reset = resets[0]!;
  expect(reset.status).toBe(200);
  expect(await reset.body, 'the reset answer is the one that carries the PIN').toMatch(pinPattern);
  expect(reset.headers['cache-control'] ?? '', 'Cache-Control of the PIN reset answer').toMatch(
    /\bno-store\b/,
  );

  // Every GET: the list, the search, the user, the bridge, the mailbox — before and after.
  const gets = recorded.filter((r) => r.method === 'GET');
  const paths = new Set(
    gets.map((r) => new URL(r.url).pathname.replace(/\/users\/[^/]+$/, '/users/:id')),
  );
  for (const expected of ['/api/users', '/api/users/:id', '/api/emails']) {
    expect([...paths], `a GET of ${expected} was recorded`).toContain(expected);
  }
  expect(
    gets.some((r) => new URL(r.url).searchParams.get('search')),
    'a search was recorded',
  ).toBe(true);
  const afterReset = gets.filter((r) => recorded.indexOf(r) > recorded.indexOf(reset));
  expect(
    afterReset.some((r) => /\/api\/users\/[^/]+$/.test(new URL(r.url).pathname)),
    'the user was read again',
  ).toBe(true);

  const problems: string[] = [];
  for (const get of gets) {
    const text = await get.body;
    if (text === null) {
      problems.push(`GET ${get.url}: body could not be read`);
      continue;
    }
    if (pinPattern.test(get.url)) problems.push(`GET ${get.url}: the URL holds the PIN`);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      problems.push(`GET ${get.url}: not JSON (${text.slice(0, 80)})`);
      continue;
    }
    problems.push(...pinProblems(json, pinPattern).map((p) => `GET ${get.url}: ${p}`));
  }
  expect(problems).toEqual([]);
});
