/**
 * The HTTP contract suite (`npm run test:contract`): against `API_BASE_URL`, or the mock API it
 * starts. Every operation of openapi.json answers valid requests as the contract says; seeded
 * invalid inputs get a documented 4xx with `{code, message}`, never a 5xx, and change nothing;
 * concurrent writes keep the rules; callers get their own rights. A backend team points it at its
 * own server (see README, "Testing a server against the contract").
 */
import fc from 'fast-check';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { call, conformingSuccesses, json, ok, tokens } from './api';
import { badRequests, WRITE_CASES } from './invalid-inputs';
import { operations } from './openapi';
import {
  activeUsers,
  editForm,
  isMockServer,
  observableState,
  resetMock,
  userDetail,
  waitForJob,
  type JobView,
} from './tenant';
import { expectConforms, expectReplayOf, VALID_REQUESTS } from './valid-requests';

const SEED = Number(process.env.CONTRACT_SEED ?? 20261201);
const RUNS = Number(process.env.CONTRACT_RUNS ?? 100);

let mock = false;
/** Operations the suite leaves out on this server: the mock's own, on a server that isn't one. */
const skipped = new Set<string>();

beforeAll(async () => {
  mock = await isMockServer();
  if (mock) await resetMock();
  else for (const op of operations) if (op.mockOnly) skipped.add(op.operationId);
  if (!tokens.user) skipped.add('resetMyPin');
});

/** On the mock, each part starts from the seed; another server is used as it is. */
async function fresh() {
  if (mock) await resetMock();
}

describe('every operation answers valid requests as the contract says', () => {
  beforeAll(fresh);
  for (const { operationId, run } of VALID_REQUESTS) {
    it(operationId, async ({ skip }) => {
      if (skipped.has(operationId)) skip();
      await run();
    });
  }
});

describe(`invalid inputs: ${RUNS} seeded cases per write operation, each a documented 4xx with {code, message}, never a 5xx, nothing changed`, () => {
  beforeEach(fresh);
  for (const writeCase of WRITE_CASES) {
    it(writeCase.operationId, async ({ skip }) => {
      if (skipped.has(writeCase.operationId)) skip();
      const prepared = await writeCase.prepare();
      const before = await observableState(prepared.watch, mock);
      let cases = 0;
      await fc.assert(
        fc.asyncProperty(badRequests(writeCase.operationId, prepared), async (bad) => {
          cases++;
          const answer = await call(writeCase.operationId, bad.options);
          const where = `${bad.why}: ${answer.request} → ${answer.status} ${JSON.stringify(answer.body)}`;
          expect(answer.status, where).toBeGreaterThanOrEqual(400);
          expect(answer.status, where).toBeLessThan(500);
          expect(answer.problems, where).toEqual([]);
          expect(answer.body, where).toMatchObject({
            code: expect.any(String),
            message: expect.any(String),
          });
          expect(await observableState(prepared.watch, mock), `${bad.why}: nothing changes`).toBe(
            before,
          );
        }),
        // The first failing case as it was: the tenant may have changed by then, so shrinking would
        // blame a later, smaller input.
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      );
      expect(cases).toBe(RUNS);
    });
  }
});

describe('concurrent writes keep the rules (A4)', () => {
  beforeEach(fresh);

  it('20 parallel conference ID resets of 20 users: all 20 persist, all different', async () => {
    const users = (await activeUsers()).slice(0, 20);
    expect(users).toHaveLength(20);
    const answers = await Promise.all(
      users.map((user) =>
        call('resetConferenceId', {
          params: { userId: user.id },
          headers: { 'Idempotency-Key': crypto.randomUUID() },
        }),
      ),
    );
    for (const answer of answers) expectConforms(answer);
    const newIds = answers.map(
      (a) =>
        json<{ user: { audioConferencing: { conferenceId: string } } }>(a).user.audioConferencing
          .conferenceId,
    );
    expect(new Set(newIds).size).toBe(20);
    const readBack = await Promise.all(users.map((user) => userDetail(user.id)));
    expect(readBack.map((u) => u.audioConferencing.conferenceId)).toEqual(newIds);
    users.forEach((user, i) => expect(newIds[i]).not.toBe(user.conferenceId));
  });

  it('5 parallel saves of one user with the same If-Match: one 200, four 412, and the winner is kept', async () => {
    const [target] = await activeUsers();
    const user = await userDetail(target!.id);
    const dialOuts = ['None', 'DomesticOnly', 'InternationalAndDomestic', 'None', 'DomesticOnly'];
    const answers = await Promise.all(
      dialOuts.map((dialOut, i) =>
        call('updateAudioConferencing', {
          params: { userId: user.id },
          headers: { 'If-Match': user.etag },
          body: editForm(user, { allowUnauthenticatedStart: i % 2 === 0, dialOut }),
        }),
      ),
    );
    for (const answer of answers) expect(answer.problems, answer.request).toEqual([]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 412, 412, 412, 412]);
    const winner = json<{ user: { audioConferencing: unknown; etag: string } }>(
      answers.find((a) => a.status === 200)!,
    ).user;
    const readBack = await userDetail(user.id);
    expect(readBack.audioConferencing).toEqual(winner.audioConferencing);
    expect(readBack.etag).toBe(winner.etag);
  });

  it('5 parallel starts of one job with one Idempotency-Key: one job, acting on each user once (J3)', async () => {
    const users = (await activeUsers()).slice(0, 3);
    const body = { action: 'resetConferenceIds', userIds: users.map((u) => u.id) };
    const headers = { 'Idempotency-Key': crypto.randomUUID() };
    const before = await ok<{ items: JobView[] }>('listJobs');
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => call('createJob', { body, headers })),
    );
    // The first runs; a repeat is its replay, or 409 while the first is still being answered.
    const first = answers.find((a) => a.status === 201 && !a.headers.has('Idempotent-Replayed'));
    expect(first, JSON.stringify(answers.map((a) => [a.status, a.body]))).toBeDefined();
    expectConforms(first!, 201);
    for (const answer of answers) {
      if (answer === first) continue;
      if (answer.status === 409) expect(answer.problems, answer.request).toEqual([]);
      else expectReplayOf(answer, first!);
    }
    const job = json<JobView>(first!);
    const after = await ok<{ items: JobView[] }>('listJobs');
    expect(after.items.map((j) => j.id)).toEqual([
      job.id,
      ...before.items.map((j) => j.id).slice(0, 49),
    ]);
    const done = await waitForJob(job.id);
    expect(done.counts).toMatchObject({ total: 3, done: 3, succeeded: 3 });
    const readBack = await Promise.all(users.map((user) => userDetail(user.id)));
    readBack.forEach((user, i) =>
      expect(user.audioConferencing.conferenceId).not.toBe(users[i]!.conferenceId),
    );
    if (mock) {
      // One email per user, with the new ID: the job ran once.
      const emails = await ok<{ items: { userId: string | null }[] }>('listSentEmails');
      for (const user of users) {
        expect(emails.items.filter((m) => m.userId === user.id)).toHaveLength(1);
      }
    }
  });
});

describe('callers: the bearer token decides (A1, P7)', () => {
  beforeAll(fresh);

  it('without a token every operation but the public ones gets 401 with a Bearer challenge', async () => {
    const user = (await activeUsers())[0]!;
    for (const op of operations) {
      if (op.access === 'public' || skipped.has(op.operationId)) continue;
      const params = Object.fromEntries(
        op.parameters
          .filter((p) => p.in === 'path')
          .map((p) => [p.name, p.name === 'userId' ? user.id : 'x']),
      );
      const answer = await call(op.operationId, { token: null, params });
      expect(answer.status, answer.request).toBe(401);
      expect(answer.problems, answer.request).toEqual([]);
      expect(answer.headers.get('WWW-Authenticate'), answer.request).toMatch(/^Bearer /);
    }
  });

  it('two callers at once on one tenant each get their own rights', async () => {
    const user = await userDetail((await activeUsers())[0]!.id);
    const request = { params: { userId: user.id } };
    const [reader, admin] = await Promise.all([
      call('resetConferenceId', { ...request, token: tokens.reader }),
      call('getMe', { token: tokens.admin }),
    ]);
    expect(reader.status).toBe(403);
    expect(reader.problems).toEqual([]);
    expect((await userDetail(user.id)).etag, "the reader's attempt changed nothing").toBe(
      user.etag,
    );
    expect(json(admin)).toMatchObject({ canChange: true });
    const done = await call('resetConferenceId', { ...request, token: tokens.admin });
    expectConforms(done);
    const seenByReader = await ok<{ audioConferencing: { conferenceId: string } }>('getUser', {
      ...request,
      token: tokens.reader,
    });
    expect(seenByReader.audioConferencing.conferenceId).toBe(
      json<{ user: { audioConferencing: { conferenceId: string } } }>(done).user.audioConferencing
        .conferenceId,
    );
  });
});

describe('coverage', () => {
  it('every operation of openapi.json was answered with a conforming 2xx', () => {
    const missing = operations
      .map((op) => op.operationId)
      .filter((id) => !skipped.has(id) && !conformingSuccesses.has(id));
    expect(missing).toEqual([]);
    const withValidRequests = new Set(VALID_REQUESTS.map((v) => v.operationId));
    expect(
      operations.filter((op) => !withValidRequests.has(op.operationId)).map((op) => op.operationId),
    ).toEqual([]);
    const writes = new Set(WRITE_CASES.map((w) => w.operationId));
    // Every operation that changes something has its invalid inputs.
    const untested = operations
      .filter((op) => op.method !== 'get' && !writes.has(op.operationId))
      .map((op) => op.operationId);
    expect(untested).toEqual([]);
  });
});
