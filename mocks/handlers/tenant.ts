import { http, HttpResponse } from 'msw';
import { z } from 'zod/mini';
import { bridgeSettingsUpdateSchema, mockFaultsSchema } from '../../src/api/contract';
import { updateBridgeSettings } from '../domain/bridge-settings';
import { ADMIN_ROLES } from '../domain/roles';
import { API_BASE } from '../../src/api/config';
import type { MockServerParts } from './parts';
import { parseBody, toResponse } from './http';

export function tenantHandlers({ route, store, guarded }: MockServerParts) {
  const onBridge = { target: () => ({ userId: null, name: 'Conference bridge' }) };
  return [
    route('get', '/bridge', () => HttpResponse.json(store.read().bridge)),
    route(
      'put',
      '/bridge',
      guarded('updateBridgeSettings', onBridge, async ({ request }) => {
        const body = await parseBody(request, bridgeSettingsUpdateSchema);
        if (!body.ok) return toResponse(body);
        return toResponse(store.write((tenant) => updateBridgeSettings(tenant, body.value)));
      }),
    ),
    route('get', '/emails', () =>
      HttpResponse.json({ items: [...store.read().mailbox].reverse() }),
    ),
  ];
}

/** Test hooks: never subject to the faults they control. */
export function mockControlHandlers({ store, faults, session }: MockServerParts) {
  return [
    http.post(`${API_BASE}/_mock/reset`, () => {
      store.reset();
      return new HttpResponse(null, { status: 204 });
    }),
    http.get(`${API_BASE}/_mock/faults`, () => HttpResponse.json(faults.get())),
    // A1 (mock mode): who is signed in, as "Signed in as" chooses.
    http.get(`${API_BASE}/_mock/session`, () =>
      HttpResponse.json({ role: session.role(), actor: session.actor() }),
    ),
    http.put(`${API_BASE}/_mock/session`, async ({ request }) => {
      const body = await parseBody(request, z.object({ role: z.enum(ADMIN_ROLES) }));
      if (!body.ok) return toResponse(body);
      session.setRole(body.value.role);
      return HttpResponse.json({ role: session.role(), actor: session.actor() });
    }),
    http.post(`${API_BASE}/_mock/faults`, async ({ request }) => {
      const body = await parseBody(request, z.partial(mockFaultsSchema));
      return toResponse(body.ok ? { ok: true, value: faults.set(body.value) } : body);
    }),
  ];
}
