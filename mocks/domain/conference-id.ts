import { randomDigits, type Random } from './random';
import type { Tenant } from './types';

/** C1/C2: digits only, the bridge's length, never in use, never retired. */
export function generateConferenceId(tenant: Tenant, random: Random): string {
  for (;;) {
    const candidate = randomDigits(random, tenant.bridge.conferenceIdLength, true);
    if (
      !tenant.assignedConferenceIds.has(candidate) &&
      !tenant.retiredConferenceIds.has(candidate)
    ) {
      return candidate;
    }
  }
}

export function assignConferenceId(tenant: Tenant, userId: string, id: string): void {
  tenant.assignedConferenceIds.set(id, userId);
}

/** C2: a replaced ID stops working at once and is never handed out again. */
export function retireConferenceId(tenant: Tenant, id: string): void {
  tenant.assignedConferenceIds.delete(id);
  tenant.retiredConferenceIds.add(id);
}
