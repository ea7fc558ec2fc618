import { http, HttpResponse } from 'msw';
import { z } from 'zod/mini';
import { bridgeSettingsUpdateSchema, mockFaultsSchema } from '../../src/api/contract';
import { updateBridgeSettings } from '../domain/bridge-settings';
import { API_BASE } from '../../src/api/config';
import type { MockServerParts } from './parts';
import { parseBody, toResponse } from './http';

export function tenantHandlers({ route, store }: MockServerParts) {
  return [
    route('get', '/bridge', () => HttpResponse.json(store.read().bridge)),
    route('put', '/bridge', async ({ request }) => {
      const body = await parseBody(request, bridgeSettingsUpdateSchema);
      if (!body.ok) return toResponse(body);
      return toResponse(store.write((tenant) => updateBridgeSettings(tenant, body.value)));
    }),
    route('get', '/emails', () =>
      HttpResponse.json({ items: [...store.read().mailbox].reverse() }),
    ),
  ];
}

/** Test hooks: never subject to the faults they control. */
export function mockControlHandlers({ store, faults }: MockServerParts) {
  return [
    http.post(`${API_BASE}/_mock/reset`, () => {
      store.reset();
      return new HttpResponse(null, { status: 204 });
    }),
    http.get(`${API_BASE}/_mock/faults`, () => HttpResponse.json(faults.get())),
    http.post(`${API_BASE}/_mock/faults`, async ({ request }) => {
      const body = await parseBody(request, z.partial(mockFaultsSchema));
      return toResponse(body.ok ? { ok: true, value: faults.set(body.value) } : body);
    }),
  ];
}
