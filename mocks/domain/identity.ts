/**
 * Who is calling, from the bearer token a request carries (A1, P7). The mock knows demo tokens:
 * one per admin role, one per user for the self-service page. Nothing here is server-wide: every
 * request names its caller.
 */
import {
  DEMO_ADMIN_TOKENS,
  DEMO_USER_TOKEN_PREFIX,
  demoUserToken,
  type DemoTokens,
  type DemoUser,
} from '../../src/api/contract/mock';
import { ADMIN_ROLES, type AdminRole, type CallerRole } from '../../src/api/contract/common';
import type { Tenant, UserRecord } from './types';

/** The admin behind each role's demo token (Microsoft 365 demo-tenant names). */
export const ADMIN_NAMES: Record<AdminRole, string> = {
  TeamsAdministrator: 'Adele Vance',
  TeamsCommunicationsAdministrator: 'Nestor Wilke',
  GlobalReader: 'Patti Fernandez',
};

export type Caller =
  | { kind: 'admin'; role: AdminRole; displayName: string }
  | { kind: 'user'; userId: string; displayName: string };

/** The role an audit entry records for a caller. */
export function callerRole(caller: Caller): CallerRole {
  return caller.kind === 'admin' ? caller.role : 'User';
}

/** A stable name for the caller, to keep one caller's Idempotency-Keys apart from another's. */
export function callerKey(caller: Caller): string {
  return caller.kind === 'admin' ? `admin:${caller.role}` : `user:${caller.userId}`;
}

const ROLE_OF_TOKEN = new Map<string, AdminRole>(
  ADMIN_ROLES.map((role) => [DEMO_ADMIN_TOKENS[role], role]),
);

/** The caller a demo token stands for, or null for a token the mock doesn't know. */
export function callerOfToken(tenant: Tenant, token: string): Caller | null {
  const role = ROLE_OF_TOKEN.get(token);
  if (role) return { kind: 'admin', role, displayName: ADMIN_NAMES[role] };
  if (!token.startsWith(DEMO_USER_TOKEN_PREFIX)) return null;
  const user = tenant.usersById.get(token.slice(DEMO_USER_TOKEN_PREFIX.length));
  return user ? { kind: 'user', userId: user.id, displayName: user.displayName } : null;
}

/** The users a tokens listing offers: the first by name (or matching `search`). */
export const DEMO_USERS_LISTED = 100;

/**
 * Whom the self-service page acts for until another user is chosen: Amos Marble (the fixture of
 * PRODUCT.md §4), else the first user by name; null in a tenant without users.
 */
export function defaultSelfServiceUser(tenant: Tenant): UserRecord | null {
  // tenant.users is in display order: the first is the first by name.
  return tenant.users.find((u) => u.displayName === 'Amos Marble') ?? tenant.users[0] ?? null;
}

function demoUser(user: UserRecord): DemoUser {
  return { token: demoUserToken(user.id), userId: user.id, displayName: user.displayName };
}

/** GET /_mock/tokens: every admin token, and users' tokens (the first 100, or those matching). */
export function demoTokens(tenant: Tenant, search?: string): DemoTokens {
  const needle = search?.trim().toLocaleLowerCase('en');
  const users: DemoUser[] = [];
  for (const user of tenant.users) {
    if (users.length >= DEMO_USERS_LISTED) break;
    if (!needle || user.displayName.toLocaleLowerCase('en').includes(needle)) {
      users.push(demoUser(user));
    }
  }
  const fallback = defaultSelfServiceUser(tenant);
  return {
    admins: ADMIN_ROLES.map((role) => ({
      token: DEMO_ADMIN_TOKENS[role],
      role,
      displayName: ADMIN_NAMES[role],
    })),
    users,
    defaultUser: fallback ? demoUser(fallback) : null,
    userTokenTemplate: `${DEMO_USER_TOKEN_PREFIX}{userId}`,
  };
}
