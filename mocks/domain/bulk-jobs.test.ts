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
