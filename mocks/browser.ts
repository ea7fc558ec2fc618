import { setupWorker } from 'msw/browser';
import { API_BASE } from '../src/api/config';
import {
  DEFAULT_TAB_ADMIN_TOKEN,
  parseTabTokens,
  TAB_TOKENS_STORAGE_KEY,
} from '../src/api/contract/mock';
import { createFaultState, faultsFromSearch } from './faults';
import { queryUserPositions } from './domain/user-query';
import { createHandlers } from './handlers/handlers';
import { createMockStore } from './store';

const FAULTS_KEY = 'acac.mock.faults';

/**
 * The admin this tab is signed in as ("Signed in as"): what a request from the tab without an
 * Authorization header is made as, as a browser sends its sign-in cookie. Teams Administrator
 * until another is chosen.
 */
function tabAdminToken(): string {
  const tokens = parseTabTokens(window.sessionStorage.getItem(TAB_TOKENS_STORAGE_KEY));
  return tokens.admin ?? DEFAULT_TAB_ADMIN_TOKEN;
}

/** Starts the mock server in the browser (mock mode only; loaded with a dynamic import). */
export async function startMockServer(): Promise<void> {
  const search = window.location.search;
  const params = new URLSearchParams(search);
  const store = createMockStore({ storage: window.localStorage, scenario: params.get('scenario') });

  // Faults belong to one tab; a reload keeps them.
  const saved = window.sessionStorage.getItem(FAULTS_KEY);
  const defaults = saved ? JSON.parse(saved) : { latencyMs: import.meta.env.DEV ? 200 : 0 };
  const faults = createFaultState(faultsFromSearch(search, defaults));
  const persisted = {
    get: faults.get,
    set: (next: Parameters<typeof faults.set>[0]) => {
      const value = faults.set(next);
      window.sessionStorage.setItem(FAULTS_KEY, JSON.stringify(value));
      return value;
    },
  };
  persisted.set({});

  const worker = setupWorker(
    ...createHandlers({
      store,
      faults: persisted,
      basePath: API_BASE,
      fallbackToken: tabAdminToken,
    }),
  );
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });

  // The tenant and its search index are built after the first frame: for the large scenario that
  // takes seconds, and the admin sees the page and its spinner meanwhile, not a blank tab.
  window.requestAnimationFrame(() =>
    window.setTimeout(() => queryUserPositions(store.read(), {}), 0),
  );
}
