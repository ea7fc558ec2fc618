// Which Chromium the end-to-end tests and the bench drive: $CHROMIUM_PATH if set, else
// Playwright's own browser when it is installed, else Debian's /usr/bin/chromium.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** @param {string} purpose e.g. "the end-to-end tests" — named in the message when none is found. */
export function findChromium(purpose) {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
    return { path: fromEnv, bundled: false };
  }
  let bundled = '';
  try {
    bundled = chromium.executablePath();
  } catch {
    // Playwright's own browser is not installed.
  }
  if (bundled && existsSync(bundled)) return { path: bundled, bundled: true };
  if (existsSync('/usr/bin/chromium')) return { path: '/usr/bin/chromium', bundled: false };
  throw new Error(
    `No Chromium for ${purpose}. Install one: \`apt-get install -y chromium\` (Debian), ` +
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
