import type { DomainContext } from '../domain/types';
import type { FaultState } from '../faults';
import type { MockStore } from '../store';
import type { createRoute } from './http';

/** What every group of handlers is built from. */
export interface MockServerParts {
  store: MockStore;
  faults: FaultState;
  ctx: DomainContext;
  route: ReturnType<typeof createRoute>;
}
