import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import mockOnly from '../../config/mock-only.json' with { type: 'json' };
import { expect, test } from '../fixtures';
import { bearer, resetTenant, TOKENS } from './prod';

/**
 * What only the mock brings: its two workers (MSW's and the mock server's), its set-up, its
 * routes, its demo tokens, its pages and header controls, its test hook. None may be in the
 * production build (PRODUCT.md §2).
 */
const MOCK_MARKERS = [
  'mockServiceWorker',
  'mock-worker',
  'setupWorker',
  '/_mock/',
  'demo-teams-administrator',
  'Dial-in simulator',
  'Sent emails',
  'Network conditions',
  'Reset demo data',
  '__acacCacheText',
] as const;

/**
 * Where the mock's code lives (config/mock-only.json), with the MSW worker and the package that
 * registers it, and the mock-mode-only cache probe of the query client. Every marker must occur
 * in them: a marker nothing could ever put into a build would prove nothing.
 */
const MOCK_SOURCES = [
  ...mockOnly.paths.map((entry) => entry.replace(/\/$/, '')),
  'src/app/query-client.ts',
  'public/mockServiceWorker.js',
];

const repoRoot = () => path.dirname(test.info().config.configFile!);

/** Every file under `entry` (or `entry` itself), as [path relative to the repo, content]. */
async function filesOf(entry: string): Promise<[string, string][]> {
  const absolute = path.resolve(repoRoot(), entry);
  const entries = await readdir(absolute, { recursive: true, withFileTypes: true }).catch(
    () => null,
  );
  const files = entries
    ? entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name))
    : [absolute];
  return Promise.all(
    files.map(
      async (file) =>
        [path.relative(repoRoot(), file), await readFile(file, 'latin1')] as [string, string],
    ),
  );
}

test.describe.configure({ mode: 'serial' });

test.describe('No mock in the production build', () => {
  test.beforeAll(async ({ request }) => {
    await resetTenant(request);
  });

  test('dist/ holds none of the mock-only markers, each of which the mock sources hold', async () => {
    // The mock's sources, and MSW's browser module (where the worker's URL comes from).
    const sources = (await Promise.all(MOCK_SOURCES.map(filesOf))).flat();
    const mswBrowser = createRequire(path.join(repoRoot(), 'package.json')).resolve('msw/browser');
    sources.push([path.relative(repoRoot(), mswBrowser), await readFile(mswBrowser, 'latin1')]);
    for (const marker of MOCK_MARKERS) {
      const where = sources.filter(
        ([file, text]) => file.includes(marker) || text.includes(marker),
      );
      expect(where.length, `"${marker}" occurs in the mock's sources`).toBeGreaterThan(0);
    }

    // The build `npm start` serves (the web server built it before the tests started).
    const dist = await filesOf('dist');
    expect(dist.map(([file]) => file)).toContain(path.join('dist', 'index.html'));
    expect(
      dist.filter(([file]) => file.endsWith('.js')).length,
      'dist/ holds the app',
    ).toBeGreaterThan(0);
    const found = MOCK_MARKERS.flatMap((marker) =>
      dist
        .filter(([file, text]) => file.includes(marker) || text.includes(marker))
        .map(([file]) => `${marker} in ${file}`),
    );
    expect(found, 'mock-only markers in dist/').toEqual([]);
  });

  test('the browser shows no mock controls, no mock pages and no MSW worker', async ({
    browser,
    request,
    consoleGuard,
  }) => {
    const context = await browser.newContext({
      extraHTTPHeaders: bearer(TOKENS.teamsAdministrator),
    });
    const page = await context.newPage();
    consoleGuard.watch(page);
    try {
      await page.goto('/users');
      await expect(page.getByRole('heading', { name: 'Users', level: 1 })).toBeVisible();
      await expect(page.getByRole('table', { name: 'Users' })).toBeVisible();
      // Signed in: the header says who (the header of the production build), not a chooser.
      await expect(page.getByRole('banner')).toContainText('Adele Vance (Teams Administrator)');
      await expect(page.getByRole('combobox', { name: 'Signed in as' })).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Network conditions' })).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Reset demo data' })).toHaveCount(0);
      await expect(page.getByRole('banner')).not.toContainText('mock');
      const nav = page.getByRole('navigation');
      await expect(nav.getByRole('link', { name: 'Users' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Sent emails' })).toHaveCount(0);
      await expect(page.getByRole('link', { name: 'Dial-in simulator' })).toHaveCount(0);
      expect(
        await page.evaluate(() => navigator.serviceWorker.getRegistrations()),
        'no service worker',
      ).toHaveLength(0);
      expect(await page.evaluate(() => '__acacCacheText' in window)).toBe(false);

      for (const route of ['/emails', '/dial-in']) {
        await page.goto(route);
        await expect(page.getByRole('heading', { name: 'Page not found', level: 1 })).toBeVisible();
        await expect(
          page.getByRole('heading', { name: /Sent emails|Dial-in simulator/ }),
        ).toHaveCount(0);
      }
    } finally {
      await context.close();
    }

    const worker = await request.get('/mockServiceWorker.js');
    expect(worker.status()).toBe(404);
  });
});
