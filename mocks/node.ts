import { setupServer } from 'msw/node';
import { createFaultState, NO_FAULTS } from './faults';
import { createHandlers } from './handlers/handlers';
import { createMockSession } from './session';
import { createMockStore, memoryStorage, type MockStore } from './store';

/** A fresh mock server for one test file: the default scenario, no latency, no faults. */
export function createTestServer(scenario = 'default') {
  const store: MockStore = createMockStore({ storage: memoryStorage(), scenario });
  const faults = createFaultState(NO_FAULTS);
  const session = createMockSession(memoryStorage());
  const server = setupServer(...createHandlers(store, faults, session));
  return { server, store, faults, session };
}
