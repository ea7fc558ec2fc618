import { expect, test, userIdFromUrl } from './fixtures';

declare global {
  interface Window {
    /** Content-Security-Policy violations the page reported (set up by the test). */
    __cspViolations?: string[];
  }
}

function nonceOf(policy: string): string {
  const match = /style-src [^;]*'nonce-([^']+)'/.exec(policy);
  if (!match?.[1]) throw new Error(`No style nonce in: ${policy}`);
  return match[1];
}

test.describe('Issue 6 A3: hardening of the production preview', () => {
  test('every page is served with a Content-Security-Policy: no inline script, styles by nonce', async ({
    page,
    request,
  }) => {
    const first = await request.get('/users');
    const again = await request.get('/audit-log');
    const policy = first.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(first.headers()['cache-control']).toBe('no-store');
    expect(first.headers()['x-content-type-options']).toBe('nosniff');
    const nonce = nonceOf(policy);
    expect(nonce).toMatch(/^[A-Za-z0-9+/=]{16,}$/);
    expect(
      nonceOf(again.headers()['content-security-policy'] ?? ''),
      'a new nonce each time',
    ).not.toBe(nonce);
    expect(await first.text(), "the page's elements carry its nonce").toContain(`nonce="${nonce}"`);

    // The app runs under the policy without a single violation: pages, the Edit panel, dialogs.
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        window.__cspViolations?.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    await page.goto('/users');
    const users = page.getByRole('table', { name: 'Users' });
    await users.getByRole('link', { name: 'Amos Marble', exact: true }).click();
    const panel = page.getByRole('dialog', { name: 'Amos Marble', exact: true });
    await panel.getByRole('button', { name: 'Reset PIN' }).click();
    await expect(page.getByRole('dialog', { name: 'Reset PIN' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Reset PIN' })).toBeHidden();
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await page.getByRole('link', { name: 'Conference bridges' }).click();
    await expect(page.getByRole('heading', { name: 'Conference bridges', level: 1 })).toBeVisible();
    const styled = await page.evaluate(() =>
      Array.from(document.querySelectorAll('style')).map((style) => style.nonce !== ''),
    );
    expect(styled.length, "Fluent's style elements").toBeGreaterThan(0);
    expect(styled.every(Boolean), 'each with the nonce').toBe(true);
    expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
  });

  test('the policy is enforced: an injected inline script does not run', async ({
    page,
    consoleGuard,
  }) => {
    consoleGuard.allow(/inline script violates the following Content Security Policy/);
    await page.goto('/users');
    await expect(page.getByRole('table', { name: 'Users' })).toBeVisible();
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.head.append(script);
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
  });

  test('PIN answers are never stored by a cache: Cache-Control no-store', async ({
    page,
    openUser,
  }) => {
    await openUser('Amos Marble');
    const userId = userIdFromUrl(page);
    const headers = await page.evaluate(async (id) => {
      const answers = [
        await fetch(`/api/users/${encodeURIComponent(id)}/pin/reset`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ sendEmail: false }),
        }),
        // The user's own demo token (PRODUCT.md §2): `demo-user-` and their id.
        await fetch('/api/me/pin/reset', {
          method: 'POST',
          headers: { Authorization: `Bearer demo-user-${id}` },
        }),
      ];
      return answers.map((answer) => [answer.status, answer.headers.get('Cache-Control')]);
    }, userId);
    expect(headers).toEqual([
      [200, 'no-store'],
      [200, 'no-store'],
    ]);
  });
});
