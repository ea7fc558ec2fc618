import { HttpResponse } from 'msw';
import { getBridgeRoute, updateBridgeRoute } from '../../src/api/contract/bridge';
import { listEmailsRoute } from '../../src/api/contract/emails';
import {
  advanceMockClockRoute,
  getMockClockRoute,
  getMockFaultsRoute,
  getMockStateRoute,
  listDemoTokensRoute,
  resetMockRoute,
  setMockFaultsRoute,
} from '../../src/api/contract/mock';
import { updateBridgeSettings } from '../domain/bridge-settings';
import { advanceClock, clockView, mockTime } from '../domain/clock';
import { settleMigrations } from '../domain/meeting-migration';
import { meetingFault, settledTenant } from './meetings';
import { demoTokens } from '../domain/identity';
import { SAVED_STATE_VERSION } from '../saved-state';
import type { MockServerParts } from './parts';
import { noContent, toResponse } from './http';

export function tenantHandlers({ router: { route, change }, store, guard }: MockServerParts) {
  const onBridge = { target: () => ({ userId: null, name: 'Conference bridge' }) };
  return [
    route(getBridgeRoute, () => HttpResponse.json(store.read().bridge)),
    change(
      updateBridgeRoute,
      guard('updateBridgeSettings', onBridge),
      ({ body }) => toResponse(store.write((tenant) => updateBridgeSettings(tenant, body))),
      ({ body }) => ({ action: 'updateBridgeSettings', settings: body }),
    ),
    route(listEmailsRoute, () => HttpResponse.json({ items: [...store.read().mailbox].reverse() })),
  ];
}

/** Test hooks: public, and never subject to the faults they control. */
export function mockControlHandlers(parts: MockServerParts, host: 'browser' | 'server') {
  const {
    router: { route },
    store,
    faults,
  } = parts;
  return [
    route(getMockStateRoute, () => {
      // Reading the tenant checks what storage holds, so a damaged saved state is found here.
      store.read();
      return HttpResponse.json({
        ready: true,
        scenario: store.scenario,
        host,
        savedStateVersion: SAVED_STATE_VERSION,
        recovery: store.recovery(),
        faults: faults.get(),
      });
    }),
    route(resetMockRoute, ({ body }) => {
      store.reset({ scenario: body.scenario });
      return noContent();
    }),
    route(getMockFaultsRoute, () => HttpResponse.json(faults.get())),
    route(setMockFaultsRoute, ({ body }) => HttpResponse.json(faults.set(body))),
    route(listDemoTokensRoute, ({ query }) =>
      HttpResponse.json(demoTokens(store.read(), query.search)),
    ),
    // M5: the mock time; moving it forward runs what fell due (meeting migrations).
    route(getMockClockRoute, () => HttpResponse.json(clockView(settledTenant(parts), Date.now()))),
    route(advanceMockClockRoute, ({ body }) =>
      toResponse(
        store.write((tenant) => {
          const advanced = advanceClock(tenant, body.advanceMinutes);
          if (!advanced.ok) return advanced;
          const realNow = Date.now();
          settleMigrations(tenant, mockTime(tenant, realNow).getTime(), meetingFault(parts));
          return { ok: true as const, value: clockView(tenant, realNow) };
        }),
      ),
    ),
  ];
}
