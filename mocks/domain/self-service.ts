import type { ResetPinResponse } from '../../src/api/contract';
import { resetPin } from './actions';
import { ok, type Result } from './result';
import type { DomainContext, Tenant, UserRecord } from './types';

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

interface SessionUser {
  id: string;
  displayName: string;
}

/** Whom "Signed in as" offers on the self-service page: the first users by display name. */
export const SELF_SERVICE_CHOICES = 100;

/**
 * Mock mode: who the self-service page acts for — the user chosen in "Signed in as" while they
 * exist, else Amos Marble (the fixture of PRODUCT.md §4), else the first user by name.
 */
export function selfServiceUser(tenant: Tenant, chosenId: string | null): SessionUser | null {
  const chosen = chosenId ? tenant.usersById.get(chosenId) : undefined;
  // tenant.users is in display order: the first is the first by name.
  const user =
    chosen ?? tenant.users.find((u) => u.displayName === 'Amos Marble') ?? tenant.users[0];
  return user ? sessionUserOf(user) : null;
}

/** The users "Signed in as" offers on the self-service page, with the signed-in one among them. */
export function selfServiceChoices(tenant: Tenant, signedIn: SessionUser | null): SessionUser[] {
  // Straight from the display order: not through the users list's query, whose cached result
  // this would replace.
  const first = tenant.users.slice(0, SELF_SERVICE_CHOICES).map(sessionUserOf);
  return signedIn && !first.some((u) => u.id === signedIn.id) ? [signedIn, ...first] : first;
}

function sessionUserOf(user: UserRecord): SessionUser {
  return { id: user.id, displayName: user.displayName };
}
