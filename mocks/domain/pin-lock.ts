import type { UserDetail } from '../../src/api/contract/users';
import { conferencingUnavailableReason } from './availability';
import { staleWriteRefusal } from './concurrency';
import { ok, refuse, type Result } from './result';
import { touch } from './touch';
import type { Tenant } from './types';
import { findUser, toDetail } from './users';

/** P5: an admin locks a PIN (it then neither starts meetings nor can be set or reset). */
export function lockPin(tenant: Tenant, userId: string, ifMatch?: string): Result<UserDetail> {
  const found = findUser(tenant, userId);
  if (!found.ok) return found;
  const user = found.value;
  const unavailable = conferencingUnavailableReason(user);
  if (unavailable) return refuse('unavailable', unavailable);
  const stale = staleWriteRefusal(user, ifMatch);
  if (stale) return stale;
  if (!user.pin.stored) return refuse('unavailable', `${user.displayName} has no PIN to lock.`);
  if (user.pin.locked) return refuse('unavailable', `${user.displayName}'s PIN is already locked.`);
  user.pin.locked = true;
  touch(tenant, user);
  return ok(toDetail(user, tenant));
}

/** P5: unlocking also forgets the failed attempts (D3) that led to the lock. */
export function unlockPin(tenant: Tenant, userId: string, ifMatch?: string): Result<UserDetail> {
  const found = findUser(tenant, userId);
  if (!found.ok) return found;
  const user = found.value;
  const stale = staleWriteRefusal(user, ifMatch);
  if (stale) return stale;
  if (!user.pin.locked) return refuse('unavailable', `${user.displayName}'s PIN isn't locked.`);
  user.pin.locked = false;
  user.pin.failedAttempts = 0;
  touch(tenant, user);
  return ok(toDetail(user, tenant));
}
