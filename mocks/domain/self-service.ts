import type { ResetPinResponse } from '../../src/api/contract/pins';
import { resetPin } from './actions';
import { ok, type Result } from './result';
import type { DomainContext, Tenant } from './types';

/** P7: a user resets their own PIN and sees it once; nobody needs an email about it. */
export function resetOwnPin(
  tenant: Tenant,
  ctx: DomainContext,
  userId: string,
): Result<ResetPinResponse> {
  const result = resetPin(tenant, ctx, userId, undefined, { sendEmail: false });
  if (!result.ok) return result;
  return ok({ ...result.value, email: { sent: false, to: null, reason: null } });
}
