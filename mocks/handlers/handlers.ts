import { API_BASE_PATH } from '../../src/api/contract/route';
import { secureRandom } from '../domain/random';
import type { FaultState } from '../faults';
import type { MockStore } from '../store';
import { createChangeGuard } from './change';
import { audioConferencingHandlers } from './audio-conferencing';
import { auditHandlers } from './audit';
import { contractHandlers } from './contract';
import { dialInHandlers } from './dial-in';
import { createRouter, type RouterOptions } from './http';
import type { MockServerParts } from './parts';
import { pinPolicyHandlers } from './pin-policies';
import { pinHandlers } from './pins';
import { mockControlHandlers, tenantHandlers } from './tenant';
import { userHandlers } from './users';

export interface HandlerOptions extends Pick<RouterOptions, 'fallbackToken'> {
  store: MockStore;
  faults: FaultState;
  /** Where the API lives: `/api` unless a host serves it elsewhere. */
  basePath?: string;
  /** Which host serves them, as `GET /_mock/state` tells: the browser's worker or a server. */
  host?: 'browser' | 'server';
}

/** The mock's one handler set, which every host serves: the browser worker, msw/node, HTTP. */
export function createHandlers({
  store,
  faults,
  basePath = API_BASE_PATH,
  fallbackToken,
  host = 'server',
}: HandlerOptions) {
  const random = secureRandom();
  const now = () => new Date();
  const parts: MockServerParts = {
    store,
    faults,
    ctx: { now, random },
    router: createRouter({ basePath, store, faults, random, fallbackToken }),
    guard: createChangeGuard(store, now, random),
  };
  return [
    ...mockControlHandlers(parts, host),
    ...contractHandlers(parts),
    ...userHandlers(parts),
    ...auditHandlers(parts),
    ...audioConferencingHandlers(parts),
    ...pinHandlers(parts),
    ...pinPolicyHandlers(parts),
    ...tenantHandlers(parts),
    ...dialInHandlers(parts),
  ];
}
