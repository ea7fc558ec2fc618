import type { DomainContext } from '../domain/types';
import type { FaultState } from '../faults';
import type { MockStore } from '../store';
import type { ChangeGuard } from './change';
import type { Router } from './http';

/** What every group of handlers is built from. */
export interface MockServerParts {
  store: MockStore;
  faults: FaultState;
  ctx: DomainContext;
  /** Declares a contract route as a handler (`route`) or a change (`change`). */
  router: Router;
  /** A1, A2, A4 around every change: the caller's rights, an audit entry, the idempotency key. */
  guard: ChangeGuard;
}
