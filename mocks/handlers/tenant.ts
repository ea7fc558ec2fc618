import { http, HttpResponse } from 'msw';
import { z } from 'zod/mini';
import {
  bridgeSettingsUpdateSchema,
  mockFaultsSchema,
  mockSessionUpdateSchema,
  type MockSession as MockSessionView,
} from '../../src/api/contract';
import { updateBridgeSettings } from '../domain/bridge-settings';
import { selfServiceChoices, selfServiceUser } from '../domain/self-service';
import { findUser } from '../domain/users';
import type { MockSession } from '../session';
import type { MockStore } from '../store';
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

function sessionOf(store: MockStore, session: MockSession): MockSessionView {
  const tenant = store.read();
  const user = selfServiceUser(tenant, session.selfServiceUserId());
  return {
    role: session.role(),
    actor: session.actor(),
    selfServiceUser: user,
    selfServiceChoices: selfServiceChoices(tenant, user),
  };
}

/** Test hooks: never subject to the faults they control. */
export function mockControlHandlers({ store, faults, session }: MockServerParts) {
  return [
    http.post(`${API_BASE}/_mock/reset`, () => {
      store.reset();
      return new HttpResponse(null, { status: 204 });
    }),
    http.get(`${API_BASE}/_mock/faults`, () => HttpResponse.json(faults.get())),
    // A1 (mock mode): who is signed in, as "Signed in as" chooses: the admin's role, and the
    // user the self-service page acts for.
    http.get(`${API_BASE}/_mock/session`, () => HttpResponse.json(sessionOf(store, session))),
    http.put(`${API_BASE}/_mock/session`, async ({ request }) => {
      const body = await parseBody(request, mockSessionUpdateSchema);
      if (!body.ok) return toResponse(body);
      if ('role' in body.value) session.setRole(body.value.role);
      else {
        const found = findUser(store.read(), body.value.selfServiceUserId);
        if (!found.ok) return toResponse(found);
        session.setSelfServiceUser(found.value.id);
      }
      return HttpResponse.json(sessionOf(store, session));
    }),
    http.post(`${API_BASE}/_mock/faults`, async ({ request }) => {
      const body = await parseBody(request, z.partial(mockFaultsSchema));
      return toResponse(body.ok ? { ok: true, value: faults.set(body.value) } : body);
    }),
  ];
}
