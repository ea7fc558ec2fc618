import { getResponse, http, HttpResponse, matchRequestUrl } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEMO_ADMIN_TOKENS } from '../../src/api/contract/mock';
import { createFaultState, NO_FAULTS } from '../faults';
import { createMockStore } from '../store';
import { dispatchInOrder, pathPattern } from './dispatch';
import { createHandlers } from './handlers';

const ORIGIN = 'http://mock.test';
const BASE = `${ORIGIN}/api`;

function handlerSet() {
  return createHandlers({
    store: createMockStore({ storage: null, scenario: 'default' }),
    faults: createFaultState(NO_FAULTS),
    basePath: BASE,
  });
}

/** Request paths near every route: filled in, with a trailing slash, in capitals, one short. */
function nearbyPaths(): string[] {
  const paths = new Set<string>(['/api', '/api/', '/api/nothing', '/api/users/u1/nothing']);
  for (const handler of handlerSet()) {
    const path = new URL(String(handler.info.path)).pathname;
    const filled = path.replace(/:[A-Za-z]+/g, 'u-1.x');
    for (const candidate of [
      filled,
      `${filled}/`,
      filled.toUpperCase(),
      filled.split('/').slice(0, -1).join('/'),
      `${filled}/more`,
    ])
      paths.add(candidate);
  }
  return [...paths];
}

describe('dispatchInOrder (decision 019)', () => {
  it('lets through every path MSW would match, for every route', () => {
    const paths = nearbyPaths();
    for (const handler of handlerSet()) {
      const path = String(handler.info.path);
      const pattern = pathPattern(new URL(path).pathname);
      for (const candidate of paths) {
        const msw = matchRequestUrl(new URL(`${ORIGIN}${candidate}`), path).matches;
        if (msw) expect(pattern.test(candidate), `${path} vs ${candidate}`).toBe(true);
      }
    }
  });

  afterEach(() => vi.useRealTimers());

  it('answers each request as the handlers in MSW order do', async () => {
    // Both sets read the same clock: `/_mock/clock` answers with the time.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-03T09:00:00Z') });
    const plain = handlerSet();
    const routed = dispatchInOrder(handlerSet(), BASE);
    expect(routed.length).toBeLessThan(plain.length);
    const headers = { Authorization: `Bearer ${DEMO_ADMIN_TOKENS.TeamsAdministrator}` };
    for (const path of nearbyPaths()) {
      for (const method of ['GET', 'POST', 'PUT', 'DELETE']) {
        const request = () => new Request(`${ORIGIN}${path}`, { method, headers });
        const [a, b] = await Promise.all([
          getResponse(plain, request()),
          getResponse(routed, request()),
        ]);
        const what = `${method} ${path}`;
        expect(b?.status, what).toBe(a?.status);
        // Same answer, not only the same status: `/users/export` is not a user's id.
        if (a && b && method === 'GET') {
          expect(b.headers.get('Content-Type'), what).toBe(a.headers.get('Content-Type'));
          if (a.headers.get('Content-Type')?.includes('json'))
            expect(await b.json(), what).toEqual(await a.json());
        }
      }
    }
  });

  it('leaves what is not under the API as it was, and an override in front still wins', async () => {
    const outside = http.get(`${ORIGIN}/health`, () => HttpResponse.text('ok'));
    const routed = dispatchInOrder([outside, ...handlerSet()], BASE);
    expect(routed[0]).toBe(outside);
    expect(await (await getResponse(routed, new Request(`${ORIGIN}/health`)))?.text()).toBe('ok');

    const override = http.get(`${BASE}/users`, () => HttpResponse.json({ overridden: true }));
    const response = await getResponse([override, ...routed], new Request(`${BASE}/users`));
    expect(await response?.json()).toEqual({ overridden: true });
  });
});
