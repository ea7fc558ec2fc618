import { setupWorker } from 'msw/browser';
import { API_BASE } from '../src/api/config';
import {
  DEFAULT_TAB_ADMIN_TOKEN,
  MOCK_FAULTS_CHANGED_EVENT,
  MOCK_STATE_RECOVERED_EVENT,
  parseTabTokens,
  TAB_TOKENS_STORAGE_KEY,
} from '../src/api/contract/mock';
import { createFaultState, faultsFromSearch } from './faults';
import { prepareUserSearch } from './domain/user-query';
import { createServedHandlers } from './handlers/handlers';
import { defaultFaults, savedFaults } from './launch';
import { FAULTS_STORAGE_KEY, JOB_OWNER_KEY } from './storage-keys';
import { createMockStore } from './store';

/** Users added to the search index per task: a few milliseconds' work. */
const INDEX_SLICE_USERS = 2_000;

/** Set on `<html>` once the mock answers, with the URL's settings applied (a signal for tests). */
export const MOCK_READY_ATTRIBUTE = 'data-mock-ready';

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
  const dev = import.meta.env.DEV;
  // The URL's settings are in the tab's storage already: mocks/launch-page.ts ran before the app.
  const store = createMockStore({
    storage: window.localStorage,
    // After the answer that found it: the page then asks GET /_mock/state again.
    onRecovery: () =>
      window.setTimeout(() => window.dispatchEvent(new Event(MOCK_STATE_RECOVERED_EVENT)), 0),
  });

  // From the URL itself only when storage refused to keep them.
  const faults = createFaultState(
    savedFaults(sessionStorage) ??
      faultsFromSearch(window.location.search, null, defaultFaults(dev)),
  );
  const persisted = {
    get: faults.get,
    set: (next: Parameters<typeof faults.set>[0]) => {
      const value = faults.set(next);
      window.dispatchEvent(new CustomEvent(MOCK_FAULTS_CHANGED_EVENT, { detail: value }));
      try {
        window.sessionStorage.setItem(FAULTS_STORAGE_KEY, JSON.stringify(value));
      } catch {
        // A full storage: they hold for this page; a reload starts from the URL again.
      }
      return value;
    },
  };

  const worker = setupWorker(
    ...createServedHandlers({
      store,
      faults: persisted,
      basePath: API_BASE,
      fallbackToken: tabAdminToken,
      host: 'browser',
      jobOwner: tabJobOwner(),
    }),
  );
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
  document.documentElement.setAttribute(MOCK_READY_ATTRIBUTE, 'true');

  // The tenant is generated after the first frame (the first request may do it sooner): for the
  // large scenario that takes a second or more, and the admin sees the page meanwhile. Its search
  // index is built once the page is idle, after the first rows show, a slice per task.
  window.requestAnimationFrame(() =>
    window.setTimeout(() => {
      const search = prepareUserSearch(store.read());
      const slice = () => {
        if (!search.step(INDEX_SLICE_USERS)) window.setTimeout(slice, 0);
      };
      window.requestIdleCallback(slice, { timeout: 2000 });
    }, 0),
  );
}

/** This tab's name in bulk jobs' leases, kept across its reloads. */
function tabJobOwner(): string {
  try {
    let owner = window.sessionStorage.getItem(JOB_OWNER_KEY);
    if (!owner) {
      owner = `tab-${crypto.randomUUID()}`;
      window.sessionStorage.setItem(JOB_OWNER_KEY, owner);
    }
    return owner;
  } catch {
    return `tab-${crypto.randomUUID()}`;
  }
}
