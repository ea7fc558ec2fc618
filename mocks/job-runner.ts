/**
 * Runs the mock's bulk jobs (J3, J5, J6): a slice of steps at a time (about 8 ms), then the host
 * gets its turn, so that requests are answered while a job runs (in the browser the host is the
 * mock's worker, decision 021; the page is not held up by either). A slice's steps and
 * their effects are saved together about once a second; a reload resumes from what was saved,
 * so no user is acted on twice. Tabs share the saved state: a lease says which one runs a job.
 */
import type { JobAction } from '../src/api/contract/jobs';
import { appendAudit, type AuditAction } from './domain/audit';
import { runJobSteps, stopJob, type BulkJob, type StepReport } from './domain/bulk-jobs';
import type { DomainContext, Tenant } from './domain/types';
import { stepFails, type FaultState } from './faults';
import { StorageRefusedError, type MockStore } from './store';

/** The single action each step is, as the audit log names it (J3). */
const STEP_ACTION: Record<JobAction, AuditAction> = {
  resetConferenceIds: 'resetConferenceId',
  resetPins: 'resetPin',
  sendConferenceInfo: 'sendConferenceInfo',
  unlockPins: 'unlockPin',
  importConferenceIds: 'setConferenceId',
};

export const STEP_FAULT =
  'The server had a problem with this user and did nothing. Retry the failed users.';

export interface JobRunnerOptions {
  store: MockStore;
  faults: FaultState;
  ctx: DomainContext;
  /** This host's name in a job's lease (a tab keeps its own across reloads). */
  owner: string;
  sliceMs?: number;
  /** Steps between two looks at the clock. */
  batchSteps?: number;
  /** A save at least this often while a job runs… */
  flushMs?: number;
  /** …and after this many steps: what a save writes grows with the steps since the last one. */
  flushSteps?: number;
  leaseMs?: number;
}

export interface JobRunner {
  /** Looks for a job to run, now or after a request: resumes what a reload interrupted. */
  kick(): void;
  /** Stops scheduling (tests, a host shutting down). */
  stop(): void;
}

function auditStep(tenant: Tenant, ctx: DomainContext, job: BulkJob, report: StepReport) {
  // A skipped user was never acted on: the preview said why, and the results say it again.
  if (report.outcome === 'skipped') return;
  const user = tenant.usersById.get(report.step.userId);
  appendAudit(
    tenant.auditLog,
    {
      at: ctx.now().toISOString(),
      actor: job.startedBy,
      role: job.startedByRole,
      action: STEP_ACTION[job.action],
      targetUserId: report.step.userId,
      targetName: user?.displayName ?? 'Unknown user',
      outcome: report.outcome === 'succeeded' ? 'succeeded' : 'refused',
      reason: report.outcome === 'succeeded' ? null : report.step.reason,
      jobId: job.id,
      // S1: its PowerShell is made when the log is read (handlers/audit.ts): a job of 100,000
      // users would otherwise make and keep 100,000 commands that the log mostly drops.
    },
    tenant.nextAuditNumber++,
    // Trimmed once at the end of the batch of steps (runJobSteps).
    !tenant.logTrimDeferred,
  );
}

export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const { store, faults, ctx, owner } = options;
  const sliceMs = options.sliceMs ?? 8;
  const flushMs = options.flushMs ?? 1_000;
  const batchSteps = options.batchSteps ?? 50;
  const leaseMs = options.leaseMs ?? 5_000;
  const flushSteps = options.flushSteps ?? 500;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let lastFlush = 0;
  let unsavedSteps = 0;
  /** The job whose steps since the last save are not saved yet. */
  let unsavedJob: BulkJob | null = null;

  function schedule(delay: number) {
    if (stopped || timer !== undefined) return;
    timer = setTimeout(tick, delay);
  }

  const mayRun = (job: BulkJob, now: number) =>
    !job.runner || job.runner.owner === owner || Date.parse(job.runner.until) < now;

  function faultOf(): string | null {
    // J6: the failure rate applies to each user's step; the job goes on.
    return stepFails(faults, ctx.random) ? STEP_FAULT : null;
  }

  const flushDue = () => unsavedSteps >= flushSteps || performance.now() - lastFlush >= flushMs;

  function flush(job: BulkJob | null) {
    lastFlush = performance.now();
    unsavedSteps = 0;
    try {
      store.flush();
    } catch (error) {
      if (!(error instanceof StorageRefusedError) || !job) throw error;
      // The steps since the last save are undone with their effects; the rest can't be saved.
      store.write((tenant) => {
        const saved = tenant.jobs.find((candidate) => candidate.id === job.id);
        if (saved) stopJob(saved, error.message, ctx.now());
      });
    }
  }

  function tick() {
    timer = undefined;
    // A save is a task of its own, not the end of a slice: neither makes a long task. The end of
    // a job is saved at once.
    if (unsavedJob && (unsavedJob.state !== 'running' || flushDue())) {
      save(unsavedJob);
      return;
    }
    const now = ctx.now().getTime();
    const running = store.read().jobs.filter((job) => job.state === 'running');
    const job = running.find((candidate) => mayRun(candidate, now));
    if (!job) {
      flush(null);
      // Another tab holds the lease: look again when it may have lapsed.
      if (running.length > 0) schedule(leaseMs / 2);
      return;
    }
    const started = performance.now();
    store.defer((tenant) => {
      job.runner = { owner, until: new Date(now + leaseMs).toISOString() };
      do {
        runJobSteps(tenant, ctx, job, {
          maxSteps: batchSteps,
          faultOf,
          onStep: (report) => {
            unsavedSteps++;
            auditStep(tenant, ctx, job, report);
          },
        });
      } while (job.state === 'running' && performance.now() - started < sliceMs);
      if (job.state !== 'running') job.runner = null;
    });
    unsavedJob = job;
    schedule(0);
  }

  function save(job: BulkJob) {
    unsavedJob = null;
    try {
      flush(job);
    } catch (error) {
      console.error('A bulk job could not be saved:', error);
      return;
    }
    schedule(0);
  }

  return {
    kick: () => schedule(0),
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}
