import { HttpResponse } from 'msw';
import { getMeRoute } from '../../src/api/contract/me';
import { getUserRoute, listUsersRoute, userFilterOptionsRoute } from '../../src/api/contract/users';
import type { Caller } from '../domain/identity';
import { canChangeAnything, type AdminRole } from '../domain/roles';
import { listUsers, userFilterOptions } from '../domain/user-query';
import { etagOf, findUser, toDetail } from '../domain/users';
import type { MockServerParts } from './parts';
import { toResponse } from './http';

/** The role that decides which actions a user shows as available (A1): admins' routes only. */
export function roleOf(caller: Caller): AdminRole {
  return caller.kind === 'admin' ? caller.role : 'GlobalReader';
}

export function userHandlers({ router: { route }, store }: MockServerParts) {
  return [
    route(listUsersRoute, ({ query }) => HttpResponse.json(listUsers(store.read(), query))),
    route(getMeRoute, ({ caller }) =>
      HttpResponse.json(
        caller.kind === 'admin'
          ? {
              displayName: caller.displayName,
              role: caller.role,
              canChange: canChangeAnything(caller.role),
              userId: null,
            }
          : {
              displayName: caller.displayName,
              role: 'User',
              canChange: false,
              userId: caller.userId,
            },
      ),
    ),
    route(userFilterOptionsRoute, () => HttpResponse.json(userFilterOptions(store.read()))),
    route(getUserRoute, ({ params, caller }) => {
      const found = findUser(store.read(), params.userId);
      if (!found.ok) return toResponse(found);
      return toResponse(
        { ok: true, value: toDetail(found.value, store.read(), roleOf(caller)) },
        { headers: { ETag: etagOf(found.value) } },
      );
    }),
  ];
}
