// Which Chromium the bench drives. The same choice as e2e/browser.ts (kept in step with it by hand:
// that file is TypeScript and this one runs in plain Node): $CHROMIUM_PATH, else Playwright's own
// browser when it is installed, else Debian's /usr/bin/chromium.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** A concrete path, since chrome-launcher (for Lighthouse) needs one as much as Playwright does. */
export function chromiumPath() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
    return fromEnv;
  }
  let bundled = '';
  try {
    bundled = chromium.executablePath();
  } catch {
    // Playwright's own browser is not installed.
  }
  if (bundled && existsSync(bundled)) return bundled;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  throw new Error(
    'No Chromium for the bench. Install one: `apt-get install -y chromium` (Debian), ' +
      'or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium binary.',
  );
}

/** Without these, Chromium keeps calling home, which a closed network refuses many times over. */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
