import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { DEMO_ADMIN_TOKENS } from '../../src/api/contract/mock';
import type { JobPreview, JobResultsPage, JobView } from '../../src/api/contract/jobs';
import type { AuditEntryView } from '../../src/api/contract/audit';
import type { SentEmail } from '../../src/api/contract/common';
import type { MockFaults } from '../../src/api/contract/mock-settings';
import { parseCsv } from '../../src/lib/csv';
import { userPrincipalName } from '../domain/bulk-preview';
import { createFaultState, NO_FAULTS } from '../faults';
import { STEP_FAULT } from '../job-runner';
import { createMockStore, memoryStorage, stateKey, type KeyValueStorage } from '../store';
import { createHandlers } from './handlers';

const ORIGIN = 'http://mock.test';

/** The browser's handler set over `storage`: a second one on the same storage is a reloaded tab. */
function mock(
  storage: KeyValueStorage = memoryStorage(),
  faults: Partial<MockFaults> = {},
  jobRunner?: { sliceMs: number; batchSteps: number; flushMs: number },
) {
  const store = createMockStore({ storage, scenario: 'default' });
  const faultState = createFaultState({ ...NO_FAULTS, ...faults });
  const handlers = createHandlers({
    store,
    faults: faultState,
    basePath: `${ORIGIN}/api`,
    host: 'browser',
    jobOwner: 'tab-1',
    jobRunner,
  });
  async function call<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
    token = DEMO_ADMIN_TOKENS.TeamsAdministrator,
  ) {
    const request = new Request(`${ORIGIN}/api${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const response = await getResponse(handlers, request);
    if (!response) throw new Error(`No handler for ${method} ${path}`);
    const text = await response.text();
    const isCsv = response.headers.get('Content-Type')?.startsWith('text/csv');
    return {
      status: response.status,
      headers: response.headers,
      text,
      body: (text && !isCsv ? JSON.parse(text) : null) as T,
    };
  }
  const idOf = (name: string) => store.read().users.find((u) => u.displayName === name)!.id;
  async function waitForJob(jobId: string): Promise<JobView> {
    for (let i = 0; i < 500; i++) {
      const { status, body } = await call<JobView>('GET', `/jobs/${jobId}`);
      // Under a failure rate the read itself may fail: read again.
      if (status === 200 && body.state !== 'running') return body;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    throw new Error(`Job ${jobId} did not end`);
  }
  return { store, faults: faultState, call, idOf, waitForJob };
}

const AMOS = 'Amos Marble';
const KEN = 'Ken Myer';
const MEGAN = 'Megan Bowen';
const DIEGO = 'Diego Siciliani';

describe('bulk jobs over HTTP (J1–J8)', () => {
  it('J2: a preview says who changes and who is skipped, and changes nothing', async () => {
    const { call, idOf, store } = mock();
    const before = JSON.stringify(store.read().users);
    const { status, body } = await call<JobPreview>('POST', '/job-previews', {
      action: 'resetPins',
      userIds: [idOf(AMOS), idOf(KEN), idOf(MEGAN)],
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ total: 3, willChange: 2, skippedCount: 1 });
    expect(body.skipped).toEqual([
      expect.objectContaining({ displayName: MEGAN, reason: expect.stringMatching(/no mailbox/) }),
    ]);
    expect(JSON.stringify(store.read().users)).toBe(before);
    expect(store.read().jobs).toHaveLength(0);
  });

  it('J1, J3: a job runs each step once: a new ID, one email and one audit entry with the job id per user', async () => {
    const { call, idOf, store, waitForJob } = mock();
    const names = [AMOS, KEN, 'Alex Wilber'];
    const ids = names.map(idOf);
    const before = ids.map((id) => store.read().usersById.get(id)!.audio.conferenceId);
    const started = await call<JobView>(
      'POST',
      '/jobs',
      { action: 'resetConferenceIds', userIds: ids },
      { 'Idempotency-Key': 'start-1' },
    );
    expect(started.status).toBe(201);
    expect(started.headers.get('Location')).toBe(`/api/jobs/${started.body.id}`);
    expect(started.body).toMatchObject({ state: 'running', startedBy: expect.any(String) });

    const done = await waitForJob(started.body.id);
    expect(done).toMatchObject({
      state: 'completed',
      counts: { total: 3, done: 3, succeeded: 2, skipped: 1, failed: 0, cancelled: 0 },
    });
    const after = ids.map((id) => store.read().usersById.get(id)!.audio.conferenceId);
    expect(after[0]).not.toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
    expect(after[2], 'a third-party user is skipped (C5)').toBe(before[2]);
    // M2: a job that changes IDs queues each changed user's meeting migration, as one reset does.
    const queued = store.read().migrations.filter((m) => m.state === 'Pending');
    expect(queued.map((m) => m.userId).sort()).toEqual([ids[0], ids[1]].sort());

    const emails = (await call<{ items: SentEmail[] }>('GET', '/emails')).body.items;
    expect(emails.filter((m) => m.userId === ids[0])).toHaveLength(1);
    expect(emails.filter((m) => m.userId === ids[1])).toHaveLength(1);
    const audit = (await call<{ items: AuditEntryView[] }>('GET', `/audit-log?jobId=${done.id}`))
      .body.items;
    expect(audit.map((e) => [e.targetName, e.action, e.outcome]).sort()).toEqual([
      [AMOS, 'resetConferenceId', 'succeeded'],
      [KEN, 'resetConferenceId', 'succeeded'],
    ]);
    // S1: each step shows the single action's PowerShell: a conference ID reset has no cmdlet.
    for (const entry of audit) {
      expect(entry.powerShell).toEqual({
        commands: [],
        notes: [expect.stringMatching(/-ResetConferenceId parameter was retired in 2022/)],
      });
    }

    const results = await call<JobResultsPage>('GET', `/jobs/${done.id}/results?outcome=skipped`);
    expect(results.body.items).toEqual([
      expect.objectContaining({ displayName: 'Alex Wilber', outcome: 'skipped' }),
    ]);
  });

  it('J3: a double click (the same Idempotency-Key) starts one job', async () => {
    const { call, idOf, store } = mock();
    const body = { action: 'unlockPins', userIds: [idOf(DIEGO)] };
    const [first, second] = await Promise.all([
      call<JobView>('POST', '/jobs', body, { 'Idempotency-Key': 'twice' }),
      call<JobView>('POST', '/jobs', body, { 'Idempotency-Key': 'twice' }),
    ]);
    const statuses = [first.status, second.status].sort();
    expect(statuses[0]).toBe(201);
    expect([201, 409]).toContain(statuses[1]);
    const replay = await call<JobView>('POST', '/jobs', body, { 'Idempotency-Key': 'twice' });
    expect(replay.body.id).toBe((first.status === 201 ? first : second).body.id);
    expect(store.read().jobs).toHaveLength(1);
  });

  it('J1: every user matching a filter, fixed when the job starts', async () => {
    const { call, idOf, store, waitForJob } = mock();
    const started = await call<JobView>('POST', '/jobs', {
      action: 'unlockPins',
      match: { filter: ['pinLocked:eq:true'] },
    });
    expect(started.status).toBe(201);
    const done = await waitForJob(started.body.id);
    expect(done.counts.succeeded).toBe(done.counts.total);
    expect(store.read().usersById.get(idOf(DIEGO))!.pin.locked).toBe(false);
    expect(store.read().users.some((u) => u.pin.locked)).toBe(false);
  });

  it('J4: a bulk PIN reset shows no PIN anywhere and skips Megan Bowen (no mailbox)', async () => {
    const { call, idOf, waitForJob } = mock();
    const started = await call('POST', '/jobs', {
      action: 'resetPins',
      userIds: [idOf(AMOS), idOf(MEGAN)],
    });
    const done = await waitForJob(started.body.id as string);
    const results = await call('GET', `/jobs/${done.id}/results`);
    const file = await call('GET', `/jobs/${done.id}/results.csv`);
    for (const text of [started.text, JSON.stringify(done), results.text, file.text]) {
      expect(text).not.toMatch(/"pin"|\b\d{4,12}\b(?!-)/);
    }
    expect(results.body).toMatchObject({
      items: [
        { displayName: AMOS, outcome: 'succeeded', reason: null },
        { displayName: MEGAN, outcome: 'skipped', reason: expect.stringMatching(/no mailbox/) },
      ],
    });
    // S1: the job's entry is a pipeline over a file of its users; each step's is its own cmdlet.
    const audit = (await call('GET', '/audit-log')).body.items as AuditEntryView[];
    const step = audit.find((e) => e.jobId === done.id && e.targetName === AMOS);
    expect(step?.powerShell?.commands).toEqual([
      "Set-CsOnlineDialInConferencingUser -Identity 'amos.marble@contoso.com' -ResetLeaderPin -SendEmail",
    ]);
    const job = audit.find((e) => e.action === 'startJob');
    expect(job?.powerShell?.commands).toEqual([
      "Import-Csv -Path 'users.csv' | ForEach-Object { Set-CsOnlineDialInConferencingUser -Identity $_.UserPrincipalName -ResetLeaderPin -SendEmail }",
    ]);
    expect(JSON.stringify(audit)).not.toMatch(/\b\d{4,12}\b(?!-)/);
  });

  it('J6: at a failure rate, some users fail with the reason; Retry failed users finishes exactly them', async () => {
    const { call, faults, store, waitForJob } = mock(memoryStorage(), { failureRate: 50 });
    const ids = store
      .read()
      .users.filter((u) => u.audio.enabled && u.audio.provider === 'Microsoft' && u.email)
      .slice(0, 40)
      .map((u) => u.id);
    // Faults apply to the job's steps; the request that starts it must get through.
    faults.set({ failureRate: 0 });
    const started = await call<JobView>('POST', '/jobs', {
      action: 'sendConferenceInfo',
      userIds: ids,
    });
    faults.set({ failureRate: 50 });
    const first = await waitForJob(started.body.id);
    faults.set({ failureRate: 0 });
    expect(first.counts.failed).toBeGreaterThan(0);
    expect(first.counts.succeeded).toBeGreaterThan(0);
    const failed = await call<JobResultsPage>(
      'GET',
      `/jobs/${first.id}/results?outcome=failed&pageSize=100`,
    );
    expect(failed.body.items.every((r) => r.reason === STEP_FAULT)).toBe(true);

    const retry = await call<JobView>('POST', '/jobs', {
      action: 'sendConferenceInfo',
      retryOf: first.id,
    });
    expect(retry.body).toMatchObject({ retryOf: first.id, counts: { total: first.counts.failed } });
    const second = await waitForJob(retry.body.id);
    expect(second.counts.succeeded).toBe(first.counts.failed);
    const emails = (await call<{ items: SentEmail[] }>('GET', '/emails')).body.items;
    for (const id of ids) expect(emails.filter((m) => m.userId === id)).toHaveLength(1);
  });

  it('J5: a cancelled job leaves the users it had not reached Cancelled', async () => {
    const { call, store } = mock();
    const ids = store.read().users.map((u) => u.id);
    const started = await call<JobView>('POST', '/jobs', {
      action: 'sendConferenceInfo',
      userIds: ids,
    });
    const cancelled = await call<JobView>('POST', `/jobs/${started.body.id}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.state).toBe('cancelled');
    const { total, succeeded, skipped, failed, cancelled: notReached } = cancelled.body.counts;
    expect(notReached).toBeGreaterThan(0);
    expect(notReached).toBe(total - succeeded - skipped - failed);
    const again = await call('POST', `/jobs/${started.body.id}/cancel`);
    expect(again.status).toBe(409);
  });

  it('J7: a Global Reader sees jobs but can start or cancel none (403, audited as forbidden)', async () => {
    const { call, idOf, store } = mock();
    const reader = DEMO_ADMIN_TOKENS.GlobalReader;
    const started = await call(
      'POST',
      '/jobs',
      { action: 'unlockPins', userIds: [idOf(DIEGO)] },
      {},
      reader,
    );
    expect(started.status).toBe(403);
    expect(store.read().jobs).toHaveLength(0);
    const own = await call<JobView>('POST', '/jobs', {
      action: 'unlockPins',
      userIds: [idOf(DIEGO)],
    });
    expect((await call('GET', '/jobs', undefined, {}, reader)).status).toBe(200);
    expect((await call('GET', `/jobs/${own.body.id}`, undefined, {}, reader)).status).toBe(200);
    expect((await call('POST', `/jobs/${own.body.id}/cancel`, undefined, {}, reader)).status).toBe(
      403,
    );
    const audit = (await call<{ items: AuditEntryView[] }>('GET', '/audit-log')).body.items;
    expect(
      audit
        .filter((e) => e.outcome === 'forbidden')
        .map((e) => e.action)
        .sort(),
    ).toEqual(['cancelJob', 'startJob']);
  });

  it('J8: an import applies the valid rows only; each bad row is listed with its line and reason', async () => {
    const { call, store, idOf, waitForJob } = mock();
    const upn = (name: string) => userPrincipalName(store.read().usersById.get(idOf(name))!);
    const amosId = store.read().usersById.get(idOf(AMOS))!.audio.conferenceId!;
    const rows = [
      { line: 2, userPrincipalName: upn(AMOS), conferenceId: '7000001' },
      { line: 3, userPrincipalName: upn(KEN), conferenceId: '7000002' },
      { line: 4, userPrincipalName: upn(DIEGO), conferenceId: '7000003' },
      { line: 5, userPrincipalName: 'nobody@contoso.com', conferenceId: '7000004' },
      { line: 6, userPrincipalName: upn('Lidia Holloway'), conferenceId: '7000005' },
      { line: 7, userPrincipalName: upn(MEGAN), conferenceId: '12ab' },
    ];
    const preview = await call<JobPreview>('POST', '/job-previews', {
      action: 'importConferenceIds',
      rows,
    });
    expect(preview.body).toMatchObject({ total: 3, willChange: 3, skippedCount: 3 });
    expect(preview.body.rows!.filter((r) => !r.valid).map((r) => r.line)).toEqual([5, 6, 7]);
    const started = await call<JobView>('POST', '/jobs', { action: 'importConferenceIds', rows });
    const done = await waitForJob(started.body.id);
    expect(done.counts).toMatchObject({ total: 3, succeeded: 3 });
    expect(store.read().usersById.get(idOf(AMOS))!.audio.conferenceId).toBe('7000001');
    expect(store.read().retiredConferenceIds.has(amosId)).toBe(true);
    const file = parseCsv((await call('GET', `/jobs/${done.id}/results.csv`)).text);
    expect(file.ok && file.records[0]!.fields).toEqual([
      'UserPrincipalName',
      'DisplayName',
      'ConferenceId',
      'Outcome',
      'Reason',
    ]);
    // S1: each imported ID is one the admin center sets itself: no cmdlet, and it says so.
    const audit = (await call('GET', `/audit-log?jobId=${done.id}&userId=${idOf(AMOS)}`)).body
      .items as AuditEntryView[];
    expect(audit).toHaveLength(1);
    expect(audit[0]!.powerShell).toEqual({
      commands: [],
      notes: [expect.stringMatching(/^No current cmdlet sets a conference ID \(7000001\)/)],
    });
  });

  it('J3: a job interrupted by a reload resumes where its last save left it, acting on no user twice', async () => {
    const storage = memoryStorage();
    // The first tab: one batch of steps at a time, saved every few batches; then it goes away,
    // and what it did after its last save is lost with it.
    let saves = 0;
    let gone = false;
    const tab = {
      getItem: (key: string) => storage.getItem(key),
      setItem: (key: string, value: string) => {
        if (gone) return;
        storage.setItem(key, value);
        // The job's start, then two of its saves: then the tab is closed.
        if (key === stateKey('default') && ++saves === 3) gone = true;
      },
      removeItem: (key: string) => void (gone || storage.removeItem(key)),
    };
    const first = mock(tab, {}, { sliceMs: 0, batchSteps: 1, flushMs: 5 });
    const ids = first.store.read().users.map((u) => u.id);
    const started = await first.call<JobView>('POST', '/jobs', {
      action: 'sendConferenceInfo',
      userIds: ids,
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(gone).toBe(true);
    const saved = createMockStore({ storage, scenario: 'default' }).read();
    const savedJob = saved.jobs.find((job) => job.id === started.body.id)!;
    expect(savedJob.cursor, 'saved part-way').toBeGreaterThan(0);
    expect(savedJob.cursor).toBeLessThan(ids.length);

    const second = mock(storage);
    const done = await second.waitForJob(started.body.id);
    expect(done.state).toBe('completed');
    expect(done.counts.done).toBe(ids.length);
    const emails = (await second.call<{ items: SentEmail[] }>('GET', '/emails')).body.items;
    const perUser = new Map<string, number>();
    for (const m of emails) perUser.set(m.userId!, (perUser.get(m.userId!) ?? 0) + 1);
    expect([...perUser.values()].every((n) => n === 1)).toBe(true);
    expect(perUser.size).toBe(done.counts.succeeded);
  });

  it('J8: Export to CSV writes every matching user, values a spreadsheet would run escaped', async () => {
    const { call, store } = mock();
    const answer = await call('GET', '/users/export?filter=pinLocked:eq:false');
    expect(answer.headers.get('Content-Type')).toMatch(/^text\/csv/);
    const parsed = parseCsv(answer.text);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.records[0]!.fields[0]).toBe('Display name');
    expect(parsed.records).toHaveLength(1 + store.read().users.filter((u) => !u.pin.locked).length);
  });
});
