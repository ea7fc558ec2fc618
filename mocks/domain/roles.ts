import { ADMIN_ROLES, ROLE_LABEL, type AdminRole } from '../../src/api/contract';
import { ok, refuse, type Result } from './result';

// A1: the admin roles of the brief (Lync's CsAdministrator / CsUserAdministrator, and a reader).
export { ADMIN_ROLES, ROLE_LABEL, type AdminRole };

export function isAdminRole(value: unknown): value is AdminRole {
  return typeof value === 'string' && (ADMIN_ROLES as readonly string[]).includes(value);
}

/** Every change an admin can make through the API, named as the audit log names it. */
export const CHANGE_ACTIONS = [
  'resetConferenceId',
  'setConferenceId',
  'updateAudioConferencing',
  'resetPin',
  'lockPin',
  'unlockPin',
  'sendConferenceInfo',
  'updateBridgeSettings',
  'savePinPolicy',
  'removePinPolicy',
] as const;
export type ChangeAction = (typeof CHANGE_ACTIONS)[number];

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
