import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';

/** The Chromium the tests drive; undefined lets Playwright use its own browser. */
export function chromiumExecutable(): string | undefined {
  const { path, bundled } = findChromium('the end-to-end tests');
  return bundled ? undefined : path;
}

export { CHROMIUM_ARGS };
