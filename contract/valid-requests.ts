/**
 * A valid request (or a few) for every operation of the contract, each answered as the contract
 * says: status, body and required headers. Run in this order on one tenant.
 */
import { expect } from 'vitest';
import { API, call, json, ok, tokens, type Answer } from './api';
import { document } from './openapi';
import {
  activeUser,
  bridgeUpdate,
  editForm,
  isMockServer,
  lockableUser,
  lockedUser,
  userDetail,
  usersWhere,
  waitForJob,
  type JobView,
  type UserSummary,
} from './tenant';

export function expectConforms(answer: Answer, status = 200): void {
  expect(answer.problems, `${answer.request} → ${answer.status}`).toEqual([]);
  expect(answer.status, `${answer.request}: ${JSON.stringify(answer.body)}`).toBe(status);
}

async function conforms(
  operationId: string,
  options: Parameters<typeof call>[1] = {},
  status = 200,
) {
  const answer = await call(operationId, options);
  expectConforms(answer, status);
  return answer;
}

/** A 7-digit conference ID no user has (C3); the server may still call it retired. */
async function freeConferenceId(): Promise<string> {
  for (;;) {
    const id = String(1_000_000 + Math.floor(Math.random() * 8_999_999));
    const holders = await usersWhere(`conferenceId:eq:${id}`);
    if (holders.length === 0) return id;
  }
}

/** A CSV file's records (RFC 4180: a quoted field may hold commas, quotes and line breaks). */
export function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[i + 1] === '"') field += text[++i];
      else quoted = false;
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      records.push([...record, field]);
      record = [];
      field = '';
    } else {
      field += char;
    }
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

/**
 * A repeat of a change with the same Idempotency-Key: the first answer again, marked replayed,
 * a 201's `Location` included.
 */
export function expectReplayOf(again: Answer, first: Answer): void {
  expect(again.status, again.request).toBe(first.status);
  expect(again.headers.get('Idempotent-Replayed'), 'A4: the repeat is replayed').toBe('true');
  expect(json(again)).toEqual(json(first));
  expect(again.headers.get('Location')).toBe(first.headers.get('Location'));
  expect(again.problems, again.request).toEqual([]);
}

/**
 * The job `createJob` starts (J1, J3): Reset conference IDs of two active users and of a
 * third-party one, who is skipped (C5). Started once, read by the job operations after it.
 */
let jobOfThree: Promise<{ job: JobView; users: UserSummary[] }> | null = null;

async function usersOfTheJob(): Promise<UserSummary[]> {
  const [thirdParty] = await usersWhere('provider:eq:ThirdParty');
  if (!thirdParty) throw new Error('The tenant has no third-party user');
  return [await activeUser(8), await activeUser(9), thirdParty];
}

function theJobOfThree() {
  jobOfThree ??= (async () => {
    const users = await usersOfTheJob();
    const started = await ok<JobView>('createJob', {
      body: { action: 'resetConferenceIds', userIds: users.map((u) => u.id) },
    });
    return { job: await waitForJob(started.id), users };
  })();
  return jobOfThree;
}

export interface ValidRequests {
  operationId: string;
  mockOnly?: boolean;
  run: () => Promise<void>;
}

export const VALID_REQUESTS: ValidRequests[] = [
  {
    operationId: 'getOpenApiDocument',
    run: async () => {
      const answer = await conforms('getOpenApiDocument', { token: null });
      expect(json(answer), 'the server serves this contract').toEqual(document);
    },
  },
  {
    operationId: 'getMe',
    run: async () => {
      expect(json(await conforms('getMe'))).toMatchObject({ canChange: true, userId: null });
      expect(json(await conforms('getMe', { token: tokens.reader }))).toMatchObject({
        role: 'GlobalReader',
        canChange: false,
      });
      if (tokens.user) {
        expect(json(await conforms('getMe', { token: tokens.user }))).toMatchObject({
          role: 'User',
          canChange: false,
        });
      }
    },
  },
  {
    operationId: 'listUsers',
    run: async () => {
      const all = json<{ total: number; items: unknown[] }>(await conforms('listUsers'));
      expect(all.items.length).toBeGreaterThan(0);
      await conforms('listUsers', {
        query: { search: 'a', sort: 'conferenceId', order: 'desc', page: '2', pageSize: '10' },
      });
      await conforms('listUsers', {
        query: { filter: ['provider:eq:Microsoft', 'pinSet:ne:false'] },
        token: tokens.reader,
      });
    },
  },
  {
    operationId: 'exportUsers',
    run: async () => {
      const filter = ['pinLocked:eq:false'];
      const { total } = await ok<{ total: number }>('listUsers', { query: { filter } });
      const answer = await conforms('exportUsers', { query: { filter } });
      const text = answer.body as string;
      expect(text.split('\r\n')[0], 'the users list’s columns').toMatch(/^Display name,/);
      expect(text, 'CRLF line ends').toMatch(/\r\n$/);
      const records = csvRecords(text);
      expect(records, 'a header row and every matching user, not one page').toHaveLength(total + 1);
      expect(records.every((r) => r.length === records[0]!.length)).toBe(true);
      const found = await conforms('exportUsers', {
        query: { search: 'a', sort: 'conferenceId', order: 'desc' },
        token: tokens.reader,
      });
      expect(found.body).toMatch(/^Display name,/);
      const bad = await call('exportUsers', { query: { filter: 'nope' } });
      expect(bad.problems, bad.request).toEqual([]);
      expect(bad.status, 'an unknown filter clause').toBe(400);
    },
  },
  {
    operationId: 'getUser',
    run: async () => {
      const user = await activeUser();
      const answer = await conforms('getUser', { params: { userId: user.id } });
      expect(answer.headers.get('ETag')).toBe(json(answer).etag);
    },
  },
  {
    operationId: 'getUserFilterOptions',
    run: async () => void (await conforms('getUserFilterOptions')),
  },
  {
    operationId: 'updateAudioConferencing',
    run: async () => {
      const user = await userDetail((await activeUser(1)).id);
      await conforms('updateAudioConferencing', {
        params: { userId: user.id },
        headers: { 'If-Match': user.etag, 'Idempotency-Key': crypto.randomUUID() },
        body: editForm(user),
      });
    },
  },
  {
    operationId: 'resetConferenceId',
    run: async () => {
      const user = await userDetail((await activeUser(2)).id);
      const headers = { 'If-Match': user.etag, 'Idempotency-Key': crypto.randomUUID() };
      const first = await conforms('resetConferenceId', { params: { userId: user.id }, headers });
      const again = await conforms('resetConferenceId', { params: { userId: user.id }, headers });
      expect(again.headers.get('Idempotent-Replayed'), 'A4: the repeat is replayed').toBe('true');
      expect(json(again)).toEqual(json(first));
    },
  },
  {
    operationId: 'setConferenceId',
    run: async () => {
      const user = await userDetail((await activeUser(3)).id);
      const conferenceId = await freeConferenceId();
      const answer = await conforms('setConferenceId', {
        params: { userId: user.id },
        headers: { 'If-Match': user.etag },
        body: { conferenceId },
      });
      expect(json<{ user: UserDetailLike }>(answer).user.audioConferencing.conferenceId).toBe(
        conferenceId,
      );
    },
  },
  {
    operationId: 'sendConferenceInfo',
    run: async () => {
      const user = await activeUser(4);
      await conforms('sendConferenceInfo', { params: { userId: user.id }, body: {} });
      await conforms('sendConferenceInfo', {
        params: { userId: user.id },
        body: { to: 'assistant@example.com' },
      });
    },
  },
  {
    operationId: 'resetPin',
    run: async () => {
      const user = await userDetail((await activeUser(5)).id);
      const answer = await conforms('resetPin', {
        params: { userId: user.id },
        headers: { 'If-Match': user.etag, 'Idempotency-Key': crypto.randomUUID() },
        body: { sendEmail: false },
      });
      expect(json(answer).pin).toMatch(/^\d+$/);
    },
  },
  {
    operationId: 'checkPin',
    run: async () => {
      const user = await activeUser();
      const weak = json<{ problems: string[] }>(
        await conforms('checkPin', { params: { userId: user.id }, body: { pin: '1111' } }),
      );
      expect(weak.problems.length).toBeGreaterThan(0);
    },
  },
  {
    operationId: 'lockPin',
    run: async () => {
      const user = await lockableUser();
      await conforms('lockPin', {
        params: { userId: user.id },
        headers: { 'If-Match': user.etag },
      });
    },
  },
  {
    operationId: 'unlockPin',
    run: async () => {
      const user = await lockedUser();
      const answer = await conforms('unlockPin', {
        params: { userId: user.id },
        headers: { 'If-Match': user.etag },
      });
      expect(json<{ pin: { isLocked: boolean } }>(answer).pin.isLocked).toBe(false);
    },
  },
  {
    operationId: 'resetMyPin',
    run: async () => {
      expect(tokens.user, 'a user token (CONTRACT_USER_TOKEN)').toBeTruthy();
      const answer = await conforms('resetMyPin', { token: tokens.user });
      expect(json(answer).pin).toMatch(/^\d+$/);
    },
  },
  { operationId: 'listPinPolicies', run: async () => void (await conforms('listPinPolicies')) },
  {
    operationId: 'saveGlobalPinPolicy',
    run: async () => {
      const { global } = await ok<{ global: unknown }>('listPinPolicies');
      await conforms('saveGlobalPinPolicy', { body: global });
    },
  },
  {
    operationId: 'saveSitePinPolicy',
    run: async () => {
      const { availableSites } = await ok<{ availableSites: string[] }>('listPinPolicies');
      await conforms('saveSitePinPolicy', {
        params: { site: availableSites[0]! },
        body: { minimumLength: 6, allowCommonPatterns: false, maximumLogonAttempts: 5 },
      });
    },
  },
  {
    operationId: 'removeSitePinPolicy',
    run: async () => {
      const { sites } = await ok<{ sites: { site: string }[] }>('listPinPolicies');
      await conforms('removeSitePinPolicy', { params: { site: sites[0]!.site } });
    },
  },
  {
    operationId: 'saveUserPinPolicy',
    run: async () => {
      const user = await activeUser(6);
      await conforms('saveUserPinPolicy', {
        params: { userId: user.id },
        body: { minimumLength: 8, allowCommonPatterns: true, maximumLogonAttempts: 3 },
      });
    },
  },
  {
    operationId: 'removeUserPinPolicy',
    run: async () => {
      const user = await activeUser(6);
      await conforms('removeUserPinPolicy', { params: { userId: user.id } });
    },
  },
  { operationId: 'getBridgeSettings', run: async () => void (await conforms('getBridgeSettings')) },
  {
    operationId: 'updateBridgeSettings',
    run: async () => {
      await conforms('updateBridgeSettings', { body: { ...(await bridgeUpdate()), pinLength: 6 } });
    },
  },
  {
    operationId: 'getAuditLog',
    run: async () => {
      const user = await activeUser(5);
      await conforms('getAuditLog');
      const pins = json<{
        items: { action: string; outcome: string; powerShell?: { commands: string[] } }[];
      }>(await conforms('getAuditLog', { query: { userId: user.id, action: 'resetPin' } }));
      expect(pins.items.length).toBeGreaterThan(0);
      // S1: a change made shows its PowerShell, with the user's sign-in name.
      const identity = (await userDetail(user.id)).sipAddress.replace(/^sip:/i, '');
      const made = pins.items.filter((entry) => entry.outcome === 'succeeded');
      expect(made.length).toBeGreaterThan(0);
      for (const entry of made) {
        expect(entry.powerShell?.commands.join('\n')).toMatch(
          new RegExp(
            `^Set-CsOnlineDialInConferencingUser -Identity '${identity.replace(/[.]/g, '\\.')}' -ResetLeaderPin`,
          ),
        );
      }
    },
  },
  // M1–M4 after the resets above: activeUser(2)'s conference ID was reset (a migration queued).
  {
    operationId: 'listUserMeetings',
    run: async () => {
      const user = await activeUser(2);
      const meetings = json<{
        items: { upToDate: boolean }[];
        automaticallyUpdateMeetings: boolean;
      }>(await conforms('listUserMeetings', { params: { userId: user.id } }));
      expect(meetings.automaticallyUpdateMeetings).toBe(true);
      const unknown = await call('listUserMeetings', { params: { userId: crypto.randomUUID() } });
      expect(unknown.problems, unknown.request).toEqual([]);
      expect(unknown.status).toBe(404);
    },
  },
  {
    operationId: 'getUserActivity',
    run: async () => {
      const user = await activeUser(2);
      const activity = json<{ items: { kind: string }[] }>(
        await conforms('getUserActivity', { params: { userId: user.id } }),
      );
      expect(activity.items.map((i) => i.kind)).toContain('change');
    },
  },
  {
    operationId: 'listMeetingMigrations',
    run: async () => {
      await conforms('listMeetingMigrations');
      const failed = json<{ items: { state: string }[] }>(
        await conforms('listMeetingMigrations', { query: { state: 'Failed' } }),
      );
      expect(failed.items.every((m) => m.state === 'Failed')).toBe(true);
    },
  },
  {
    operationId: 'updateUserMeetings',
    run: async () => {
      const user = await activeUser(2);
      const headers = { 'Idempotency-Key': crypto.randomUUID() };
      const first = await conforms('updateUserMeetings', { params: { userId: user.id }, headers });
      expect(json(first)).toMatchObject({ userId: user.id, state: 'InProgress' });
      expectReplayOf(
        await call('updateUserMeetings', { params: { userId: user.id }, headers }),
        first,
      );
      const again = await call('updateUserMeetings', { params: { userId: user.id } });
      expect(again.problems, again.request).toEqual([]);
      expect(again.status, 'M4: one is in progress').toBe(409);
    },
  },
  {
    operationId: 'getMockClock',
    mockOnly: true,
    run: async () => void (await conforms('getMockClock', { token: null })),
  },
  {
    operationId: 'advanceMockClock',
    mockOnly: true,
    run: async () => {
      const before = json<{ advancedMinutes: number }>(
        await conforms('getMockClock', { token: null }),
      );
      const after = json<{ advancedMinutes: number }>(
        await conforms('advanceMockClock', { token: null, body: { advanceMinutes: 120 } }),
      );
      expect(after.advancedMinutes).toBe(before.advancedMinutes + 120);
    },
  },
  {
    operationId: 'retryMeetingMigration',
    run: async () => {
      const mock = await isMockServer();
      if (mock) {
        // M3: Diego Siciliani's all-hands has 300 attendees: his migration fails.
        const [diego] = await ok<{ items: UserSummary[] }>('listUsers', {
          query: { search: 'Diego Siciliani' },
        }).then((page) => page.items);
        await ok('resetConferenceId', { params: { userId: diego!.id } });
        await ok('advanceMockClock', { token: null, body: { advanceMinutes: 120 } });
      }
      const failed = json<{ items: { id: string; retries: number }[] }>(
        await conforms('listMeetingMigrations', { query: { state: 'Failed' } }),
      );
      const retryable = failed.items.find((m) => m.retries < 9);
      if (!retryable) {
        const none = await call('retryMeetingMigration', { params: { migrationId: 'none' } });
        expect(none.problems, none.request).toEqual([]);
        expect(none.status).toBe(404);
        return;
      }
      const headers = { 'Idempotency-Key': crypto.randomUUID() };
      const params = { migrationId: retryable.id };
      const first = await conforms('retryMeetingMigration', { params, headers });
      expect(json(first)).toMatchObject({ state: 'InProgress', retries: retryable.retries + 1 });
      expectReplayOf(await call('retryMeetingMigration', { params, headers }), first);
      const again = await call('retryMeetingMigration', { params });
      expect(again.problems, again.request).toEqual([]);
      expect(again.status, 'M3: only a failed one').toBe(409);
    },
  },
  {
    operationId: 'previewJob',
    run: async () => {
      const locked = await lockedUser();
      const unlocked = await activeUser(0);
      const jobsBefore = await ok('listJobs');
      const preview = json(
        await conforms('previewJob', {
          body: { action: 'unlockPins', userIds: [locked.id, unlocked.id] },
          token: tokens.reader,
        }),
      );
      expect(preview, 'J2: one changes, one is skipped').toMatchObject({
        action: 'unlockPins',
        total: 2,
        willChange: 1,
        skippedCount: 1,
        skipped: [{ userId: unlocked.id, reason: expect.any(String) }],
      });
      expect(preview.rows, 'rows are an import’s only').toBeUndefined();
      const matching = json<{ total: number }>(
        await conforms('previewJob', {
          body: { action: 'unlockPins', match: { filter: ['pinLocked:eq:true'] } },
        }),
      );
      const lockedCount = (await usersWhere('pinLocked:eq:true')).length;
      expect(matching, 'J1: every matching user').toMatchObject({
        total: lockedCount,
        willChange: lockedCount,
      });
      const file = json(
        await conforms('previewJob', {
          body: {
            action: 'importConferenceIds',
            rows: [
              { line: 2, userPrincipalName: 'nobody@example.invalid', conferenceId: '7000001' },
            ],
          },
        }),
      );
      expect(file, 'J8: each row checked').toMatchObject({
        total: 0,
        skippedCount: 1,
        rows: [{ line: 2, valid: false, userId: null, reason: expect.any(String) }],
      });
      expect((await userDetail(locked.id)).pin.isLocked, 'a preview changes nothing').toBe(true);
      expect(await ok('listJobs'), 'a preview starts no job').toEqual(jobsBefore);
    },
  },
  {
    operationId: 'createJob',
    run: async () => {
      const users = await usersOfTheJob();
      const body = { action: 'resetConferenceIds', userIds: users.map((u) => u.id) };
      const headers = { 'Idempotency-Key': crypto.randomUUID() };
      const first = await conforms('createJob', { body, headers }, 201);
      const started = json<JobView>(first);
      expect(started).toMatchObject({
        action: 'resetConferenceIds',
        retryOf: null,
        counts: { total: 3 },
        startedBy: expect.any(String),
      });
      expect(
        new URL(first.headers.get('Location')!, API).href,
        'its Location header names the job',
      ).toBe(new URL(`${API}/jobs/${encodeURIComponent(started.id)}`).href);
      // A4: a double click starts one job.
      expectReplayOf(await call('createJob', { body, headers }), first);
      const done = await waitForJob(started.id);
      expect(done, 'J3: each user once, the third-party user skipped').toMatchObject({
        id: started.id,
        state: 'completed',
        counts: { total: 3, done: 3, succeeded: 2, skipped: 1, failed: 0, cancelled: 0 },
        hasResults: true,
      });
      expect(done.finishedAt).toEqual(expect.any(String));
      const after = await Promise.all(users.map((u) => userDetail(u.id)));
      expect(after[0]!.audioConferencing.conferenceId).not.toBe(users[0]!.conferenceId);
      expect(after[1]!.audioConferencing.conferenceId).not.toBe(users[1]!.conferenceId);
      expect(after[2]!.audioConferencing.conferenceId, 'C5: skipped').toBe(users[2]!.conferenceId);
      jobOfThree = Promise.resolve({ job: done, users });
    },
  },
  {
    operationId: 'getJob',
    run: async () => {
      const { job } = await theJobOfThree();
      const read = await conforms('getJob', { params: { jobId: job.id }, token: tokens.reader });
      expect(json(read), 'J7: a Global Reader sees it as it ended').toEqual(job);
      const unknown = await call('getJob', { params: { jobId: 'job-000000000000' } });
      expect(unknown.problems, unknown.request).toEqual([]);
      expect(unknown.status).toBe(404);
    },
  },
  {
    operationId: 'listJobs',
    run: async () => {
      const { job } = await theJobOfThree();
      const list = json<{ items: JobView[] }>(await conforms('listJobs', { token: tokens.reader }));
      expect(list.items[0], 'newest first').toEqual(job);
      expect(list.items.length).toBeLessThanOrEqual(50);
    },
  },
  {
    operationId: 'listJobResults',
    run: async () => {
      const { job, users } = await theJobOfThree();
      const params = { jobId: job.id };
      const all = json<{ total: number; items: { userId: string; outcome: string }[] }>(
        await conforms('listJobResults', { params }),
      );
      expect(all.total).toBe(3);
      expect(
        all.items.map((r) => [r.userId, r.outcome]),
        'in the job’s order',
      ).toEqual([
        [users[0]!.id, 'succeeded'],
        [users[1]!.id, 'succeeded'],
        [users[2]!.id, 'skipped'],
      ]);
      const skipped = json(
        await conforms('listJobResults', { params, query: { outcome: 'skipped' } }),
      );
      expect(skipped).toMatchObject({
        total: 1,
        items: [{ userId: users[2]!.id, reason: expect.any(String) }],
      });
      const second = json(
        await conforms('listJobResults', {
          params,
          query: { page: '2', pageSize: '2' },
          token: tokens.reader,
        }),
      );
      expect(second).toMatchObject({
        total: 3,
        page: 2,
        pageSize: 2,
        items: [{ userId: users[2]!.id }],
      });
    },
  },
  {
    operationId: 'downloadJobResults',
    run: async () => {
      const { job } = await theJobOfThree();
      const params = { jobId: job.id };
      const results = await ok<{ items: { userPrincipalName: string; displayName: string }[] }>(
        'listJobResults',
        { params },
      );
      const text = (await conforms('downloadJobResults', { params })).body as string;
      expect(text.split('\r\n')[0]).toBe('UserPrincipalName,DisplayName,Outcome,Reason');
      expect(text, 'CRLF line ends').toMatch(/\r\n$/);
      const records = csvRecords(text);
      expect(records.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual([
        [results.items[0]!.userPrincipalName, results.items[0]!.displayName, 'Succeeded'],
        [results.items[1]!.userPrincipalName, results.items[1]!.displayName, 'Succeeded'],
        [results.items[2]!.userPrincipalName, results.items[2]!.displayName, 'Skipped'],
      ]);
      expect(records[3]![3], 'the reason it was skipped').not.toBe('');
      const skipped = await conforms('downloadJobResults', {
        params,
        query: { outcome: 'skipped' },
        token: tokens.reader,
      });
      expect(csvRecords(skipped.body as string)).toHaveLength(2);
    },
  },
  {
    operationId: 'cancelJob',
    run: async () => {
      // A job over every user, cancelled while it runs. The mock's default tenant is done with
      // it before the cancel arrives (48 users in a few ms): on the mock, the large one (100,000).
      const mock = await isMockServer();
      if (mock) await ok('resetDemoData', { token: null, body: { scenario: 'large' } });
      try {
        const started = await ok<JobView>('createJob', {
          body: { action: 'sendConferenceInfo', match: {} },
        });
        const headers = { 'Idempotency-Key': crypto.randomUUID() };
        const answer = await call('cancelJob', { params: { jobId: started.id }, headers });
        expect(answer.status, `J5: ${started.counts.total} users, still running`).not.toBe(409);
        expectConforms(answer);
        const cancelled = json<JobView>(answer);
        const { total, succeeded, skipped, failed, cancelled: notReached } = cancelled.counts;
        expect(cancelled).toMatchObject({ id: started.id, state: 'cancelled' });
        expect(cancelled.finishedAt).toEqual(expect.any(String));
        expect(notReached, 'the users not yet reached').toBeGreaterThan(0);
        expect(notReached).toBe(total - succeeded - skipped - failed);
        expectReplayOf(await call('cancelJob', { params: { jobId: started.id }, headers }), answer);
        const again = await call('cancelJob', { params: { jobId: started.id } });
        expect(again.problems, again.request).toEqual([]);
        expect(again.status, 'a job that has ended').toBe(409);
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(await ok('getJob', { params: { jobId: started.id } }), 'it stays cancelled').toEqual(
          cancelled,
        );
      } finally {
        if (mock) {
          await ok('resetDemoData', { token: null, body: { scenario: 'default' } });
          jobOfThree = null;
        }
      }
    },
  },
  {
    operationId: 'listSentEmails',
    mockOnly: true,
    run: async () => void (await conforms('listSentEmails')),
  },
  {
    operationId: 'dialIn',
    mockOnly: true,
    run: async () => {
      const user = await activeUser(7);
      await conforms('dialIn', { body: { conferenceId: user.conferenceId! } });
    },
  },
  {
    operationId: 'listMeetings',
    mockOnly: true,
    run: async () => void (await conforms('listMeetings')),
  },
  {
    operationId: 'endMeeting',
    mockOnly: true,
    run: async () => {
      const user = await activeUser(7);
      await conforms('endMeeting', { params: { conferenceId: user.conferenceId! } }, 204);
    },
  },
  {
    operationId: 'getNetworkConditions',
    mockOnly: true,
    run: async () => void (await conforms('getNetworkConditions', { token: null })),
  },
  {
    operationId: 'setNetworkConditions',
    mockOnly: true,
    run: async () =>
      void (await conforms('setNetworkConditions', { token: null, body: { latencyMs: 0 } })),
  },
  {
    operationId: 'listDemoTokens',
    mockOnly: true,
    run: async () => {
      const listing = json<{ users: { displayName: string }[] }>(
        await conforms('listDemoTokens', { token: null, query: { search: 'a' } }),
      );
      expect(listing.users.length).toBeGreaterThan(0);
    },
  },
  {
    operationId: 'getMockState',
    mockOnly: true,
    run: async () => {
      const state = json<{ ready: boolean; host: string; recovery: unknown }>(
        await conforms('getMockState', { token: null }),
      );
      expect(state).toMatchObject({ ready: true, host: 'server', recovery: null });
    },
  },
  {
    operationId: 'resetDemoData',
    mockOnly: true,
    run: async () => {
      await conforms('resetDemoData', { token: null }, 204);
      await conforms('resetDemoData', { token: null, body: {} }, 204);
      // Another scenario, and back: the empty tenant has no users.
      await conforms('resetDemoData', { token: null, body: { scenario: 'empty' } }, 204);
      const empty = json<{ total: number }>(await conforms('listUsers'));
      expect(empty.total).toBe(0);
      await conforms('resetDemoData', { token: null, body: { scenario: 'default' } }, 204);
      expect(
        json<{ scenario: string }>(await conforms('getMockState', { token: null })).scenario,
      ).toBe('default');
    },
  },
];

type UserDetailLike = { audioConferencing: { conferenceId: string | null } };
