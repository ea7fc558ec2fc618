import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { DEMO_ADMIN_TOKENS } from '../../src/api/contract/mock';
import { createFaultState, NO_FAULTS } from '../faults';
import { createMockStore, memoryStorage, stateKey, type KeyValueStorage } from '../store';
import { createHandlers } from './handlers';
import { SAVED_STATE_VERSION } from '../saved-state';

const ORIGIN = 'http://mock.test';

/** The browser's handler set on a storage that refuses every write once `full`. */
function browserMock(inner: KeyValueStorage = memoryStorage()) {
  const storage = {
    full: false,
    getItem: (key: string) => inner.getItem(key),
    setItem: (key: string, value: string) => {
      if (storage.full)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      inner.setItem(key, value);
    },
    removeItem: (key: string) => inner.removeItem(key),
  };
  const store = createMockStore({ storage, scenario: 'default' });
  const handlers = createHandlers({
    store,
    faults: createFaultState(NO_FAULTS),
    basePath: `${ORIGIN}/api`,
    host: 'browser',
  });
  async function call(method: string, path: string, body?: unknown) {
    const request = new Request(`${ORIGIN}/api${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${DEMO_ADMIN_TOKENS.TeamsAdministrator}`,
        'Content-Type': 'application/json',
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const response = await getResponse(handlers, request);
    if (!response) throw new Error(`No handler for ${method} ${path}`);
    const text = await response.text();
    return {
      status: response.status,
      body: text ? (JSON.parse(text) as Record<string, unknown>) : null,
    };
  }
  return { storage, store, call };
}

describe('saved state over HTTP (browser mock)', () => {
  it('a change storage refuses is answered 507 storage_full, and nothing changed', async () => {
    const { storage, store, call } = browserMock();
    const amos = store.read().users.find((u) => u.displayName === 'Amos Marble')!;
    const before = await call('GET', `/users/${amos.id}`);
    storage.full = true;

    const refused = await call('POST', `/users/${amos.id}/conference-id/reset`);

    expect(refused.status).toBe(507);
    expect(refused.body).toMatchObject({
      code: 'storage_full',
      message: expect.stringMatching(
        /storage for the site is full, so nothing was changed/,
      ) as string,
    });
    storage.full = false;
    expect(await call('GET', `/users/${amos.id}`)).toEqual(before);
    expect((await call('GET', '/emails')).body).toEqual({ items: [] });
    expect((await call('GET', '/audit-log')).body).toEqual({ items: [] });
  });

  it('GET /_mock/state reports a recovery from unreadable saved data, and a reset forgets it', async () => {
    const inner = memoryStorage();
    inner.setItem(stateKey('default'), '{"version":1,"tenant":');
    const { call } = browserMock(inner);

    const state = await call('GET', '/_mock/state');

    expect(state.status).toBe(200);
    expect(state.body).toMatchObject({
      ready: true,
      scenario: 'default',
      host: 'browser',
      savedStateVersion: SAVED_STATE_VERSION,
      faults: NO_FAULTS,
      recovery: {
        scenario: 'default',
        reason: 'It is not valid JSON.',
        backupKey: 'acac.mock.state.default.backup',
      },
    });
    expect((await call('POST', '/_mock/reset', {})).status).toBe(204);
    expect((await call('GET', '/_mock/state')).body).toMatchObject({ recovery: null });
  });

  it('POST /_mock/reset with a scenario switches the data set; an unknown one is refused', async () => {
    const { call } = browserMock();
    expect((await call('POST', '/_mock/reset', { scenario: 'nonsense' })).status).toBe(400);
    expect((await call('GET', '/_mock/state')).body).toMatchObject({ scenario: 'default' });
    expect((await call('POST', '/_mock/reset', { scenario: 'empty' })).status).toBe(204);
    expect((await call('GET', '/users')).body).toMatchObject({ total: 0 });
  });
});
