import type { Locator, Page } from '@playwright/test';
import {
  audioSection,
  expect,
  serverUser,
  setFaults,
  test,
  userIdFromUrl,
  valueOf,
} from './fixtures';

const AMOS = 'Amos Marble';
const KEN = 'Ken Myer';
const STATE_KEY = 'acac.mock.state.default';
const BACKUP_KEY = `${STATE_KEY}.backup`;

/** Resets the conference ID from an open Edit panel; returns the new ID once it shows. */
async function resetConferenceId(page: Page, panel: Locator): Promise<string> {
  const id = valueOf(panel, 'Conference ID');
  const old = (await id.innerText()).trim();
  await audioSection(panel)
    .getByRole('button', { name: 'Reset conference ID', exact: true })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Reset conference ID', exact: true });
  await dialog.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(id).not.toHaveText(old);
  await expect(id).toHaveText(/^\d{7}$/);
  return (await id.innerText()).trim();
}

/** The saved state of the default scenario after one change (Amos's conference ID reset). */
async function savedStateAfterAChange(page: Page, openUser: (name: string) => Promise<Locator>) {
  const panel = await openUser(AMOS);
  await resetConferenceId(page, panel);
  const raw = await page.evaluate((key) => localStorage.getItem(key), STATE_KEY);
  expect(raw, 'the change was saved').not.toBeNull();
  return raw!;
}

const DAMAGED: { name: string; damage: (saved: string) => string }[] = [
  { name: 'bad JSON (a write cut off)', damage: (saved) => saved.slice(0, saved.length / 2) },
  {
    name: 'valid JSON of the wrong shape',
    damage: () => JSON.stringify({ version: 1, users: [{ name: 'Amos' }] }),
  },
  {
    name: 'an old version',
    damage: (saved) => JSON.stringify({ ...(JSON.parse(saved) as object), version: 0 }),
  },
];

test.describe('Issue 12: saved demo data that heals', () => {
  for (const { name, damage } of DAMAGED) {
    test(`${name}: the app loads, says it reset the demo data once, and works`, async ({
      page,
      openUser,
      checkA11y,
    }) => {
      const saved = await savedStateAfterAChange(page, openUser);
      const bad = damage(saved);
      await page.evaluate(({ key, value }) => localStorage.setItem(key, value), {
        key: STATE_KEY,
        value: bad,
      });

      await page.goto('/users');
      const notice = page.getByRole('alert').filter({ hasText: 'Demo data reset' });
      await expect(notice).toContainText("The saved demo data couldn't be read");
      await expect(notice).toContainText(BACKUP_KEY);
      expect(await page.evaluate((key) => localStorage.getItem(key), BACKUP_KEY)).toBe(bad);
      await checkA11y(page);

      // Dismissed, it is gone.
      await notice.getByRole('button', { name: 'Dismiss', exact: true }).click();
      await expect(notice).toBeHidden();

      // It works: a change goes through and is saved; the next page load has nothing to say.
      const panel = await openUser(KEN);
      await expect(page.getByText('Demo data reset')).toHaveCount(0);
      const newId = await resetConferenceId(page, panel);
      await page.reload();
      await expect(valueOf(page.getByRole('dialog', { name: KEN }), 'Conference ID')).toHaveText(
        newId,
      );
      await expect(page.getByText('Demo data reset')).toHaveCount(0);
      expect((await serverUser(page, userIdFromUrl(page))).audioConferencing.conferenceId).toBe(
        newId,
      );
    });
  }

  test('saved data damaged while the page is open (another tab, a hand edit) is reported too', async ({
    page,
    openUser,
  }) => {
    await savedStateAfterAChange(page, openUser);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: AMOS })).toBeHidden();
    await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"ten'), STATE_KEY);
    // The next request finds it.
    await page.getByRole('searchbox', { name: 'Search users' }).fill('Ken');
    await expect(page.getByRole('alert').filter({ hasText: 'Demo data reset' })).toContainText(
      'It is not valid JSON.',
    );
  });

  test('a write storage refuses (quota) gets a clear alert; the state read back is unchanged', async ({
    page,
    openUser,
    consoleGuard,
  }) => {
    consoleGuard.allow(/status of 507/);
    const saved = await savedStateAfterAChange(page, openUser);
    const panel = await openUser(KEN);
    const userId = userIdFromUrl(page);
    const before = await serverUser(page, userId);

    // The browser's storage for the site is full from now on.
    await page.evaluate((key) => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (this: Storage, name: string, value: string) {
        if (name === key)
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        setItem.call(this, name, value);
      };
    }, STATE_KEY);

    await audioSection(panel)
      .getByRole('button', { name: 'Reset conference ID', exact: true })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Reset conference ID', exact: true });
    await dialog.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect(dialog.getByRole('alert')).toContainText(
      "The change couldn't be saved: this browser's storage for the site is full, so nothing was changed.",
    );
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();

    expect(await serverUser(page, userId), 'nothing changed in memory').toEqual(before);
    await expect(valueOf(panel, 'Conference ID')).toHaveText(
      before.audioConferencing.conferenceId!,
    );
    expect(await page.evaluate((key) => localStorage.getItem(key), STATE_KEY)).toBe(saved);
    const emails = await page.evaluate(async () => {
      const response = await fetch('/api/emails', { cache: 'no-store' });
      return ((await response.json()) as { items: { to: string }[] }).items.map((m) => m.to);
    });
    expect(emails, 'no email for a change that was not made').not.toContain('ken.myer@contoso.com');
  });
});

test('a full storage: Save query says so in the dialog, and no query is saved', async ({
  page,
}) => {
  await page.goto('/users?search=amos');
  await expect(
    page.getByRole('table', { name: 'Users' }).getByRole('link', { name: AMOS }),
  ).toBeVisible();
  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.getByRole('button', { name: 'Save query', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Save query', exact: true });
  await dialog.getByLabel('Name', { exact: true }).fill('Amos');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    "This browser's storage for the site is full, so the saved queries couldn't be changed.",
  );
  await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
  await page.getByRole('button', { name: 'Saved queries', exact: true }).click();
  await expect(page.getByRole('menuitem', { name: 'Amos', exact: true })).toHaveCount(0);
});

test.describe('Issue 12: URL faults that hold', () => {
  test.beforeEach(({ consoleGuard }) => consoleGuard.allow(/status of 500|Failed to load/));

  test('?failureRate=100, then ?failureRate=0 and at once an action: it succeeds', async ({
    page,
    openUser,
  }) => {
    await page.goto('/users?failureRate=100');
    await page.goto('/users?failureRate=0');
    const panel = await openUser(AMOS);
    await resetConferenceId(page, panel);
    await expect(panel.getByRole('status')).toContainText('sent to amos.marble@contoso.com');
  });

  test('a URL left at once, before its mock started, still sets the conditions of the next page', async ({
    page,
  }) => {
    // Routed from the start, so the chunk that starts the mock is never taken from a cache.
    let holding = false;
    let held = 0;
    await page.route(/\/assets\/start-mock-[^/]*\.js$/, (route) =>
      holding ? void held++ : route.continue(),
    );
    await page.goto('/users?failureRate=100');
    await expect(
      page.getByRole('button', { name: 'Network conditions', exact: true }),
    ).toHaveAccessibleDescription('100% fail');
    // This page's mock never starts: the chunk that starts it is held until the page is left.
    holding = true;
    await page.goto('/users?failureRate=0');
    await expect.poll(() => held, { message: 'the chunk that starts the mock is held' }).toBe(1);
    await expect(page.locator('html')).not.toHaveAttribute('data-mock-ready', 'true');
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.goto('/audit-log');
    await expect(page.getByRole('table', { name: 'Audit log' })).toBeVisible();
    await expect(
      page.getByRole('button', { name: 'Network conditions', exact: true }),
    ).toHaveAccessibleDescription('Normal');
  });

  test('the mock marks <html> ready once it answers with the URL’s settings applied', async ({
    page,
  }) => {
    await page.goto('/users?failureRate=100');
    await page.goto('/users?failureRate=0&latency=0');
    await page.locator('html[data-mock-ready="true"]').waitFor({ state: 'attached' });
    const answer = await page.evaluate(async () => {
      const response = await fetch('/api/_mock/state', { cache: 'no-store' });
      const users = await fetch('/api/users', { cache: 'no-store' });
      return {
        state: (await response.json()) as { faults: object; ready: boolean },
        users: users.status,
      };
    });
    expect(answer.state.ready).toBe(true);
    expect(answer.state.faults).toEqual({
      latencyMs: 0,
      failureRate: 0,
      dropRate: 0,
      offline: false,
    });
    expect(answer.users).toBe(200);
  });

  test('the header shows the conditions that apply, also when a test sets them itself', async ({
    page,
  }) => {
    await page.goto('/users?latency=0');
    const conditions = page.getByRole('button', { name: 'Network conditions', exact: true });
    await expect(conditions).toHaveAccessibleDescription('Normal');
    await setFaults(page, { failureRate: 40 });
    await expect(conditions).toHaveAccessibleDescription('40% fail');
    await setFaults(page, { failureRate: 0, offline: true });
    await expect(conditions).toHaveAccessibleDescription('Offline');
  });
});
