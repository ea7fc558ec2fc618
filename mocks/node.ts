import { setupServer } from 'msw/node';
import { createFaultState, NO_FAULTS } from './faults';
import { createServedHandlers } from './handlers/handlers';
import { createMockStore, type MockStore } from './store';

/** A fresh mock server for one test file: the default scenario, no latency, no faults. */
export function createTestServer(scenario = 'default') {
  const store: MockStore = createMockStore({ storage: null, scenario });
  const faults = createFaultState(NO_FAULTS);
  const server = setupServer(...createServedHandlers({ store, faults }));
  return { server, store, faults };
}
