import type { DomainContext } from '../domain/types';
import type { FaultState } from '../faults';
import type { MockStore } from '../store';
import type { MockSession } from '../session';
import type { ChangeGuard } from './change';
import type { createRoute } from './http';

/** What every group of handlers is built from. */
export interface MockServerParts {
  store: MockStore;
  faults: FaultState;
  ctx: DomainContext;
  route: ReturnType<typeof createRoute>;
  session: MockSession;
  /** A1, A2, A4 around every change: role check, audit entry, idempotency key. */
  guarded: ChangeGuard;
}
