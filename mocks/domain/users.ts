import type { ListUsersParams, UserDetail, UsersPage, UserSummary } from '../../src/api/contract';
import { actionAvailability } from './availability';
import { DEFAULT_PIN_POLICY, effectivePinPolicy } from './pin-policy';
import { refuse, ok, type Result } from './result';
import type { Tenant, UserRecord } from './types';

export function findUser(tenant: Tenant, userId: string): Result<UserRecord> {
  const user = tenant.usersById.get(userId);
  return user ? ok(user) : refuse('not_found', "This user doesn't exist or was removed.");
}

export function etagOf(user: UserRecord): string {
  return `W/"${user.id}-${user.version}"`;
}

export function toSummary(user: UserRecord): UserSummary {
  return {
    id: user.id,
    displayName: user.displayName,
    email: user.email,
    department: user.department,
    audioConferencingEnabled: user.audio.enabled,
    provider: user.audio.provider,
    conferenceId: user.audio.conferenceId,
    pinSet: user.pin.stored !== null,
    pinLocked: user.pin.locked,
  };
}

/** The user as the API shows it; the tenant gives the effective PIN policy (P4). */
export function toDetail(user: UserRecord, tenant?: Tenant): UserDetail {
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
    actions: actionAvailability(user),
  };
}

function searchableWords(user: UserRecord): string[] {
  return [
    user.displayName,
    user.givenName,
    user.surname,
    user.samAccountName,
    user.sipAddress,
    user.lineUri ?? '',
    user.email ?? '',
  ].flatMap((field) =>
    field
      .toLowerCase()
      .split(/[\s.@:]+/)
      .concat(field.toLowerCase()),
  );
}

/** A simple search: the start of any word of the name, account, SIP address, line URI or email. */
export function matchesSearch(user: UserRecord, search: string): boolean {
  const term = search.trim().toLowerCase();
  if (term === '') return true;
  return searchableWords(user).some((word) => word.startsWith(term));
}

export function listUsers(tenant: Tenant, params: ListUsersParams): UsersPage {
  const matching = params.search
    ? tenant.users.filter((user) => matchesSearch(user, params.search!))
    : tenant.users;
  const start = (params.page - 1) * params.pageSize;
  return {
    items: matching.slice(start, start + params.pageSize).map(toSummary),
    total: matching.length,
    page: params.page,
    pageSize: params.pageSize,
  };
}
