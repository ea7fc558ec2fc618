/**
 * M1–M4: a user's scheduled meetings, the dial-in information their invites carry, and the
 * meeting migrations that bring the invites up to date after a change (the Meeting Migration
 * Service); and a user's own timeline of changes, emails and migrations.
 */
import { z } from 'zod/mini';
import { defineRoute } from './route';
import { userIdParam } from './users';

/** M1: what an invite was sent with. Null numbers: the invite has no dial-in (no Microsoft bridge). */
export const inviteSchema = z.object({
  conferenceId: z.nullable(z.string()),
  tollNumber: z.nullable(z.string()),
  tollFreeNumber: z.nullable(z.string()),
});
export type Invite = z.infer<typeof inviteSchema>;

export const scheduledMeetingSchema = z.object({
  id: z.string(),
  subject: z.string(),
  startsAt: z.string(),
  attendees: z.int().check(z.minimum(1)),
  invite: inviteSchema,
  /** The invite carries the user's current dial-in information. */
  upToDate: z.boolean(),
});
export type ScheduledMeeting = z.infer<typeof scheduledMeetingSchema>;

export const MIGRATION_STATES = ['Pending', 'InProgress', 'Succeeded', 'Failed'] as const;
export const migrationStateSchema = z.enum(MIGRATION_STATES);
export type MigrationState = z.infer<typeof migrationStateSchema>;
export const MIGRATION_STATE_LABEL: Record<MigrationState, string> = {
  Pending: 'Pending',
  InProgress: 'In progress',
  Succeeded: 'Succeeded',
  Failed: 'Failed',
};

/** M3: a failed migration is retried this many times at most, within 24 hours. */
export const MAX_MIGRATION_RETRIES = 9;

/** M3: one migration of a user's meetings. */
export const meetingMigrationSchema = z.object({
  id: z.string(),
  userId: z.string(),
  userName: z.string(),
  state: migrationStateSchema,
  /** What queued it, in words ("Conference ID reset", "Update meetings", …). */
  trigger: z.string(),
  createdAt: z.string(),
  /** When it runs (Pending), runs again (Failed, with retries left) or ran; null when done. */
  nextRunAt: z.nullable(z.string()),
  updatedAt: z.string(),
  meetings: z.int().check(z.minimum(0)),
  succeeded: z.int().check(z.minimum(0)),
  failed: z.int().check(z.minimum(0)),
  invitesUpdated: z.int().check(z.minimum(0)),
  /** M3: at most 9, within 24 hours of the first attempt. */
  retries: z.int().check(z.minimum(0)),
  lastMessage: z.string(),
});
export type MeetingMigration = z.infer<typeof meetingMigrationSchema>;

/** M2: what a change of a user's dial-in information did to their meeting invites. */
export const meetingsAfterChangeSchema = z.object({
  /** Invites that now carry old dial-in information. */
  outOfDate: z.int().check(z.minimum(0)),
  /** A migration was queued (Automatically update meetings is on). */
  migrationQueued: z.boolean(),
  migrationId: z.nullable(z.string()),
  /** In words for the admin; null when no invite needs updating. */
  message: z.nullable(z.string()),
});
export type MeetingsAfterChange = z.infer<typeof meetingsAfterChangeSchema>;

export const userMeetingsSchema = z.object({
  /** M2: the bridge's *Automatically update meetings*. */
  automaticallyUpdateMeetings: z.boolean(),
  items: z.array(scheduledMeetingSchema),
  /** The user's newest migration, if any. */
  migration: z.nullable(meetingMigrationSchema),
});
export type UserMeetings = z.infer<typeof userMeetingsSchema>;

export const listUserMeetingsRoute = defineRoute({
  operationId: 'listUserMeetings',
  method: 'get',
  path: '/users/:userId/meetings',
  summary: 'A user’s scheduled meetings and their invites',
  description:
    'Each meeting with the dial-in information its invite carries and whether that is the user’s current one (M1); the user’s newest meeting migration (M3).',
  tag: 'Meetings',
  access: 'admin',
  params: userIdParam,
  response: userMeetingsSchema,
  responseDescription: 'The meetings, soonest first.',
  cache: 'no-store',
});

export const updateUserMeetingsRoute = defineRoute({
  operationId: 'updateUserMeetings',
  method: 'post',
  path: '/users/:userId/meetings/update',
  summary: 'Update a user’s meeting invites now',
  description:
    'Starts a meeting migration for the user at once, without the 90-minute queue (M4), as `Start-CsExMeetingMigration` does. A migration already in progress answers 409. A Global Reader gets 403.',
  tag: 'Meetings',
  access: 'admin',
  params: userIdParam,
  response: meetingMigrationSchema,
  responseDescription: 'The migration, in progress.',
  idempotencyKey: true,
  cache: 'no-store',
  refusals: [409],
});

export const migrationListQuerySchema = z.object({
  state: z.optional(migrationStateSchema),
});

export const meetingMigrationListSchema = z.object({ items: z.array(meetingMigrationSchema) });

export const listMeetingMigrationsRoute = defineRoute({
  operationId: 'listMeetingMigrations',
  method: 'get',
  path: '/meeting-migrations',
  summary: 'Meeting migrations, newest first',
  description: 'The newest 500, of one state if `state` is given (M3).',
  tag: 'Meetings',
  access: 'admin',
  query: migrationListQuerySchema,
  response: meetingMigrationListSchema,
  responseDescription: 'The migrations, newest first.',
  cache: 'no-store',
});

const migrationIdParam = { migrationId: 'The migration’s id (from the migrations list).' };

export const retryMeetingMigrationRoute = defineRoute({
  operationId: 'retryMeetingMigration',
  method: 'post',
  path: '/meeting-migrations/:migrationId/retry',
  summary: 'Retry a failed meeting migration now',
  description:
    'Only a `Failed` migration with retries left (9 in all, M3) can be retried; another answers 409. A Global Reader gets 403.',
  tag: 'Meetings',
  access: 'admin',
  params: migrationIdParam,
  response: meetingMigrationSchema,
  responseDescription: 'The migration, in progress again.',
  idempotencyKey: true,
  cache: 'no-store',
  refusals: [409],
});

export const ACTIVITY_KINDS = ['change', 'email', 'migration'] as const;
export const activityItemSchema = z.object({
  id: z.string(),
  at: z.string(),
  kind: z.enum(ACTIVITY_KINDS),
  /** One line, in words: never a PIN, never an email's body. */
  summary: z.string(),
  /** Who did it: an admin's name, the user's own, or `Meeting Migration Service`. */
  actor: z.string(),
});
export type ActivityItem = z.infer<typeof activityItemSchema>;
export const userActivitySchema = z.object({ items: z.array(activityItemSchema) });

export const getUserActivityRoute = defineRoute({
  operationId: 'getUserActivity',
  method: 'get',
  path: '/users/:userId/activity',
  summary: 'A user’s own timeline, newest first',
  description:
    'Every change made to the user (their audit entries), every email sent about them and every state their meeting migrations went through. Never a PIN.',
  tag: 'Meetings',
  access: 'admin',
  params: userIdParam,
  response: userActivitySchema,
  responseDescription: 'The timeline, newest first (at most 200 items).',
  cache: 'no-store',
});
