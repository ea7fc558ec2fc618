import { HttpResponse } from 'msw';
import {
  getUserActivityRoute,
  listMeetingMigrationsRoute,
  listUserMeetingsRoute,
  retryMeetingMigrationRoute,
  updateUserMeetingsRoute,
} from '../../src/api/contract/meetings';
import { userActivity } from '../domain/activity';
import {
  latestMigrationOf,
  listMigrations,
  migrationsDue,
  retryMigration,
  settleMigrations,
  startMigrationNow,
  toMigrationView,
  type MeetingFault,
} from '../domain/meeting-migration';
import { listUserMeetings } from '../domain/meetings';
import { ok } from '../domain/result';
import type { Tenant } from '../domain/types';
import { findUser } from '../domain/users';
import { stepFails } from '../faults';
import type { MockServerParts } from './parts';
import { identityIn, onIdentity, userTarget } from './change';
import { toResponse } from './http';

/**
 * J6 for migrations: with a failure rate set, each invite's update fails at that rate, for a
 * retry to finish (meetings over 250 attendees fail whatever the rate).
 */
export function meetingFault({
  faults,
  ctx,
}: Pick<MockServerParts, 'faults' | 'ctx'>): MeetingFault {
  return () => stepFails(faults, ctx.random);
}

/** M3 + M5: the tenant with every migration as it is now; a read writes only when one moved. */
export function settledTenant(parts: Pick<MockServerParts, 'store' | 'faults' | 'ctx'>): Tenant {
  const tenant = parts.store.read();
  const nowMs = parts.ctx.now().getTime();
  if (!migrationsDue(tenant, nowMs)) return tenant;
  return parts.store.write((current) => {
    settleMigrations(current, nowMs, meetingFault(parts));
    return current;
  });
}

/** M1–M4: a user's meetings and timeline; meeting migrations, started now or retried. */
export function meetingHandlers(parts: MockServerParts) {
  const {
    router: { route, change },
    store,
    ctx,
    guard,
  } = parts;
  const onMigrationUser = {
    target: (params: { migrationId?: string | readonly string[] }, tenant: Tenant) => {
      const migration = tenant.migrations.find((m) => m.id === params.migrationId);
      return userTarget({ userId: migration?.userId }, tenant);
    },
  };
  return [
    route(listUserMeetingsRoute, ({ params }) => {
      const tenant = settledTenant(parts);
      const found = findUser(tenant, params.userId);
      if (!found.ok) return toResponse(found);
      return HttpResponse.json({
        automaticallyUpdateMeetings: tenant.bridge.automaticallyUpdateMeetings,
        items: listUserMeetings(tenant, found.value),
        migration: latestMigrationOf(tenant, found.value.id),
      });
    }),
    change(
      updateUserMeetingsRoute,
      guard('updateMeetings', { target: userTarget }),
      ({ params }) =>
        toResponse(
          store.write((tenant) => {
            const nowMs = ctx.now().getTime();
            settleMigrations(tenant, nowMs, meetingFault(parts));
            const started = startMigrationNow(tenant, params.userId, nowMs);
            return started.ok ? ok(toMigrationView(tenant, started.value)) : started;
          }),
        ),
      onIdentity('updateMeetings'),
    ),
    route(listMeetingMigrationsRoute, ({ query }) =>
      HttpResponse.json({ items: listMigrations(settledTenant(parts), { state: query.state }) }),
    ),
    change(
      retryMeetingMigrationRoute,
      guard('retryMeetingMigration', onMigrationUser),
      ({ params }) =>
        toResponse(
          store.write((tenant) => {
            const nowMs = ctx.now().getTime();
            settleMigrations(tenant, nowMs, meetingFault(parts));
            const retried = retryMigration(tenant, params.migrationId, nowMs);
            return retried.ok ? ok(toMigrationView(tenant, retried.value)) : retried;
          }),
        ),
      ({ params }, tenant) => {
        const migration = tenant.migrations.find((m) => m.id === params.migrationId);
        const identity = identityIn(tenant, { userId: migration?.userId });
        return identity === null ? null : { action: 'retryMeetingMigration', identity };
      },
    ),
    route(getUserActivityRoute, ({ params }) => {
      const tenant = settledTenant(parts);
      const found = findUser(tenant, params.userId);
      if (!found.ok) return toResponse(found);
      return HttpResponse.json({ items: userActivity(tenant, found.value.id) });
    }),
  ];
}
