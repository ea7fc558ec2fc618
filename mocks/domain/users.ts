import type { UserDetail, UserSummary } from '../../src/api/contract/users';
import { actionAvailability } from './availability';
import { DEFAULT_PIN_POLICY, effectivePinPolicy } from './pin-policy';
import { refuse, ok, type Result } from './result';
import type { AdminRole } from './roles';
import type { Tenant, UserRecord } from './types';

export function findUser(tenant: Tenant, userId: string): Result<UserRecord> {
  const user = tenant.usersById.get(userId);
  return user ? ok(user) : refuse('not_found', "This user doesn't exist or was removed.");
}

/** A strong ETag: `If-Match` compares strongly (RFC 9110 §13.1.1), so a weak one never matches. */
export function etagOf(user: UserRecord): string {
  return `"${user.id}-${user.version}"`;
}

/** The users list's columns, as the table shows them (J8: the visible columns). */
export const USER_LIST_COLUMNS = [
  'Display name',
  'Email',
  'Department',
  'Site',
  'Audio Conferencing',
  'Provider',
  'Conference ID',
  'PIN',
] as const;

const PROVIDER_LABEL = { Microsoft: 'Microsoft', ThirdParty: 'Third party', None: 'None' };

/** A user's cells under USER_LIST_COLUMNS, in the words the table shows. */
export function userListCells(user: UserRecord): string[] {
  return [
    user.displayName,
    user.email ?? 'No mailbox',
    user.department,
    user.site,
    user.audio.enabled ? 'On' : 'Off',
    PROVIDER_LABEL[user.audio.provider],
    user.audio.conferenceId ?? 'None',
    user.pin.locked ? 'Locked' : user.pin.stored ? 'Set' : 'Not set',
  ];
}

export function toSummary(user: UserRecord): UserSummary {
  return {
    id: user.id,
    displayName: user.displayName,
    email: user.email,
    department: user.department,
    site: user.site,
    audioConferencingEnabled: user.audio.enabled,
    provider: user.audio.provider,
    conferenceId: user.audio.conferenceId,
    pinSet: user.pin.stored !== null,
    pinLocked: user.pin.locked,
  };
}

/** The user as the API shows it; the tenant gives the effective PIN policy (P4). */
export function toDetail(
  user: UserRecord,
  tenant?: Tenant,
  role: AdminRole = 'TeamsAdministrator',
): UserDetail {
  return {
    id: user.id,
    etag: etagOf(user),
    displayName: user.displayName,
    givenName: user.givenName,
    surname: user.surname,
    email: user.email,
    sipAddress: user.sipAddress,
    lineUri: user.lineUri,
    department: user.department,
    site: user.site,
    audioConferencing: { ...user.audio },
    pin: {
      isSet: user.pin.stored !== null,
      isLocked: user.pin.locked,
      lastChangedAt: user.pin.lastChangedAt,
    },
    pinPolicy: tenant
      ? effectivePinPolicy(tenant, user)
      : { policy: DEFAULT_PIN_POLICY, source: 'global', scope: null },
    actions: actionAvailability(user, role),
  };
}
