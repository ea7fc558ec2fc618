// The bench drives the same Chromium as the end-to-end tests, always by path: chrome-launcher (for
// Lighthouse) needs one as much as Playwright does.
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';

export function chromiumPath() {
  return findChromium('the bench').path;
}

export { CHROMIUM_ARGS };
