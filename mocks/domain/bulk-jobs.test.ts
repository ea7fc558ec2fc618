import { describe, expect, it } from 'vitest';
import { generateScenario } from '../scenarios/scenarios';
import {
  cancelJob,
  createJob,
  failedUsers,
  jobCounts,
  runJobSteps,
  type JobAction,
} from './bulk-jobs';
import { restoreJob, storeJob } from './job-storage';
import { sendConferenceInfo } from './actions';
import { appendAudit, AUDIT_LIMIT, trimAudit } from './audit';
import { MAILBOX_LIMIT } from './email';
import { lockPin } from './pin-lock';
import { AMOS, DIEGO, expectOk, KEN, LIDIA, MEGAN, testContext, userByName } from './test-helpers';

const NOW = new Date('2026-11-22T10:00:00Z');

function jobOver(action: JobAction, names: string[], t = generateScenario('default')) {
  const job = createJob({
    id: 'job-1',
    action,
    startedBy: 'Adele Vance',
    startedAt: NOW,
    users: names.map((name) => ({ userId: userByName(t, name).id })),
  });
  return { t, job };
}

describe('bulk jobs as they run (J1, J3–J6)', () => {
  it('J3: each step is the single action: the same email as a single reset, once per user', () => {
    const { t, job } = jobOver('resetConferenceIds', [AMOS, KEN, AMOS]);
    const before = [AMOS, KEN].map((name) => userByName(t, name).audio.conferenceId);
    expect(job.steps).toHaveLength(2);

    runJobSteps(t, testContext(), job, { maxSteps: 1 });
    expect(jobCounts(job)).toMatchObject({ total: 2, done: 1, succeeded: 1 });
    expect(job.state).toBe('running');
    runJobSteps(t, testContext(), job, { maxSteps: 10 });
    runJobSteps(t, testContext(), job, { maxSteps: 10 });

    expect(job.state).toBe('completed');
    expect(job.finishedAt).toBe('2026-11-22T10:00:00.000Z');
    expect([AMOS, KEN].map((name) => userByName(t, name).audio.conferenceId)).not.toEqual(
      expect.arrayContaining(before),
    );
    expect(t.mailbox.map((m) => [m.to, m.subject])).toEqual([
      ['amos.marble@contoso.com', 'Your Audio Conferencing conference ID has changed'],
      ['ken.myer@contoso.com', 'Your Audio Conferencing conference ID has changed'],
    ]);
  });

  it('J4: a bulk PIN reset emails every changed user, even with automatic emails off, and keeps no PIN', () => {
    const { t, job } = jobOver('resetPins', [AMOS, KEN, MEGAN]);
    t.bridge.autoSendEmails = false;
    const reports: string[] = [];
    runJobSteps(t, testContext(), job, { maxSteps: 10, onStep: (r) => reports.push(r.outcome) });
    expect(reports).toEqual(['succeeded', 'succeeded', 'skipped']);
    expect(t.mailbox.map((m) => m.to)).toEqual(['amos.marble@contoso.com', 'ken.myer@contoso.com']);
    expect(t.mailbox.every((m) => m.subject === 'Your Audio Conferencing PIN has been reset')).toBe(
      true,
    );
    expect(job.steps[2]).toMatchObject({
      outcome: 'skipped',
      reason: expect.stringMatching(/Reset their PIN on their own to see it/) as string,
    });
    // The job holds outcomes and reasons only: no field where a PIN could be.
    expect(Object.keys(job.steps[0]!).sort()).toEqual(['outcome', 'reason', 'userId']);
  });

  it('J2: each step checks the rules again when it runs — a PIN locked after the preview is skipped', () => {
    const { t, job } = jobOver('resetPins', [KEN, AMOS]);
    runJobSteps(t, testContext(), job, { maxSteps: 1 });
    expectOk(lockPin(t, userByName(t, AMOS).id));
    runJobSteps(t, testContext(), job, { maxSteps: 10 });
    expect(job.steps.map((s) => s.outcome)).toEqual(['succeeded', 'skipped']);
    expect(job.steps[1]!.reason).toMatch(/locked/);
  });

  it('J6: a failed step marks that user Failed with the reason, and the job goes on; the retry has exactly those users', () => {
    const { t, job } = jobOver('sendConferenceInfo', [AMOS, KEN, DIEGO, LIDIA]);
    const ken = userByName(t, KEN).id;
    runJobSteps(t, testContext(), job, {
      maxSteps: 10,
      faultOf: (step) => (step.userId === ken ? 'The server had a problem and did nothing.' : null),
    });
    expect(jobCounts(job)).toEqual({
      total: 4,
      done: 4,
      succeeded: 2,
      skipped: 1,
      failed: 1,
      cancelled: 0,
    });
    expect(job.steps[1]).toMatchObject({
      outcome: 'failed',
      reason: 'The server had a problem and did nothing.',
    });
    expect(failedUsers(job)).toEqual([{ userId: ken }]);
    const retry = createJob({
      id: 'job-2',
      action: job.action,
      startedBy: 'Adele Vance',
      startedAt: NOW,
      users: failedUsers(job),
      retryOf: job.id,
    });
    runJobSteps(t, testContext(), retry, { maxSteps: 10 });
    expect(jobCounts(retry)).toMatchObject({ total: 1, succeeded: 1 });
    expect(t.mailbox.filter((m) => m.to === 'ken.myer@contoso.com')).toHaveLength(1);
  });

  it('J5: a cancel ends the users not yet reached as Cancelled; what was done stays done', () => {
    const { t, job } = jobOver('resetConferenceIds', [AMOS, KEN, DIEGO]);
    runJobSteps(t, testContext(), job, { maxSteps: 1 });
    expect(cancelJob(job, NOW)).toBe(true);
    expect(cancelJob(job, NOW)).toBe(false);
    runJobSteps(t, testContext(), job, { maxSteps: 10 });
    expect(job.state).toBe('cancelled');
    expect(jobCounts(job)).toMatchObject({ succeeded: 1, cancelled: 2 });
    expect(t.mailbox).toHaveLength(1);
  });

  it('J8: an import sets each user’s ID from the file; a step whose ID was taken since fails with the reason', () => {
    const t = generateScenario('default');
    const amos = userByName(t, AMOS).id;
    const ken = userByName(t, KEN).id;
    const job = createJob({
      id: 'job-3',
      action: 'importConferenceIds',
      startedBy: 'Adele Vance',
      startedAt: NOW,
      users: [
        { userId: amos, conferenceId: '7654321' },
        { userId: ken, conferenceId: '7654321' },
      ],
    });
    runJobSteps(t, testContext(), job, { maxSteps: 10 });
    expect(userByName(t, AMOS).audio.conferenceId).toBe('7654321');
    expect(job.steps[1]).toMatchObject({
      outcome: 'failed',
      reason: 'That conference ID is in use. Choose another.',
    });
    expect(failedUsers(job)).toEqual([{ userId: ken, conferenceId: '7654321' }]);
  });

  it('J1: a job with nobody in it is complete at once', () => {
    const job = createJob({
      id: 'j',
      action: 'unlockPins',
      startedBy: 'x',
      startedAt: NOW,
      users: [],
    });
    expect(job).toMatchObject({ state: 'completed', finishedAt: NOW.toISOString() });
  });
});

describe('bulk jobs as they are saved (J7)', () => {
  const names = [AMOS, KEN, DIEGO, MEGAN, LIDIA];
  const summary = (job: { steps: { userId: string; outcome: string; reason: string | null }[] }) =>
    job.steps.map((step) => [step.userId, step.outcome, step.reason]);

  it('J7: saved after each batch of steps, a job reads back as it was, skips’ reasons and all', () => {
    const { t, job } = jobOver('sendConferenceInfo', names);
    // The same job saved again and again: each save encodes what changed since the last.
    for (let batch = 0; batch < 3; batch++) {
      runJobSteps(t, testContext(), job, { maxSteps: 2 });
      const restored = restoreJob(t, storeJob(t, job));
      expect(summary(restored)).toEqual(summary(job));
      expect(restored.cursor).toBe(job.cursor);
    }
    expect(job.steps.some((step) => step.outcome === 'skipped')).toBe(true);
    expect(jobCounts(restoreJob(t, storeJob(t, job)))).toEqual(jobCounts(job));
  });

  it('J5 + J7: a cancel after a save is saved too', () => {
    const { t, job } = jobOver('resetConferenceIds', names);
    runJobSteps(t, testContext(), job, { maxSteps: 1 });
    storeJob(t, job);
    cancelJob(job, NOW);
    const restored = restoreJob(t, storeJob(t, job));
    expect(summary(restored)).toEqual(summary(job));
    expect(jobCounts(restored)).toMatchObject({ succeeded: 1, cancelled: 4 });
  });

  it('J7: a job whose results were dropped keeps only its counts', () => {
    const { t, job } = jobOver('unlockPins', names);
    runJobSteps(t, testContext(), job, { maxSteps: 10 });
    const counts = jobCounts(job);
    storeJob(t, job);
    job.keptCounts = counts;
    job.steps = [];
    const stored = storeJob(t, job);
    expect(stored).toMatchObject({ positions: [], outcomes: '', reasonOf: [] });
    const restored = restoreJob(t, stored);
    expect(restored.steps).toEqual([]);
    expect(jobCounts(restored)).toEqual(counts);
  });
});

describe('bulk jobs and the logs they fill (E5, A2)', () => {
  it(`a batch of steps leaves the mailbox at its ${MAILBOX_LIMIT} newest emails, the job’s last`, () => {
    const { t, job } = jobOver('sendConferenceInfo', [AMOS, KEN, DIEGO, LIDIA]);
    const ctx = testContext();
    for (let i = 0; i < MAILBOX_LIMIT - 1; i++) {
      expectOk(sendConferenceInfo(t, ctx, userByName(t, AMOS).id, undefined));
    }
    const before = t.mailbox.at(-1)!.id;
    runJobSteps(t, ctx, job, { maxSteps: 10 });
    expect(t.mailbox).toHaveLength(MAILBOX_LIMIT);
    expect(t.logTrimDeferred).toBe(false);
    const sentByJob = t.mailbox.slice(t.mailbox.findIndex((m) => m.id === before) + 1);
    const succeeded = job.steps.filter((step) => step.outcome === 'succeeded');
    expect(succeeded.length).toBeGreaterThanOrEqual(3);
    expect(sentByJob.map((m) => m.userId)).toEqual(succeeded.map((step) => step.userId));
    // What a step's audit entry does while the batch runs: appended now, trimmed at its end.
    for (let i = 0; i < AUDIT_LIMIT + 2; i++) {
      appendAudit(t.auditLog, auditOf(i), t.nextAuditNumber++, false);
    }
    expect(t.auditLog).toHaveLength(AUDIT_LIMIT + 2);
    trimAudit(t.auditLog);
    expect(t.auditLog).toHaveLength(AUDIT_LIMIT);
    expect(t.auditLog.at(-1)!.id).toBe(`audit-${t.nextAuditNumber - 1}`);
  });
});

function auditOf(i: number) {
  return {
    at: NOW.toISOString(),
    actor: 'Adele Vance',
    role: 'TeamsAdministrator' as const,
    action: 'sendConferenceInfo' as const,
    targetUserId: `user-${i}`,
    targetName: `User ${i}`,
    outcome: 'succeeded' as const,
    reason: null,
  };
}
