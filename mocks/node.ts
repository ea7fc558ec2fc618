import { setupServer } from 'msw/node';
import { createFaultState } from './faults';
import { createHandlers } from './handlers/handlers';
import { createMockStore, memoryStorage, type MockStore } from './store';

/** A fresh mock server for one test file: the default scenario, no latency, no faults. */
export function createTestServer(scenario = 'default') {
  const store: MockStore = createMockStore({ storage: memoryStorage(), scenario });
  const faults = createFaultState({ latencyMs: 0, failureRate: 0, offline: false });
  const server = setupServer(...createHandlers(store, faults));
  return { server, store, faults };
}
