import { createTestServer } from '../../mocks/node';

/** One mock server for the test run; every test starts from the seed (see setup.ts). */
export const mock = createTestServer();
