import type { Tenant, UserRecord } from './types';

/** Marks a user changed: a new version (and ETag), and persisted with the tenant's changes. */
export function touch(tenant: Tenant, user: UserRecord): void {
  user.version += 1;
  tenant.revision += 1;
  tenant.changedUserIds.add(user.id);
}
