/**
 * Starts the mock server's worker, once per page (decision 021). mocks/launch-page.ts asks for it
 * first, so the tenant is generated while the app loads; mocks/browser.ts then takes the same one
 * and puts MSW in front of it.
 */
import {
  DEFAULT_TAB_ADMIN_TOKEN,
  MOCK_FAULTS_CHANGED_EVENT,
  MOCK_STATE_RECOVERED_EVENT,
  parseTabTokens,
  TAB_TOKENS_STORAGE_KEY,
  type MockFaults,
} from '../../src/api/contract/mock';
import { API_BASE } from '../../src/api/config';
import { faultsFromSearch } from '../faults';
import { defaultFaults, savedFaults } from '../launch';
import { FAULTS_STORAGE_KEY, JOB_OWNER_KEY } from '../storage-keys';
import { createMockClient, type MockClient } from './client';

let started: MockClient | null = null;

export function mockWorker(): MockClient {
  if (started) return started;
  const worker = new Worker(new URL('../mock-worker.ts', import.meta.url), {
    type: 'module',
    name: 'mock-server',
  });
  const client = createMockClient({
    worker,
    storage: window.localStorage,
    token: tabAdminToken,
    onFaults: faultsChanged,
    // After the answer that found it: the page then asks GET /_mock/state again.
    onRecovered: () =>
      window.setTimeout(() => window.dispatchEvent(new Event(MOCK_STATE_RECOVERED_EVENT)), 0),
  });
  worker.addEventListener('error', (event) => {
    // Code of the worker that threw is reported as the worker's own uncaught error, and the
    // worker goes on (as the page did when the mock ran there); a plain event: no worker at all.
    if (event instanceof ErrorEvent) return;
    const error = new Error("The mock server's worker could not be loaded.");
    console.error(error.message);
    client.fail(error);
  });
  // The URL's settings are in the tab's storage already (mocks/launch.ts); from the URL itself
  // only when storage refused to keep them.
  client.start({
    faults:
      savedFaults(sessionStorage) ??
      faultsFromSearch(window.location.search, null, defaultFaults(import.meta.env.DEV)),
    jobOwner: tabJobOwner(),
    basePath: API_BASE,
  });
  return (started = client);
}

/**
 * The admin this tab is signed in as ("Signed in as"): what a request from the tab without an
 * Authorization header is made as, as a browser sends its sign-in cookie. Teams Administrator
 * until another is chosen.
 */
function tabAdminToken(): string {
  const tokens = parseTabTokens(window.sessionStorage.getItem(TAB_TOKENS_STORAGE_KEY));
  return tokens.admin ?? DEFAULT_TAB_ADMIN_TOKEN;
}

/** The tab keeps its network conditions (sessionStorage) and the header shows them. */
function faultsChanged(faults: MockFaults) {
  window.dispatchEvent(new CustomEvent(MOCK_FAULTS_CHANGED_EVENT, { detail: faults }));
  try {
    window.sessionStorage.setItem(FAULTS_STORAGE_KEY, JSON.stringify(faults));
  } catch {
    // A full storage: they hold for this page; a reload starts from the URL again.
  }
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
