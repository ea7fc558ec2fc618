import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const AMOS = 'Amos Marble';
const DIEGO = 'Diego Siciliani';

const usersTable = (page: Page) => page.getByRole('table', { name: 'Users' });
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search users' });

/** The display names the Users table shows now, top to bottom. */
async function shownNames(page: Page): Promise<string[]> {
  return usersTable(page).locator('tbody tr td:first-child').allInnerTexts();
}

/** The names the server lists for this users-list query (first page), to compare with the UI. */
async function serverNames(page: Page, query: string): Promise<string[]> {
  return page.evaluate(async (q) => {
    const response = await fetch(`/api/users?${q}`, { cache: 'no-store' });
    if (!response.ok) throw new Error(`GET /api/users answered ${response.status}`);
    const body = (await response.json()) as { items: { displayName: string }[] };
    return body.items.map((item) => item.displayName);
  }, query);
}

async function openUsers(page: Page, path = '/users') {
  await page.goto(path);
  await expect(usersTable(page).getByRole('link').first()).toBeVisible();
}

async function addFilter(page: Page, property: string, operator: string, value: string) {
  await page.getByRole('button', { name: 'Add filter' }).click();
  await page.getByLabel('Property').selectOption({ label: property });
  await page.getByLabel('Operator').selectOption({ label: operator });
  const valueField = page.getByLabel('Value');
  if ((await valueField.evaluate((el) => el.tagName)) === 'SELECT') {
    await valueField.selectOption({ label: value });
  } else {
    await valueField.fill(value);
  }
  await page.getByRole('button', { name: 'Apply' }).click();
}

const chips = (page: Page) => page.getByRole('list', { name: 'Filters' }).getByRole('listitem');

test.describe('Done-when 2: search', () => {
  for (const term of ['amos', 'marble', 'sip:amos', '+1425']) {
    test(`"${term}" finds Amos Marble, and the search is in the URL`, async ({ page }) => {
      await openUsers(page);
      await searchBox(page).fill(term);
      await expect(page).toHaveURL((url) => new URL(url).searchParams.get('search') === term);
      await expect(usersTable(page).getByRole('link', { name: AMOS, exact: true })).toBeVisible();
      // Every row is one the server's search returns: the table shows the answer to this term.
      await expect
        .poll(() => shownNames(page))
        .toEqual(await serverNames(page, `search=${encodeURIComponent(term)}`));
    });
  }

  test('typing fast shows the answer to the last term, not an older one', async ({ page }) => {
    await openUsers(page);
    await searchBox(page).pressSequentially('siciliani', { delay: 15 });
    await expect(page).toHaveURL(/search=siciliani/);
    await expect.poll(() => shownNames(page)).toEqual([DIEGO]);
  });

  test('a user opened in the same moment as a keystroke: the list and the search box agree after', async ({
    page,
  }) => {
    await openUsers(page);
    const everyone = await shownNames(page);
    // The keystroke and the click in one task: the list's change is still waiting for its answer.
    await page.evaluate(() => {
      const box = document.querySelector<HTMLInputElement>('input[aria-label="Search users"]')!;
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(box, 'z');
      box.dispatchEvent(new Event('input', { bubbles: true }));
      document.querySelector<HTMLAnchorElement>('tbody a[data-user-id]')!.click();
    });
    const panel = page.getByRole('dialog', { name: everyone[0] });
    await expect(panel).toBeVisible();
    await panel.getByRole('button', { name: 'Close' }).click();
    await expect(panel).toBeHidden();
    // Whichever came first, the box shows the search the list is for.
    const search = new URL(page.url()).searchParams.get('search') ?? '';
    await expect(searchBox(page)).toHaveValue(search);
    await expect
      .poll(() => shownNames(page))
      .toEqual(search ? await serverNames(page, `search=${search}`) : everyone);
  });
});

test.describe('Done-when 2: filters', () => {
  test('PIN locked Equal to Yes lists Diego Siciliani, and only locked PINs; Remove clears it', async ({
    page,
    checkA11y,
  }) => {
    await openUsers(page);
    const everyone = await shownNames(page);

    await page.getByRole('button', { name: 'Add filter' }).click();
    await expect(page.getByLabel('Property')).toBeFocused();
    await checkA11y(page); // with the filter form open
    await page.getByLabel('Property').selectOption({ label: 'PIN locked' });
    await page.getByLabel('Operator').selectOption({ label: 'Equal to' });
    await page.getByLabel('Value').selectOption({ label: 'Yes' });
    await page.getByRole('button', { name: 'Apply' }).click();

    await expect(chips(page)).toHaveCount(1);
    await expect(chips(page).first()).toHaveText(/PIN locked\s*Equal to\s*Yes/);
    await expect(page).toHaveURL(/filter=pinLocked(:|%3A)eq(:|%3A)true/);
    await expect(usersTable(page).getByRole('link', { name: DIEGO, exact: true })).toBeVisible();
    const rows = usersTable(page).locator('tbody tr');
    const count = await rows.count();
    for (let i = 0; i < count; i += 1) await expect(rows.nth(i)).toContainText('Locked');
    expect(await shownNames(page)).toEqual(await serverNames(page, 'filter=pinLocked:eq:true'));
    await checkA11y(page); // with a chip shown

    await chips(page).first().getByRole('button', { name: 'Remove' }).click();
    await expect(chips(page)).toHaveCount(0);
    await expect(page).not.toHaveURL(/filter=/);
    await expect.poll(() => shownNames(page)).toEqual(everyone);
  });

  test('clauses combine with AND, Not equal to excludes, and a bad value changes nothing', async ({
    page,
  }) => {
    await openUsers(page);
    await addFilter(page, 'Site', 'Equal to', 'London');
    await addFilter(page, 'Provider', 'Not equal to', 'Third party');
    await expect(chips(page)).toHaveCount(2);
    await expect
      .poll(() => shownNames(page))
      .toEqual(await serverNames(page, 'filter=site:eq:London&filter=provider:ne:ThirdParty'));
    const rows = usersTable(page).locator('tbody tr');
    await expect(rows.first()).toBeVisible();
    for (let i = 0; i < (await rows.count()); i += 1) {
      await expect(rows.nth(i)).toContainText('London');
      await expect(rows.nth(i)).not.toContainText('Third party');
    }

    const url = page.url();
    await page.getByRole('button', { name: 'Add filter' }).click();
    await page.getByLabel('Property').selectOption({ label: 'Conference ID' });
    await page.getByLabel('Value').fill('12ab');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page.getByText('A conference ID has digits only.')).toBeVisible();
    await expect(page.getByLabel('Value')).toBeFocused();
    await expect(chips(page)).toHaveCount(2);
    expect(page.url()).toBe(url);
  });

  test('a filtered, sorted URL opened in a new browser context shows the same results', async ({
    page,
    browser,
  }) => {
    await openUsers(page);
    await searchBox(page).fill('a');
    await expect(page).toHaveURL(/search=a/);
    await addFilter(page, 'PIN set', 'Equal to', 'Yes');
    await usersTable(page).getByRole('button', { name: 'Conference ID' }).click();
    await usersTable(page).getByRole('button', { name: 'Conference ID' }).click();
    await expect(page).toHaveURL(/sort=conferenceId/);
    await expect(page).toHaveURL(/order=desc/);
    await expect(
      usersTable(page).getByRole('columnheader', { name: 'Conference ID' }),
    ).toHaveAttribute('aria-sort', 'descending');
    await expect
      .poll(() => shownNames(page))
      .toEqual(
        await serverNames(page, 'search=a&filter=pinSet:eq:true&sort=conferenceId&order=desc'),
      );
    const names = await shownNames(page);
    expect(names.length).toBeGreaterThan(1);

    const other = await browser.newContext();
    try {
      const fresh = await other.newPage();
      await fresh.goto(page.url());
      await expect(usersTable(fresh).getByRole('link').first()).toBeVisible();
      await expect.poll(() => shownNames(fresh)).toEqual(names);
      await expect(searchBox(fresh)).toHaveValue('a');
      await expect(chips(fresh)).toHaveCount(1);
      await expect(chips(fresh).first()).toHaveText(/PIN set\s*Equal to\s*Yes/);
    } finally {
      await other.close();
    }
  });
});

test.describe('Done-when 2: saved queries', () => {
  test('a saved query survives a reload and round-trips through export and import', async ({
    page,
    checkA11y,
  }) => {
    await openUsers(page);
    await searchBox(page).fill('a');
    await expect(page).toHaveURL(/search=a/);
    await addFilter(page, 'Site', 'Equal to', 'London');
    await expect(chips(page)).toHaveCount(1);
    // The chip shows before the answer does: wait for the rows the server lists for the query.
    const names = await serverNames(page, 'search=a&filter=site:eq:London');
    expect(names.length).toBeGreaterThan(0);
    await expect.poll(() => shownNames(page)).toEqual(names);

    await page.getByRole('button', { name: 'Save query' }).click();
    const saveDialog = page.getByRole('dialog', { name: 'Save query' });
    await saveDialog.getByRole('button', { name: 'Save' }).click();
    await expect(saveDialog.getByText('Enter a name for the query.')).toBeVisible();
    await saveDialog.getByLabel('Name').fill('London A');
    await saveDialog.getByRole('button', { name: 'Save' }).click();
    await expect(saveDialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'London A' })).toBeVisible();

    // After a reload, from the plain list: the Saved queries menu lists it.
    await openUsers(page, '/users');
    await expect(chips(page)).toHaveCount(0);
    await page.getByRole('button', { name: 'Saved queries' }).click();
    await expect(page.getByRole('menuitem', { name: 'London A' })).toBeFocused();
    await checkA11y(page);
    await page.getByRole('menuitem', { name: 'Manage saved queries…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Manage saved queries' });
    await expect(dialog.getByRole('button', { name: 'London A' })).toBeVisible();
    await expect(page.getByRole('menu')).toHaveCount(0);
    await checkA11y(page);

    // Export, delete, import the file back, open it: the same users.
    const downloading = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    const fileText = await readFile(await download.path(), 'utf8');
    expect(JSON.parse(fileText)).toMatchObject({ name: 'London A', search: 'a' });
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(dialog.getByRole('button', { name: 'London A' })).toHaveCount(0);

    // A malformed file is refused with a message and changes nothing.
    let chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Import query' }).click();
    await (
      await chooser
    ).setFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{ nope'),
    });
    await expect(dialog.getByRole('alert')).toContainText("isn't a JSON file");
    await expect(dialog.getByRole('table', { name: 'Saved queries' })).toHaveCount(0);

    chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Import query' }).click();
    await (
      await chooser
    ).setFiles({
      name: 'london-a.json',
      mimeType: 'application/json',
      buffer: Buffer.from(fileText),
    });
    await expect(dialog.getByRole('status')).toContainText('Imported "London A"');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'Saved queries' })).toBeFocused();
    await page.getByRole('button', { name: 'Saved queries' }).click();
    await page.getByRole('menuitem', { name: 'London A' }).click();
    await expect(page.getByRole('menu')).toBeHidden();
    await expect(page).toHaveURL(/search=a/);
    await expect(page).toHaveURL(/filter=site(:|%3A)eq(:|%3A)London/);
    await expect(chips(page)).toHaveCount(1);
    await expect.poll(() => shownNames(page)).toEqual(names);
    await expect(page.getByRole('button', { name: 'Saved queries' })).toBeFocused();
  });
});

test.describe('Saved queries menu by keyboard', () => {
  test('arrows move through the queries, Enter opens one, Escape gives the focus back', async ({
    page,
  }) => {
    await openUsers(page);
    await page.evaluate(() =>
      window.localStorage.setItem(
        'acac.savedQueries.v1',
        JSON.stringify([
          { id: 'q1', name: 'Locked PINs', filter: ['pinLocked:eq:true'] },
          { id: 'q2', name: 'No mailbox', filter: ['hasMailbox:eq:false'] },
        ]),
      ),
    );
    await openUsers(page);
    const button = page.getByRole('button', { name: 'Saved queries' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('menuitem', { name: 'Locked PINs' })).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(page.getByRole('menuitem', { name: 'Manage saved queries…' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu')).toHaveCount(0);
    await expect(button).toBeFocused();

    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitem', { name: 'No mailbox' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/filter=hasMailbox:eq:false/);
    await expect(chips(page).first()).toHaveText(/Has mailbox\s*Equal to\s*No/);
    await expect
      .poll(() => shownNames(page))
      .toEqual(await serverNames(page, 'filter=hasMailbox:eq:false'));
    await expect(usersTable(page).getByRole('link', { name: 'Megan Bowen' })).toBeVisible();
  });
});

test.describe('Scale: the large scenario', () => {
  test('100,000 users: a search finds Amos Marble and the DOM holds one page of rows', async ({
    page,
  }) => {
    test.slow(); // generating 100,000 users takes a few seconds on a small machine
    await page.goto('/users?scenario=large');
    await expect(usersTable(page).getByRole('link').first()).toBeVisible({ timeout: 60_000 });
    await expect(page.getByText(/of 100,?007 users/)).toBeVisible();
    expect(await usersTable(page).locator('tbody tr').count()).toBe(25);

    await searchBox(page).fill('amos');
    await expect.poll(() => shownNames(page)).toEqual([AMOS]);
    await searchBox(page).fill('');
    await expect(page.getByText(/of 100,?007 users/)).toBeVisible();
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page.getByText(/26–50 of 100,?007 users/)).toBeVisible();
    expect(await usersTable(page).locator('tbody tr').count()).toBe(25);
  });
});
