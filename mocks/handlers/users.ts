import { HttpResponse } from 'msw';
import { listUsersParamsSchema } from '../../src/api/user-list';
import { listUsers, userFilterOptions } from '../domain/user-query';
import { canChangeAnything } from '../domain/roles';
import { etagOf, findUser, toDetail } from '../domain/users';
import type { MockServerParts } from './parts';
import { errorResponse, toResponse } from './http';

export function userHandlers({ route, store, session }: MockServerParts) {
  return [
    route('get', '/users', ({ request }) => {
      const url = new URL(request.url);
      const parsed = listUsersParamsSchema.safeParse({
        ...Object.fromEntries(url.searchParams),
        filter: url.searchParams.getAll('filter'),
      });
      if (!parsed.success) {
        return errorResponse(400, {
          code: 'validation',
          message: 'The search parameters are not valid.',
        });
      }
      return HttpResponse.json(listUsers(store.read(), parsed.data));
    }),
    route('get', '/me', () => {
      const role = session.role();
      return HttpResponse.json(
        { displayName: session.actor(), role, canChange: canChangeAnything(role) },
        { headers: { 'Cache-Control': 'no-store' } },
      );
    }),
    route('get', '/user-filter-options', () => HttpResponse.json(userFilterOptions(store.read()))),
    route<{ userId: string }>('get', '/users/:userId', ({ params }) => {
      const found = findUser(store.read(), params.userId);
      if (!found.ok) return toResponse(found);
      return toResponse(
        { ok: true, value: toDetail(found.value, store.read(), session.role()) },
        { headers: { ETag: etagOf(found.value), 'Cache-Control': 'no-cache' } },
      );
    }),
  ];
}
