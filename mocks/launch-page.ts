/**
 * Mock mode's first script: config/mock-boundary.ts puts it before the app's in index.html. It
 * takes the URL's mock settings into the tab's storage before the page's load event, so they hold
 * even when the page is left before the mock has started; then it starts the mock server's worker,
 * which generates the tenant while the app loads (decision 021).
 */
import { applyLaunchUrl } from './launch';

applyLaunchUrl(
  window.location.search,
  { session: window.sessionStorage, local: window.localStorage },
  import.meta.env.DEV,
);
void import('./worker/start').then(({ mockWorker }) => mockWorker());
