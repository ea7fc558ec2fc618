import { API_BASE_PATH } from '../../src/api/contract/route';
import { mockTime } from '../domain/clock';
import type { IdempotencyStore } from '../domain/idempotency';
import { secureRandom } from '../domain/random';
import type { FaultState } from '../faults';
import type { MockStore } from '../store';
import { createChangeGuard } from './change';
import { audioConferencingHandlers } from './audio-conferencing';
import { auditHandlers } from './audit';
import { contractHandlers } from './contract';
import { createJobRunner, type JobRunnerOptions } from '../job-runner';
import { dialInHandlers } from './dial-in';
import { dispatchInOrder } from './dispatch';
import { jobHandlers } from './jobs';
import { meetingHandlers } from './meetings';
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
  /** This host's name in a bulk job's lease: a tab keeps its own across reloads. */
  jobOwner?: string;
  /** How the bulk job runner slices its work (tests). */
  jobRunner?: Partial<Pick<JobRunnerOptions, 'sliceMs' | 'batchSteps' | 'flushMs'>>;
  /**
   * The store the bulk job runner works through; by default `store`. The browser's worker gives
   * it one of its own, to tell the runner's saves from the requests' (mocks/worker/host.ts).
   */
  jobStore?: MockStore;
  /** The changes' Idempotency-Keys (A4); a host that runs a request again forgets its key. */
  idempotency?: IdempotencyStore;
}

/** The mock's one handler set, which every host serves: the browser worker, msw/node, HTTP. */
export function createHandlers({
  store,
  faults,
  basePath = API_BASE_PATH,
  fallbackToken,
  host = 'server',
  jobOwner = host,
  jobRunner,
  jobStore = store,
  idempotency,
}: HandlerOptions) {
  const random = secureRandom();
  // M5: the mock's time, which QA moves forward; every request reads the tenant before its time.
  const now = () => {
    const tenant = store.peek();
    return tenant ? mockTime(tenant, Date.now()) : new Date();
  };
  const ctx = { now, random };
  const runner = createJobRunner({ store: jobStore, faults, ctx, owner: jobOwner, ...jobRunner });
  const parts: MockServerParts = {
    store,
    faults,
    ctx,
    // Every request first lets the runner resume a job that a reload interrupted.
    router: createRouter({
      basePath,
      store,
      faults,
      random,
      fallbackToken,
      onRequest: () => runner.kick(),
    }),
    guard: createChangeGuard(store, now, random, idempotency),
  };
  return [
    ...mockControlHandlers(parts, host),
    ...contractHandlers(parts),
    // Before the user routes: `/users/export` is not a user's id.
    ...jobHandlers(parts, runner),
    ...userHandlers(parts),
    ...auditHandlers(parts),
    ...meetingHandlers(parts),
    ...audioConferencingHandlers(parts),
    ...pinHandlers(parts),
    ...pinPolicyHandlers(parts),
    ...tenantHandlers(parts),
    ...dialInHandlers(parts),
  ];
}

/** What a host serves: the handler set behind one route table (`dispatch.ts`, decision 019). */
export function createServedHandlers(options: HandlerOptions) {
  return dispatchInOrder(createHandlers(options), options.basePath ?? API_BASE_PATH);
}
