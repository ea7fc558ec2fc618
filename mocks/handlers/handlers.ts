import { secureRandom } from '../domain/random';
import type { FaultState } from '../faults';
import type { MockStore } from '../store';
import { audioConferencingHandlers } from './audio-conferencing';
import { dialInHandlers } from './dial-in';
import { pinHandlers } from './pins';
import { createRoute } from './http';
import type { MockServerParts } from './parts';
import { mockControlHandlers, tenantHandlers } from './tenant';
import { userHandlers } from './users';

export function createHandlers(store: MockStore, faults: FaultState) {
  const random = secureRandom();
  const parts: MockServerParts = {
    store,
    faults,
    ctx: { now: () => new Date(), random },
    route: createRoute(faults, random),
  };
  return [
    ...mockControlHandlers(parts),
    ...userHandlers(parts),
    ...audioConferencingHandlers(parts),
    ...pinHandlers(parts),
    ...tenantHandlers(parts),
    ...dialInHandlers(parts),
  ];
}
