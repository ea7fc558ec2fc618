import { expect, test } from './fixtures';

// Issue 15: the shell and the page's skeleton render before the mock has started, without
// waiting for it, and fill in once it answers.
test.describe('Issue 15: the page before its mock', () => {
  test('the shell, the heading and the loading state show while the mock is held; then the rows', async ({
    page,
  }) => {
    // The chunk that puts MSW in front of the mock's worker, held until the page has been seen.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked = false;
    await page.route(/\/assets\/browser-[^/]*\.js$/, async (route) => {
      asked = true;
      await held;
      await route.continue();
    });
    await page.goto('/users');
    await expect.poll(() => asked, { message: 'the mock server’s chunk is asked for' }).toBe(true);

    await expect(page.getByRole('heading', { name: 'Users', exact: true, level: 1 })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main', exact: true })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Search users', exact: true })).toBeVisible();
    await expect(page.getByText('Loading users…', { exact: true })).toBeVisible();
    await expect(page.locator('html')).not.toHaveAttribute('data-mock-ready', 'true');
    await expect(page.getByRole('table', { name: 'Users', exact: true })).toHaveCount(0);

    release();
    await expect(page.locator('html')).toHaveAttribute('data-mock-ready', 'true');
    const table = page.getByRole('table', { name: 'Users', exact: true });
    await expect(table.getByRole('link', { name: 'Amos Marble', exact: true })).toBeVisible();
  });
});
