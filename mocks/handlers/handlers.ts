import { secureRandom } from '../domain/random';
import type { FaultState } from '../faults';
import { createMockSession, type MockSession } from '../session';
import { memoryStorage, type MockStore } from '../store';
import { createChangeGuard } from './change';
import { audioConferencingHandlers } from './audio-conferencing';
import { dialInHandlers } from './dial-in';
import { pinHandlers } from './pins';
import { createRoute } from './http';
import type { MockServerParts } from './parts';
import { mockControlHandlers, tenantHandlers } from './tenant';
import { userHandlers } from './users';
import { auditHandlers } from './audit';

export function createHandlers(
  store: MockStore,
  faults: FaultState,
  session: MockSession = createMockSession(memoryStorage()),
) {
  const random = secureRandom();
  const now = () => new Date();
  const parts: MockServerParts = {
    store,
    faults,
    ctx: { now, random },
    route: createRoute(faults, random),
    session,
    guarded: createChangeGuard(store, session, now),
  };
  return [
    ...mockControlHandlers(parts),
    ...userHandlers(parts),
    ...auditHandlers(parts),
    ...audioConferencingHandlers(parts),
    ...pinHandlers(parts),
    ...tenantHandlers(parts),
    ...dialInHandlers(parts),
  ];
}
