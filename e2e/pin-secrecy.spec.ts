import type { Locator, Page } from '@playwright/test';
import { audioSection, expect, test, wholeNumber } from './fixtures';

const AMOS = 'Amos Marble';

declare global {
  interface Window {
    /** The app's mock-mode cache probe (src/app/query-client.ts). */
    __acacCacheText?: () => string;
  }
}

/** Everything the browser holds that a PIN must never be in (A3), as one text. */
async function browserTraces(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const dump = (storage: Storage) =>
      Array.from({ length: storage.length }, (_, i) => {
        const key = storage.key(i)!;
        return `${key}=${storage.getItem(key)}`;
      }).join('\n');
    const databases = (await indexedDB.databases?.()) ?? [];
    const indexed: string[] = [];
    for (const { name } of databases) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const all = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        indexed.push(`${name}/${store}: ${JSON.stringify(all)}`);
      }
      db.close();
    }
    const cache = window.__acacCacheText?.();
    if (cache === undefined) throw new Error('The query cache probe is missing (mock mode).');
    return [
      `url: ${location.href}`,
      `history: ${JSON.stringify(history.state)}`,
      `localStorage:\n${dump(localStorage)}`,
      `sessionStorage:\n${dump(sessionStorage)}`,
      `indexedDB:\n${indexed.join('\n')}`,
      `caches:\n${cache}`,
    ].join('\n');
  });
}

async function resetPinOf(page: Page, panel: Locator, specific?: string): Promise<string> {
  await audioSection(panel).getByRole('button', { name: 'Reset PIN', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset PIN', exact: true });
  if (specific) {
    await dialog.getByRole('radio', { name: 'Enter a specific PIN' }).check();
    await dialog.getByRole('textbox', { name: 'Specific PIN' }).fill(specific);
  }
  await dialog.getByRole('button', { name: 'Reset', exact: true }).click();
  const newPin = dialog.getByLabel('New PIN', { exact: true });
  await expect(newPin).toHaveValue(/^\d+$/);
  const pin = await newPin.inputValue();
  // While the dialog shows it, the PIN is in the mutation's answer: the probe can see a PIN.
  expect(await page.evaluate(() => window.__acacCacheText?.() ?? '')).toMatch(wholeNumber(pin));
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(dialog).toBeHidden();
  return pin;
}

test.describe('Issue 6 Done-when 4: a PIN leaves no trace once its dialog is closed (A3)', () => {
  test('storage, IndexedDB, the URL, the query cache and the console hold no PIN', async ({
    page,
    openUser,
  }) => {
    const consoleText: string[] = [];
    page.on('console', (message) => consoleText.push(message.text()));

    const panel = await openUser(AMOS);
    const generated = await resetPinOf(page, panel);
    const specific = '73915';
    expect(await resetPinOf(page, panel, specific)).toBe(specific);

    const traces = await browserTraces(page);
    // Not vacuous: the scan read the mock's state and the cached user.
    expect(traces).toContain('acac.mock.state');
    expect(traces).toContain(AMOS);
    for (const pin of [generated, specific]) {
      expect(traces, 'browser storage, URL and caches').not.toMatch(wholeNumber(pin));
      expect(consoleText.join('\n'), 'console output').not.toMatch(wholeNumber(pin));
    }
  });
});
