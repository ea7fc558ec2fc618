// Makes sure the end-to-end tests have a Chromium: $CHROMIUM_PATH, Playwright's own browser, or
// Debian's /usr/bin/chromium. On a fresh Debian machine run as root, it installs Debian's package
// (Playwright can't download its browsers on a closed network); elsewhere it says what to install.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

function bundledChromium() {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const fromEnv = process.env.CHROMIUM_PATH;
if (fromEnv && existsSync(fromEnv)) process.exit(0);
if (bundledChromium() || existsSync('/usr/bin/chromium')) process.exit(0);

const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (!canApt) {
  console.error(
    'No Chromium for the end-to-end tests. Install one: `sudo apt-get install -y chromium` (Debian), ' +
      'or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium binary.',
  );
  process.exit(1);
}
console.log('Installing Debian chromium for the end-to-end tests…');
execSync('apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium', {
  stdio: 'inherit',
  shell: '/bin/bash',
});
