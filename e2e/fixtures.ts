import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

/** The WCAG 2.2 AA tags PRODUCT.md §5 asks every page to pass. */
export const A11Y_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** What the app shows in place of a PIN that is set (P2). */
export const MASKED_PIN = '***********';

/** A PIN as a whole number: `12345` inside `123456` or `a12345b`… is not the PIN, `x 12345.` is. */
export function wholeNumber(digits: string): RegExp {
  if (!/^\d+$/.test(digits)) throw new Error(`Not a number: ${digits}`);
  return new RegExp(`(?<!\\d)${digits}(?!\\d)`);
}

/**
 * Runs axe on the page (or only on `include`, a CSS selector) and fails with each violation's id,
 * help and targets.
 */
export async function checkA11y(page: Page, include?: string): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(A11Y_TAGS);
  if (include) builder = builder.include(include);
  // Strict: no rule is switched off and no node is filtered out.
  const { violations } = await builder.analyze();
  const report = violations
    .map(
      (v) =>
        `- ${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n` +
        v.nodes
          .map((n) =>
            `    at ${JSON.stringify(n.target)}: ${n.failureSummary ?? ''}`.replace(/\n/g, ' '),
          )
          .join('\n'),
    )
    .join('\n');
  expect(
    violations.map((v) => v.id),
    `axe found violations on ${page.url()}:\n${report}`,
  ).toEqual([]);
}

/** The test hooks of the mock (PRODUCT.md §4): latency, failure rate, dropped answers, offline. */
export async function setFaults(
  page: Page,
  faults: { failureRate?: number; dropRate?: number; offline?: boolean; latencyMs?: number },
) {
  const status = await page.evaluate(async (body) => {
    const response = await fetch('/api/_mock/faults', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return response.status;
  }, faults);
  expect(status, 'the mock accepts the faults').toBe(200);
}

/** How many emails the mock mailbox holds (faults must be off). */
export async function mailboxCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const response = await fetch('/api/emails', { cache: 'no-store' });
    if (!response.ok) throw new Error(`GET /api/emails answered ${response.status}`);
    const body = (await response.json()) as { items: unknown[] };
    return body.items.length;
  });
}

/** The Audio Conferencing region of an Edit panel. */
export function audioSection(panel: Locator, options: { includeHidden?: boolean } = {}): Locator {
  return panel.getByRole('region', { name: 'Audio Conferencing', ...options });
}

/** A labelled value of the Audio Conferencing region, e.g. 'Conference ID', 'PIN'. */
export function valueOf(
  panel: Locator,
  label: string,
  options: { includeHidden?: boolean } = {},
): Locator {
  return audioSection(panel, options).getByLabel(label, { exact: true });
}

/** The user id in the URL of an open Edit panel (`/users/:userId`). */
/**
 * Pages the Users list forward until `name`'s row shows (the selection outlives paging). Waits for
 * each page's rows, not its pager: the pager follows the URL at once, the rows follow the answer.
 */
export async function pageToUser(page: Page, name: string): Promise<void> {
  const table = page.getByRole('table', { name: 'Users', exact: true });
  const firstRow = table.getByRole('link').first();
  await expect(firstRow).toBeVisible();
  while (!(await table.getByRole('link', { name, exact: true }).isVisible())) {
    const before = await firstRow.textContent();
    await page
      .getByRole('navigation', { name: 'Pages', exact: true })
      .getByRole('button', { name: 'Next page', exact: true })
      .click();
    await expect(firstRow).not.toHaveText(before ?? '');
  }
}

export function userIdFromUrl(page: Page): string {
  const match = /\/users\/([^/?#]+)/.exec(page.url());
  if (!match?.[1]) throw new Error(`No user in ${page.url()}`);
  return decodeURIComponent(match[1]);
}

export interface ConsoleGuard {
  /** This test expects console errors / page errors matching `pattern` (e.g. a 500 it provoked). */
  allow(pattern: RegExp): void;
  /** Guards another page (a second tab) as well as the test's `page`. */
  watch(page: Page): void;
}

/** Goes to /users in `page`, searches for `name`, opens the row's link; returns the Edit panel. */
export async function openUserIn(page: Page, name: string): Promise<Locator> {
  await page.goto('/users');
  await expect(page.getByRole('heading', { name: 'Users', level: 1 })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search users' }).fill(name);
  // The search applies after a debounce and rewrites the URL: wait for it, or it would close
  // the panel opened in the meantime.
  await expect(page).toHaveURL(/[?&]search=/);
  await page.getByRole('table', { name: 'Users' }).getByRole('link', { name, exact: true }).click();
  const panel = page.getByRole('dialog', { name, exact: true });
  await expect(panel).toBeVisible();
  await expect(valueOf(panel, 'Conference ID')).toBeVisible();
  return panel;
}

/** The user as the server holds it now (faults must be off): to prove what changed, or didn't. */
export async function serverUser(page: Page, userId: string) {
  return page.evaluate(async (id) => {
    const response = await fetch(`/api/users/${encodeURIComponent(id)}`, { cache: 'no-store' });
    if (!response.ok) throw new Error(`GET user answered ${response.status}`);
    return (await response.json()) as {
      etag: string;
      audioConferencing: {
        enabled: boolean;
        provider: string;
        conferenceId: string | null;
        allowUnauthenticatedStart: boolean;
        dialOut: string;
      };
      pin: { isSet: boolean; isLocked: boolean; lastChangedAt: string | null };
    };
  }, userId);
}

/** The emails of the mock mailbox, as the API lists them (faults must be off). */
export async function mailbox(
  page: Page,
): Promise<{ to: string; subject: string; body: string }[]> {
  return page.evaluate(async () => {
    const response = await fetch('/api/emails', { cache: 'no-store' });
    if (!response.ok) throw new Error(`GET /api/emails answered ${response.status}`);
    const body = (await response.json()) as {
      items: { to: string; subject: string; body: string }[];
    };
    return body.items;
  });
}

/**
 * On /dial-in (goes there if needed): calls the bridge with `conferenceId` and, if given, `pin`,
 * and waits until the bridge has answered. The answer is then in `bridgeAnswer(page, …)`.
 */
export async function dialIn(page: Page, conferenceId: string, pin = ''): Promise<void> {
  if (new URL(page.url()).pathname !== '/dial-in') {
    await page.goto('/dial-in');
    await expect(page.getByRole('heading', { name: 'Dial-in simulator' })).toBeVisible();
  }
  await page.getByRole('textbox', { name: 'Conference ID', exact: true }).fill(conferenceId);
  await page.getByLabel('PIN', { exact: true }).fill(pin);
  const answered = page.waitForResponse(
    (response) =>
      new URL(response.url()).pathname === '/api/dial-in' && response.request().method() === 'POST',
  );
  await page.getByRole('button', { name: 'Dial in' }).click();
  await answered;
}

/** The bridge's answer on /dial-in: a `status` when the call is accepted, an `alert` if not. */
export function bridgeAnswer(page: Page, role: 'status' | 'alert'): Locator {
  return page.getByRole('main').getByRole(role);
}

/** A list of the meeting shown on /dial-in: `In the meeting` or `In the lobby`. */
export function meetingList(page: Page, name: 'In the meeting' | 'In the lobby'): Locator {
  return page.getByRole('list', { name, exact: true }).getByRole('listitem');
}

/** The conference ID an Edit panel shows (7 digits). */
export async function conferenceIdOf(panel: Locator): Promise<string> {
  const value = valueOf(panel, 'Conference ID');
  await expect(value).toHaveText(/^\d{7}$/);
  return (await value.innerText()).trim();
}

/**
 * In an open Edit panel: Reset PIN with the dialog's default options (a generated PIN), reads the
 * new PIN shown once, closes the dialog and returns the PIN.
 */
export async function resetPinFrom(page: Page, panel: Locator): Promise<string> {
  await audioSection(panel).getByRole('button', { name: 'Reset PIN', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset PIN', exact: true });
  await dialog.getByRole('button', { name: 'Reset', exact: true }).click();
  const newPin = dialog.getByLabel('New PIN', { exact: true });
  await expect(dialog.getByRole('button', { name: 'Copy PIN' })).toBeVisible();
  await expect(newPin).toHaveValue(/^\d{4,12}$/);
  const pin = await newPin.inputValue();
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(dialog).toBeHidden();
  return pin;
}

/** The tenant's bridge settings as the server holds them now (faults must be off). */
export async function serverBridge(page: Page) {
  return page.evaluate(async () => {
    const response = await fetch('/api/bridge', { cache: 'no-store' });
    if (!response.ok) throw new Error(`GET /api/bridge answered ${response.status}`);
    return (await response.json()) as {
      pinLength: number;
      autoSendEmails: boolean;
      entryExitNotifications: boolean;
      announcementType: string;
      askCallersToRecordName: boolean;
      defaultTollNumber: string;
      defaultTollFreeNumber: string | null;
    };
  });
}

/**
 * Expects `field` (inside `container`) to be invalid with one field message matching `pattern`,
 * shown as an alert and read with the field; returns the message.
 */
export async function expectFieldError(
  container: Locator,
  field: Locator,
  pattern: RegExp,
): Promise<string> {
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  const message = container.getByRole('alert').filter({ hasText: pattern });
  await expect(message, `one field message matching ${pattern}`).toHaveCount(1);
  const text = (await message.innerText()).trim();
  await expect(field, 'the message is read with the field').toHaveAccessibleDescription(
    new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
  );
  return text;
}

/** Goes to /settings/conference-bridge; returns the `Bridge settings` region once its form shows. */
export async function openBridgeSettings(page: Page): Promise<Locator> {
  await page.goto('/settings/conference-bridge');
  await expect(page.getByRole('heading', { name: 'Conference bridges', level: 1 })).toBeVisible();
  const bridge = page.getByRole('region', { name: 'Bridge settings' });
  await expect(bridge.getByLabel('PIN length', { exact: true })).toHaveValue(/^\d+$/);
  return bridge;
}

interface Fixtures {
  /** Goes to /users, searches for `name`, opens the row's link; returns the Edit panel. */
  openUser: (name: string) => Promise<Locator>;
  /** Opens another tab of the test's browser context (it shares the mock's state), guarded too. */
  newTab: () => Promise<Page>;
  checkA11y: (page: Page, include?: string) => Promise<void>;
  consoleGuard: ConsoleGuard;
}

export const test = base.extend<Fixtures>({
  consoleGuard: [
    async ({ page }, use) => {
      const problems: string[] = [];
      const allowed: RegExp[] = [];
      const watch = (watched: Page) => {
        watched.on('console', (message) => {
          if (message.type() !== 'error') return;
          const { url, lineNumber } = message.location();
          problems.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
        });
        watched.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
        // No page of this app ever opens alert/confirm/prompt: one that does is a failure (and
        // a sign of injected script). Dismissed so that the page goes on.
        watched.on('dialog', (dialog) => {
          problems.push(`unexpected ${dialog.type()} dialog: ${dialog.message()}`);
          void dialog.dismiss().catch(() => undefined);
        });
      };
      watch(page);
      await use({ allow: (pattern) => void allowed.push(pattern), watch });
      const unexpected = problems.filter(
        (problem) => !allowed.some((pattern) => pattern.test(problem)),
      );
      expect(unexpected, 'console errors, page errors or JS dialogs during the test').toEqual([]);
    },
    { auto: true },
  ],

  openUser: async ({ page }, use) => {
    await use((name: string) => openUserIn(page, name));
  },

  newTab: async ({ context, consoleGuard }, use) => {
    await use(async () => {
      const tab = await context.newPage();
      consoleGuard.watch(tab);
      return tab;
    });
  },

  // eslint-disable-next-line no-empty-pattern
  checkA11y: async ({}, use) => {
    await use(checkA11y);
  },
});

export { expect };
