import { beforeEach, describe, expect, it } from 'vitest';
import { generateScenario } from '../scenarios/scenarios';
import { resetConferenceId } from './actions';
import { userActivity } from './activity';
import { advanceClock, clockView, mockTime } from './clock';
import { dialIn } from './dial-in';
import {
  MAX_RETRIES,
  QUEUE_MINUTES,
  RETRY_MINUTES,
  listMigrations,
  retryMigration,
  settleMigrations,
  startMigrationNow,
} from './meeting-migration';
import { listUserMeetings, MIGRATION_ATTENDEE_LIMIT, seededMeetings } from './meetings';
import { setConferenceId } from './set-conference-id';
import {
  AMOS,
  DIEGO,
  expectOk,
  expectRefusal,
  KEN,
  LIDIA,
  NOW_ISO,
  testContext,
  userByName,
} from './test-helpers';
import type { DomainContext, Tenant, UserRecord } from './types';
import { updateAudioConferencing } from './update-audio-conferencing';
import { updateBridgeSettings } from './bridge-settings';

const MINUTE = 60_000;
const START = Date.parse(NOW_ISO);

let tenant: Tenant;
let amos: UserRecord;
/** A context whose time is the tenant's mock time, as the handlers' is. */
let ctx: DomainContext;
const at = (minutes: number) => START + minutes * MINUTE;

beforeEach(() => {
  tenant = generateScenario('default');
  tenant.clock = { offsetMs: 0, originMs: START };
  amos = userByName(tenant, AMOS);
  const base = testContext();
  ctx = { ...base, now: () => mockTime(tenant, START) };
});

/** Moves the mock clock and runs what fell due, as POST /_mock/clock does. */
function advance(minutes: number, fault?: () => boolean) {
  expectOk(advanceClock(tenant, minutes));
  settleMigrations(tenant, mockTime(tenant, START).getTime(), fault);
}

const migrationOf = (user: UserRecord) => listMigrations(tenant, { userId: user.id })[0]!;

describe('M1 seeded meetings and their invites', () => {
  it('M1: a user has the same meetings every time, each invite with the dial-in it was sent with', () => {
    const meetings = listUserMeetings(tenant, amos);
    expect(meetings.map((m) => m.subject)).toEqual([
      'Weekly sales sync',
      'Quarterly business review',
      'Customer call: Fabrikam',
    ]);
    expect(listUserMeetings(generateScenario('default'), userByName(tenant, AMOS))).toHaveLength(3);
    for (const meeting of meetings) {
      expect(meeting.invite).toEqual({
        conferenceId: amos.audio.conferenceId,
        tollNumber: '+14255550100',
        tollFreeNumber: '+18665550123',
      });
      expect(meeting.upToDate).toBe(true);
      expect(Date.parse(meeting.startsAt)).toBeGreaterThan(START);
    }
    const starts = meetings.map((m) => m.startsAt);
    expect(starts).toEqual([...starts].sort());
  });

  it('M1: generated users have 0–3 meetings, seeded from their id, without being stored', () => {
    const counts = tenant.users.map((u) => seededMeetings(tenant, u).length);
    expect(Math.min(...counts)).toBe(0);
    expect(Math.max(...counts)).toBe(3);
    expect(tenant.invites.size).toBe(0);
    const someone = tenant.users[tenant.users.length - 1]!;
    expect(seededMeetings(tenant, someone)).toEqual(seededMeetings(tenant, someone));
  });

  it('M1: a user without the Microsoft bridge sends invites without dial-in', () => {
    const lidia = userByName(tenant, LIDIA);
    for (const meeting of listUserMeetings(tenant, lidia)) {
      expect(meeting.invite).toEqual({
        conferenceId: null,
        tollNumber: null,
        tollFreeNumber: null,
      });
    }
  });
});

describe('M2 a change queues a meeting migration', () => {
  it('M2: a reset leaves the invites out of date and queues a migration 90 minutes out', () => {
    const old = amos.audio.conferenceId;
    const reset = expectOk(resetConferenceId(tenant, ctx, amos.id));
    expect(reset.meetings).toMatchObject({ outOfDate: 3, migrationQueued: true });
    expect(reset.meetings.message).toMatch(/queued.*3 meeting invites.*90 minutes/);
    const meetings = listUserMeetings(tenant, amos);
    expect(meetings.every((m) => !m.upToDate && m.invite.conferenceId === old)).toBe(true);
    const migration = migrationOf(amos);
    expect(migration).toMatchObject({ state: 'Pending', trigger: 'Conference ID reset' });
    expect(migration.nextRunAt).toBe(new Date(at(QUEUE_MINUTES)).toISOString());
  });

  it('M2: set, Audio Conferencing off and on, and other numbers queue one too', () => {
    expectOk(setConferenceId(tenant, ctx, amos.id, '1357911'));
    expect(migrationOf(amos).trigger).toBe('Conference ID set');
    const ken = userByName(tenant, KEN);
    const settings = {
      enabled: true,
      provider: 'Microsoft' as const,
      thirdPartyProviderName: null,
      tollNumber: '+442079460321',
      tollFreeNumber: null,
      allowUnauthenticatedStart: ken.audio.allowUnauthenticatedStart,
      dialOut: ken.audio.dialOut,
    };
    const changed = expectOk(updateAudioConferencing(tenant, ctx, ken.id, settings));
    if (seededMeetings(tenant, ken).length > 0) {
      expect(changed.meetings.migrationQueued).toBe(true);
      expect(migrationOf(ken).trigger).toBe('Dial-in numbers changed');
    }
    const off = expectOk(
      updateAudioConferencing(tenant, ctx, amos.id, { ...settings, enabled: false }),
    );
    expect(off.meetings.migrationQueued).toBe(true);
    expect(migrationOf(amos).trigger).toBe('Audio Conferencing turned off');
    // One waiting migration per user: the later change moves it, it doesn't add one.
    expect(listMigrations(tenant, { userId: amos.id })).toHaveLength(1);
  });

  it('M2: a change that leaves the dial-in as it was queues nothing and keeps nothing', () => {
    const same = expectOk(
      updateAudioConferencing(tenant, ctx, amos.id, {
        enabled: true,
        provider: 'Microsoft',
        thirdPartyProviderName: null,
        tollNumber: amos.audio.tollNumber,
        tollFreeNumber: amos.audio.tollFreeNumber,
        allowUnauthenticatedStart: !amos.audio.allowUnauthenticatedStart,
        dialOut: amos.audio.dialOut,
      }),
    );
    expect(same.meetings).toEqual({
      outOfDate: 0,
      migrationQueued: false,
      migrationId: null,
      message: null,
    });
    expect(tenant.migrations).toHaveLength(0);
    expect(tenant.invites.size).toBe(0);
  });

  it('M2: with Automatically update meetings off, nothing is queued and the admin is told to update by hand', () => {
    expectOk(
      updateBridgeSettings(tenant, { ...tenant.bridge, automaticallyUpdateMeetings: false }),
    );
    const reset = expectOk(resetConferenceId(tenant, ctx, amos.id));
    expect(reset.meetings.migrationQueued).toBe(false);
    expect(reset.meetings.message).toMatch(/Automatically update meetings is off.*by hand/);
    expect(tenant.migrations).toHaveLength(0);
    advance(24 * 60);
    expect(listUserMeetings(tenant, amos).every((m) => !m.upToDate)).toBe(true);
  });

  it('M2: a bridge update without the setting leaves it as it was', () => {
    const { automaticallyUpdateMeetings: _omitted, ...rest } = tenant.bridge;
    expectOk(updateBridgeSettings(tenant, { ...rest, automaticallyUpdateMeetings: undefined }));
    expect(tenant.bridge.automaticallyUpdateMeetings).toBe(true);
  });
});

describe('M3 migrations run on the mock clock', () => {
  it('M3: Pending for 90 minutes, then In progress, then Succeeded with every invite current', () => {
    expectOk(resetConferenceId(tenant, ctx, amos.id));
    advance(QUEUE_MINUTES - 1);
    expect(migrationOf(amos).state).toBe('Pending');
    advance(1);
    expect(migrationOf(amos)).toMatchObject({ state: 'InProgress', meetings: 3 });
    advance(30);
    expect(migrationOf(amos)).toMatchObject({
      state: 'Succeeded',
      meetings: 3,
      succeeded: 3,
      failed: 0,
      invitesUpdated: 3,
      retries: 0,
      nextRunAt: null,
    });
    expect(migrationOf(amos).lastMessage).toMatch(/3 invites updated/);
    const meetings = listUserMeetings(tenant, amos);
    expect(
      meetings.every((m) => m.upToDate && m.invite.conferenceId === amos.audio.conferenceId),
    ).toBe(true);
    // Every invite current again: nothing of Amos's invites is kept.
    expect(tenant.invites.has(amos.id)).toBe(false);
  });

  it('M3: a 300-attendee meeting is not migrated: the migration fails, the others are updated', () => {
    const diego = userByName(tenant, DIEGO);
    const allHands = listUserMeetings(tenant, diego).find(
      (m) => m.subject === 'Quarterly all-hands',
    )!;
    expect(allHands.attendees).toBe(300);
    expect(allHands.attendees).toBeGreaterThan(MIGRATION_ATTENDEE_LIMIT);
    expectOk(resetConferenceId(tenant, ctx, diego.id));
    advance(120);
    const failed = migrationOf(diego);
    expect(failed).toMatchObject({ state: 'Failed', meetings: 2, succeeded: 1, failed: 1 });
    expect(failed.invitesUpdated).toBe(1);
    expect(failed.lastMessage).toMatch(/more than 250 attendees.*Outlook.*Retry 1 of 9/);
    const byName = Object.fromEntries(listUserMeetings(tenant, diego).map((m) => [m.subject, m]));
    expect(byName['Quarterly all-hands']!.upToDate).toBe(false);
    expect(byName['Finance stand-up']!.upToDate).toBe(true);
  });

  it('M3: a failure is retried every 150 minutes, 9 times at most within 24 hours', () => {
    const diego = userByName(tenant, DIEGO);
    expectOk(resetConferenceId(tenant, ctx, diego.id));
    advance(QUEUE_MINUTES + 5);
    expect(migrationOf(diego)).toMatchObject({ state: 'Failed', retries: 0 });
    advance(RETRY_MINUTES);
    expect(migrationOf(diego)).toMatchObject({ state: 'Failed', retries: 1 });
    advance(3 * 24 * 60);
    const last = migrationOf(diego);
    expect(last).toMatchObject({ state: 'Failed', retries: MAX_RETRIES, nextRunAt: null });
    expect(last.lastMessage).toMatch(/No retries are left/);
    const record = tenant.migrations.find((m) => m.id === last.id)!;
    const lastRun = Date.parse(record.history[record.history.length - 1]!.at);
    expect(lastRun - Date.parse(record.firstRunAt!)).toBeLessThanOrEqual(24 * 3_600_000);
    expect(expectRefusal(retryMigration(tenant, last.id, at(5000))).message).toMatch(/9 times/);
  });

  it('M3: a passing failure (a fault) is retried and then succeeds', () => {
    expectOk(resetConferenceId(tenant, ctx, amos.id));
    let faults = 1;
    advance(QUEUE_MINUTES + 5, () => faults-- > 0);
    const failed = migrationOf(amos);
    expect(failed).toMatchObject({ state: 'Failed', succeeded: 2, failed: 1, invitesUpdated: 2 });
    expect(failed.lastMessage).toMatch(/1 invite couldn't be updated/);
    // An admin's retry (M3), counted as one of the 9.
    const nowMs = mockTime(tenant, START).getTime();
    expect(expectOk(retryMigration(tenant, failed.id, nowMs))).toMatchObject({
      state: 'InProgress',
      retries: 1,
    });
    advance(5);
    expect(migrationOf(amos)).toMatchObject({
      state: 'Succeeded',
      succeeded: 3,
      failed: 0,
      invitesUpdated: 3,
      retries: 1,
    });
  });

  it('M3: only a failed migration can be retried', () => {
    expectOk(resetConferenceId(tenant, ctx, amos.id));
    const pending = migrationOf(amos);
    expect(expectRefusal(retryMigration(tenant, pending.id, at(1))).code).toBe('conflict');
    expect(expectRefusal(retryMigration(tenant, 'migration-none', at(1))).code).toBe('not_found');
  });
});

describe('M4 the old ID at the bridge; Update meetings', () => {
  it('M4: until the invite is updated its old ID is refused, naming the invite; afterwards the invite’s ID works', () => {
    const old = amos.audio.conferenceId!;
    expectOk(resetConferenceId(tenant, ctx, amos.id));
    const refused = dialIn(tenant, old);
    expect(refused.outcome).toBe('refused');
    expect(refused.message).toMatch(
      /Amos Marble's invite for “Weekly sales sync” still carries it/,
    );
    advance(120);
    const invite = listUserMeetings(tenant, amos)[0]!.invite;
    expect(invite.conferenceId).toBe(amos.audio.conferenceId);
    expect(dialIn(tenant, invite.conferenceId!).outcome).not.toBe('refused');
    expect(dialIn(tenant, old).message).toBe(
      'That conference ID no longer works. Ask the organizer for the new one.',
    );
  });

  it('M4: Update meetings starts a migration at once, without the queue; one running answers in_progress', () => {
    expectOk(
      updateBridgeSettings(tenant, { ...tenant.bridge, automaticallyUpdateMeetings: false }),
    );
    expectOk(resetConferenceId(tenant, ctx, amos.id));
    const started = expectOk(startMigrationNow(tenant, amos.id, at(0)));
    expect(started).toMatchObject({ state: 'InProgress', trigger: 'Update meetings' });
    expect(expectRefusal(startMigrationNow(tenant, amos.id, at(1))).code).toBe('in_progress');
    advance(3);
    expect(migrationOf(amos).state).toBe('Succeeded');
    expect(listUserMeetings(tenant, amos).every((m) => m.upToDate)).toBe(true);
  });

  it('M4: Update meetings on a queued migration starts that one now', () => {
    expectOk(resetConferenceId(tenant, ctx, amos.id));
    const queued = migrationOf(amos);
    const started = expectOk(startMigrationNow(tenant, amos.id, at(0)));
    expect(started.id).toBe(queued.id);
    expect(started.state).toBe('InProgress');
    expect(listMigrations(tenant)).toHaveLength(1);
  });

  it('M4: an unknown user is not found', () => {
    expect(expectRefusal(startMigrationNow(tenant, 'nobody', at(0))).code).toBe('not_found');
  });
});

describe('M5 the mock clock', () => {
  it('M5: moves forward by whole minutes only, 1 to 43,200 at a time', () => {
    for (const bad of [0, -5, 1.5, 43_201, Number.NaN]) {
      const refusal = expectRefusal(advanceClock(tenant, bad));
      expect(refusal.fieldErrors?.advanceMinutes?.[0]).toMatch(
        /whole number of minutes from 1 to 43,200/,
      );
    }
    expect(tenant.clock.offsetMs).toBe(0);
    expectOk(advanceClock(tenant, 120));
    expect(clockView(tenant, START)).toEqual({
      now: new Date(at(120)).toISOString(),
      advancedMinutes: 120,
    });
  });

  it('M5: what the domain does after an advance carries the mock time ("last changed", emails)', () => {
    advance(60);
    const reset = expectOk(resetConferenceId(tenant, ctx, amos.id));
    expect(reset.email.sent).toBe(true);
    expect(tenant.mailbox[tenant.mailbox.length - 1]!.sentAt).toBe(new Date(at(60)).toISOString());
  });
});

describe('Activity: a user’s own timeline', () => {
  it('lists the user’s changes, emails and migration states, newest first, never a PIN', () => {
    expectOk(resetConferenceId(tenant, ctx, amos.id));
    tenant.auditLog.push({
      id: 'audit-900',
      at: new Date(at(0)).toISOString(),
      actor: 'Adele Vance',
      role: 'TeamsAdministrator',
      action: 'resetConferenceId',
      targetUserId: amos.id,
      targetName: AMOS,
      outcome: 'succeeded',
      reason: null,
    });
    advance(120);
    const items = userActivity(tenant, amos.id);
    expect(items.map((i) => i.kind)).toEqual([
      'migration',
      'migration',
      'change',
      'migration',
      'email',
    ]);
    expect(items[0]!.summary).toMatch(/^Meeting migration succeeded \(Conference ID reset\)/);
    expect(items[0]!.actor).toBe('Meeting Migration Service');
    expect(items[2]).toMatchObject({ summary: 'Reset conference ID', actor: 'Adele Vance' });
    expect(items[3]!.summary).toMatch(/^Meeting migration pending/);
    expect(items[4]!.summary).toMatch(/^Email sent to amos\.marble@contoso\.com/);
    const times = items.map((i) => i.at);
    expect(times).toEqual([...times].sort().reverse());
    expect(JSON.stringify(items)).not.toMatch(/\bPIN\s*:\s*\d/);
    expect(userActivity(tenant, userByName(tenant, KEN).id)).toEqual([]);
  });
});
