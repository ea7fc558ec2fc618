import { ADMIN_ROLES, ROLE_LABEL, type AdminRole } from '../../src/api/contract/common';
import { CHANGE_ACTIONS, type AuditAction, type ChangeAction } from '../../src/api/contract/audit';
import type { Caller } from './identity';
import { ok, refuse, type Result } from './result';

// A1: the admin roles of the brief (Lync's CsAdministrator / CsUserAdministrator, and a reader).
export { ADMIN_ROLES, CHANGE_ACTIONS, ROLE_LABEL, type AdminRole, type ChangeAction };

export function isAdminRole(value: unknown): value is AdminRole {
  return typeof value === 'string' && (ADMIN_ROLES as readonly string[]).includes(value);
}

/** Which role may make which change: the two Teams roles everything, the reader nothing. */
const ALLOWED: Record<AdminRole, ReadonlySet<ChangeAction>> = {
  TeamsAdministrator: new Set(CHANGE_ACTIONS),
  TeamsCommunicationsAdministrator: new Set(CHANGE_ACTIONS),
  GlobalReader: new Set(),
};

export function mayChange(role: AdminRole, action: ChangeAction): boolean {
  return ALLOWED[role].has(action);
}

/** Whether a role may make any change at all (the UI's "can change" switch). */
export function canChangeAnything(role: AdminRole): boolean {
  return ALLOWED[role].size > 0;
}

/** Why a role sees a change disabled. */
export function roleReason(role: AdminRole): string {
  return `Your role, ${ROLE_LABEL[role]}, can view everything but change nothing.`;
}

/** A1: the refusal a role gets for a change it may not make (HTTP 403). */
export function authorize(role: AdminRole, action: ChangeAction): Result<void> {
  if (mayChange(role, action)) return ok(undefined);
  return refuse(
    'forbidden',
    `${ROLE_LABEL[role]} can view everything but change nothing. Ask a Teams Administrator or a Teams Communications Administrator.`,
  );
}

/**
 * A1 + P7 for any caller: an admin makes the changes their role allows; a user makes one change
 * only, the reset of their own PIN, which no admin makes for themselves.
 */
export function authorizeCaller(caller: Caller, action: AuditAction): Result<void> {
  if (caller.kind === 'user') {
    return action === 'resetOwnPin'
      ? ok(undefined)
      : refuse('forbidden', userOnlyOwnPin(caller.displayName));
  }
  if (action === 'resetOwnPin') return refuse('forbidden', adminHasNoOwnPin(caller.displayName));
  return authorize(caller.role, action);
}

/** What a user's token may not do: anything an admin does. */
export function userOnlyOwnPin(name: string): string {
  return `${name} is signed in as a user, who can only reset their own PIN. This needs an admin role: Teams Administrator, Teams Communications Administrator or Global Reader.`;
}

/** What an admin's token may not do: a user's own self-service. */
export function adminHasNoOwnPin(name: string): string {
  return `${name} is signed in as an admin. To reset your own PIN, sign in with your user account.`;
}
