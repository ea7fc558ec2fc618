/**
 * M2–M4: meeting migrations, as the Meeting Migration Service runs them. A change of a user's
 * dial-in information queues one (when the bridge's *Automatically update meetings* is on); it
 * waits 90 minutes, runs for a minute per meeting, then every invite carries the current
 * information — or it fails (a meeting of more than 250 attendees isn't migrated; a fault) and is
 * retried every 150 minutes, 9 times at most within 24 hours. Everything runs on the mock clock
 * (M5): `settleMigrations` brings them to where they are at a given time.
 */
import {
  MAX_MIGRATION_RETRIES,
  MIGRATION_STATE_LABEL,
  type MeetingMigration,
  type MeetingsAfterChange,
  type MigrationState,
} from '../../src/api/contract/meetings';
import {
  currentInvite,
  forgetCurrentInvites,
  invitesOf,
  MIGRATION_ATTENDEE_LIMIT,
  outOfDateMeetings,
  sameInvite,
  seededMeetings,
} from './meetings';
import { ok, refuse, type Result } from './result';
import type { MigrationRecord, Tenant, UserRecord } from './types';
import { findUser } from './users';

const MINUTE = 60_000;
/** M3: a migration is queued at least this long after the change. */
export const QUEUE_MINUTES = 90;
/** M3: how long a failed migration waits before it is retried. */
export const RETRY_MINUTES = 150;
/** M3: retries, within RETRY_WINDOW_HOURS of its first run. */
export const MAX_RETRIES = MAX_MIGRATION_RETRIES;
export const RETRY_WINDOW_HOURS = 24;
/** Finished migrations kept (newest); unfinished ones are all kept. */
export const FINISHED_MIGRATIONS_KEPT = 500;

/** Whether a meeting's update fails for a passing reason (the mock's failure rate, J6). */
export type MeetingFault = () => boolean;
export const NO_MEETING_FAULTS: MeetingFault = () => false;

const iso = (ms: number) => new Date(ms).toISOString();
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function record(m: MigrationRecord, atMs: number, state: MigrationState, message: string) {
  m.state = state;
  m.updatedAt = iso(atMs);
  m.lastMessage = message;
  m.history.push({ at: m.updatedAt, state, message });
}

function isUnfinished(m: MigrationRecord): boolean {
  return m.nextRunAt !== null;
}

/** The user's migration that is waiting or running, if any. */
function activeMigrationOf(tenant: Tenant, userId: string): MigrationRecord | undefined {
  for (let i = tenant.migrations.length - 1; i >= 0; i--) {
    const m = tenant.migrations[i]!;
    if (m.userId === userId && (m.state === 'Pending' || m.state === 'InProgress')) return m;
  }
  return undefined;
}

function create(tenant: Tenant, user: UserRecord, trigger: string, atMs: number): MigrationRecord {
  const m: MigrationRecord = {
    id: `migration-${tenant.nextMigrationNumber++}`,
    userId: user.id,
    state: 'Pending',
    trigger,
    createdAt: iso(atMs),
    nextRunAt: null,
    updatedAt: iso(atMs),
    firstRunAt: null,
    meetings: seededMeetings(tenant, user).length,
    succeeded: 0,
    failed: 0,
    invitesUpdated: 0,
    retries: 0,
    lastMessage: '',
    history: [],
  };
  // A failed migration of the same user stops retrying: the new one carries its work.
  for (const older of tenant.migrations) {
    if (older.userId === user.id && older.state === 'Failed') older.nextRunAt = null;
  }
  tenant.migrations.push(m);
  trimMigrations(tenant);
  return m;
}

function trimMigrations(tenant: Tenant) {
  let finished = 0;
  for (const m of tenant.migrations) if (!isUnfinished(m)) finished++;
  if (finished <= FINISHED_MIGRATIONS_KEPT) return;
  let drop = finished - FINISHED_MIGRATIONS_KEPT;
  tenant.migrations = tenant.migrations.filter((m) => {
    if (drop > 0 && !isUnfinished(m)) {
      drop--;
      return false;
    }
    return true;
  });
}

export type MigrationQueueOutcome =
  { queued: true; migration: MigrationRecord } | { queued: false; reason: string | null };

/**
 * M2: after a change of the user's dial-in information. With *Automatically update meetings* on,
 * a migration is queued to run 90 minutes later (one already waiting waits 90 minutes from this
 * change); with it off, the admin is told the invites must be updated by hand.
 */
function queueMigration(
  tenant: Tenant,
  user: UserRecord,
  outOfDate: number,
  trigger: string,
  atMs: number,
): MigrationQueueOutcome {
  if (outOfDate === 0) return { queued: false, reason: null };
  if (!tenant.bridge.automaticallyUpdateMeetings) {
    return {
      queued: false,
      reason: `Automatically update meetings is off, so ${user.displayName}'s meeting invites still carry the old dial-in information: update them by hand (Update meetings), or ask ${user.displayName} to reschedule them.`,
    };
  }
  const runAt = atMs + QUEUE_MINUTES * MINUTE;
  const waiting = activeMigrationOf(tenant, user.id);
  if (waiting?.state === 'Pending') {
    waiting.trigger = trigger;
    waiting.nextRunAt = iso(runAt);
    return { queued: true, migration: waiting };
  }
  const m = create(tenant, user, trigger, atMs);
  m.nextRunAt = iso(runAt);
  record(m, atMs, 'Pending', `Queued: the invites update in ${QUEUE_MINUTES} minutes.`);
  return { queued: true, migration: m };
}

/**
 * M2, after a change of the user's dial-in information (their invites kept beforehand with
 * keepInvites): what their invites carry now, and the migration queued for them, if any.
 */
export function afterDialInChange(
  tenant: Tenant,
  user: UserRecord,
  trigger: string,
  atMs: number,
): MeetingsAfterChange {
  forgetCurrentInvites(tenant, user);
  const outOfDate = outOfDateMeetings(tenant, user);
  const outcome = queueMigration(tenant, user, outOfDate, trigger, atMs);
  if (outcome.queued) {
    return {
      outOfDate,
      migrationQueued: true,
      migrationId: outcome.migration.id,
      message: `A meeting migration is queued: ${plural(outOfDate, 'meeting invite')} of ${user.displayName}'s will carry the new dial-in information in about ${QUEUE_MINUTES} minutes.`,
    };
  }
  return { outOfDate, migrationQueued: false, migrationId: null, message: outcome.reason };
}

function begin(tenant: Tenant, m: MigrationRecord, user: UserRecord, atMs: number) {
  m.meetings = seededMeetings(tenant, user).length;
  m.firstRunAt ??= iso(atMs);
  m.nextRunAt = iso(atMs + Math.max(1, m.meetings) * MINUTE);
  record(m, atMs, 'InProgress', `Updating ${plural(m.meetings, 'meeting invite')}.`);
}

/** One run over the user's meetings: every invite it can update carries the current info. */
function finish(
  tenant: Tenant,
  m: MigrationRecord,
  user: UserRecord,
  atMs: number,
  fault: MeetingFault,
) {
  const meetings = seededMeetings(tenant, user);
  const invites = invitesOf(tenant, user, meetings.length).map((invite) => ({ ...invite }));
  const current = currentInvite(tenant, user);
  let succeeded = 0;
  let tooLarge = 0;
  let faulted = 0;
  let updated = 0;
  meetings.forEach((meeting, index) => {
    if (sameInvite(invites[index]!, current)) succeeded++;
    else if (meeting.attendees > MIGRATION_ATTENDEE_LIMIT) tooLarge++;
    else if (fault()) faulted++;
    else {
      invites[index] = { ...current };
      updated++;
      succeeded++;
    }
  });
  if (meetings.length > 0) tenant.invites.set(user.id, invites);
  forgetCurrentInvites(tenant, user);
  m.meetings = meetings.length;
  m.succeeded = succeeded;
  m.failed = tooLarge + faulted;
  m.invitesUpdated += updated;

  if (m.failed === 0) {
    m.nextRunAt = null;
    record(
      m,
      atMs,
      'Succeeded',
      `Every invite carries the current dial-in information (${plural(updated, 'invite')} updated).`,
    );
    return;
  }
  const reasons: string[] = [];
  if (tooLarge > 0) {
    reasons.push(
      `${plural(tooLarge, 'meeting has', 'meetings have')} more than ${MIGRATION_ATTENDEE_LIMIT} attendees and can't be migrated: ${user.displayName} must update ${tooLarge === 1 ? 'it' : 'them'} in Outlook.`,
    );
  }
  if (faulted > 0) {
    reasons.push(`${plural(faulted, 'invite')} couldn't be updated: the mailbox didn't answer.`);
  }
  const retryAt = atMs + RETRY_MINUTES * MINUTE;
  const windowEnd = Date.parse(m.firstRunAt!) + RETRY_WINDOW_HOURS * 3_600_000;
  if (m.retries < MAX_RETRIES && retryAt <= windowEnd) {
    m.nextRunAt = iso(retryAt);
    reasons.push(`Retry ${m.retries + 1} of ${MAX_RETRIES} in ${RETRY_MINUTES} minutes.`);
  } else {
    m.nextRunAt = null;
    reasons.push('No retries are left.');
  }
  record(m, atMs, 'Failed', reasons.join(' '));
}

/** Moves one migration as far as `nowMs`, step by step at the times each step fell due. */
function settle(tenant: Tenant, m: MigrationRecord, nowMs: number, fault: MeetingFault) {
  const user = tenant.usersById.get(m.userId);
  while (m.nextRunAt !== null && Date.parse(m.nextRunAt) <= nowMs) {
    const atMs = Date.parse(m.nextRunAt);
    if (!user) {
      m.nextRunAt = null;
      record(m, atMs, 'Failed', 'The user no longer exists.');
      return;
    }
    if (m.state === 'InProgress') finish(tenant, m, user, atMs, fault);
    else {
      if (m.state === 'Failed') m.retries += 1;
      begin(tenant, m, user, atMs);
    }
  }
}

/** Whether any migration has a step due by `nowMs`: reads settle only when one has. */
export function migrationsDue(tenant: Tenant, nowMs: number): boolean {
  return tenant.migrations.some((m) => m.nextRunAt !== null && Date.parse(m.nextRunAt) <= nowMs);
}

/** M3 + M5: every migration as it is at `nowMs`. */
export function settleMigrations(
  tenant: Tenant,
  nowMs: number,
  fault: MeetingFault = NO_MEETING_FAULTS,
): void {
  for (const m of tenant.migrations) settle(tenant, m, nowMs, fault);
  trimMigrations(tenant);
}

/**
 * M4 (*Update meetings*, like `Start-CsExMeetingMigration`): runs a migration for the user now. A
 * waiting one starts at once; one in progress is refused.
 */
export function startMigrationNow(
  tenant: Tenant,
  userId: string,
  nowMs: number,
): Result<MigrationRecord> {
  const found = findUser(tenant, userId);
  if (!found.ok) return found;
  const user = found.value;
  const active = activeMigrationOf(tenant, user.id);
  if (active?.state === 'InProgress') {
    return refuse(
      'in_progress',
      `A meeting migration for ${user.displayName} is in progress. Wait until it ends, then try again.`,
    );
  }
  const m = active ?? create(tenant, user, 'Update meetings', nowMs);
  if (active) m.trigger = `${m.trigger}, then Update meetings`;
  begin(tenant, m, user, nowMs);
  return ok(m);
}

/** M3: an admin retries a failed migration now; it counts as one of its 9 retries. */
export function retryMigration(
  tenant: Tenant,
  migrationId: string,
  nowMs: number,
): Result<MigrationRecord> {
  const m = tenant.migrations.find((candidate) => candidate.id === migrationId);
  if (!m) return refuse('not_found', 'No meeting migration has this id.');
  if (m.state !== 'Failed') {
    return refuse(
      'conflict',
      `Only a failed migration can be retried; this one is ${MIGRATION_STATE_LABEL[m.state].toLowerCase()}.`,
    );
  }
  if (m.retries >= MAX_RETRIES) {
    return refuse(
      'conflict',
      `This migration was retried ${MAX_RETRIES} times, the most allowed. Update meetings starts a new one.`,
    );
  }
  const user = tenant.usersById.get(m.userId);
  if (!user) return refuse('not_found', 'The user of this migration no longer exists.');
  if (activeMigrationOf(tenant, user.id)) {
    return refuse(
      'conflict',
      `A newer meeting migration for ${user.displayName} is waiting or running: it carries this one's work.`,
    );
  }
  m.retries += 1;
  begin(tenant, m, user, nowMs);
  return ok(m);
}

export function toMigrationView(tenant: Tenant, m: MigrationRecord): MeetingMigration {
  return {
    id: m.id,
    userId: m.userId,
    userName: tenant.usersById.get(m.userId)?.displayName ?? 'Unknown user',
    state: m.state,
    trigger: m.trigger,
    createdAt: m.createdAt,
    nextRunAt: m.nextRunAt,
    updatedAt: m.updatedAt,
    meetings: m.meetings,
    succeeded: m.succeeded,
    failed: m.failed,
    invitesUpdated: m.invitesUpdated,
    retries: m.retries,
    lastMessage: m.lastMessage,
  };
}

/** How many the list answers, newest first. */
export const MIGRATIONS_LISTED = 500;

/** Newest first, of one state if given: the newest MIGRATIONS_LISTED. */
export function listMigrations(
  tenant: Tenant,
  filter: { state?: MigrationState; userId?: string } = {},
): MeetingMigration[] {
  const result: MeetingMigration[] = [];
  for (let i = tenant.migrations.length - 1; i >= 0 && result.length < MIGRATIONS_LISTED; i--) {
    const m = tenant.migrations[i]!;
    if (filter.state && m.state !== filter.state) continue;
    if (filter.userId && m.userId !== filter.userId) continue;
    result.push(toMigrationView(tenant, m));
  }
  return result;
}

export function latestMigrationOf(tenant: Tenant, userId: string): MeetingMigration | null {
  return listMigrations(tenant, { userId })[0] ?? null;
}
