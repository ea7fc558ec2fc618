import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  getUserActivityRoute,
  listMeetingMigrationsRoute,
  listUserMeetingsRoute,
  retryMeetingMigrationRoute,
  updateUserMeetingsRoute,
  type MigrationState,
} from '../../../api/contract/meetings';
import { request } from '../../../api/http-client';
import { auditKeys, userMeetingKeys } from '../../../api/query-keys';
import { useIdempotencyKey } from '../../../lib/use-idempotency-key';

/** M1: the user's meetings, the invites they carry and the newest migration. */
export function useUserMeetings(userId: string) {
  return useQuery({
    queryKey: userMeetingKeys.meetings(userId),
    queryFn: ({ signal }) => request(listUserMeetingsRoute, { params: { userId }, signal }),
  });
}

/** The user's own timeline, newest first. */
export function useUserActivity(userId: string) {
  return useQuery({
    queryKey: userMeetingKeys.activity(userId),
    queryFn: ({ signal }) => request(getUserActivityRoute, { params: { userId }, signal }),
  });
}

/** M3: the migrations, newest first, of one state if given. */
export function useMeetingMigrations(state: MigrationState | undefined) {
  return useQuery({
    queryKey: userMeetingKeys.migrations(state),
    queryFn: ({ signal }) =>
      request(listMeetingMigrationsRoute, { query: state ? { state } : {}, signal }),
  });
}

/** What a change of meetings or of the clock makes stale: every meetings query and the log. */
export function invalidateMeetings(queryClient: ReturnType<typeof useQueryClient>) {
  void queryClient.invalidateQueries({ queryKey: userMeetingKeys.all });
  void queryClient.invalidateQueries({ queryKey: auditKeys.all });
}

/** M4: Update meetings — a migration for the user, at once. */
export function useUpdateMeetings(userId: string) {
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  return useMutation({
    mutationFn: () =>
      idempotency.send(undefined, (key) =>
        request(updateUserMeetingsRoute, { params: { userId }, idempotencyKey: key }),
      ),
    onSettled: () => invalidateMeetings(queryClient),
  });
}

/** M3: retry a failed migration now. */
export function useRetryMigration() {
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  return useMutation({
    mutationFn: (migrationId: string) =>
      idempotency.send(migrationId, (key) =>
        request(retryMeetingMigrationRoute, { params: { migrationId }, idempotencyKey: key }),
      ),
    onSettled: () => invalidateMeetings(queryClient),
  });
}
