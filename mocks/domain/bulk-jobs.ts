/**
 * Bulk jobs as they run (PRODUCT.md J1, J3–J6): a fixed list of users, worked through a few steps
 * at a time so the page stays responsive; each step is the single action's own domain rule, run
 * at most once per user per job. Pure: the host decides when to run the next steps, what a step's
 * fault is, and what it audits.
 */
import type { CallerRole } from '../../src/api/contract/common';
import type { JobAction } from '../../src/api/contract/jobs';
import { resetConferenceId, resetPin, sendConferenceInfo } from './actions';
import { bulkSkipReason } from './bulk-preview';
import { unlockPin } from './pin-lock';
import { trimAudit } from './audit';
import { trimMailbox } from './email';
import type { Result } from './result';
import { setConferenceId } from './set-conference-id';
import type { DomainContext, Tenant } from './types';

export type { JobAction };
export type StepOutcome = 'pending' | 'succeeded' | 'skipped' | 'failed' | 'cancelled';
export type JobState = 'running' | 'completed' | 'cancelled';

export interface JobStep {
  userId: string;
  /** The user's position in display order, when the target knew it: saves a lookup to save it. */
  position?: number;
  /** `importConferenceIds`: the ID the CSV gives this user. */
  conferenceId?: string;
  outcome: StepOutcome;
  reason: string | null;
}

export interface BulkJob {
  id: string;
  action: JobAction;
  startedBy: string;
  /** The role the job's steps are audited under (A2). */
  startedByRole: CallerRole;
  startedAt: string;
  finishedAt: string | null;
  state: JobState;
  /** J6: the job whose failed users this one retries. */
  retryOf: string | null;
  /** J1: fixed when the job starts, in this order. */
  steps: JobStep[];
  /** The next step to run. */
  cursor: number;
  /**
   * Set once the job's per-user results were let go (the oldest big jobs keep only their counts):
   * `steps` is then empty.
   */
  keptCounts: JobCounts | null;
  /**
   * Which host runs it, until when (a lease the runner renews): tabs of one browser share the
   * mock's state, and only one of them may act on a job's users.
   */
  runner: { owner: string; until: string } | null;
}

export interface JobCounts {
  total: number;
  done: number;
  succeeded: number;
  skipped: number;
  failed: number;
  cancelled: number;
}

/** A user a job is to act on; `position` as in JobStep. */
export interface JobUser {
  userId: string;
  conferenceId?: string;
  position?: number;
}

/** A job's steps as they are made, a slice of users at a time (a host may yield in between). */
export interface JobSteps {
  steps: JobStep[];
  seen: Set<string>;
}

export const newJobSteps = (): JobSteps => ({ steps: [], seen: new Set() });

/** Adds a step per user, each user at most once per job (J3), whatever the selection repeats. */
export function addJobSteps(built: JobSteps, users: readonly JobUser[]): void {
  const { steps, seen } = built;
  for (const { userId, conferenceId, position } of users) {
    if (seen.has(userId)) continue;
    seen.add(userId);
    // No spreads: this runs for each of up to 100,000 users.
    const step: JobStep = { userId, outcome: 'pending', reason: null };
    if (position !== undefined) step.position = position;
    if (conferenceId !== undefined) step.conferenceId = conferenceId;
    steps.push(step);
  }
}

export function createJob(input: {
  id: string;
  action: JobAction;
  startedBy: string;
  startedByRole?: CallerRole;
  startedAt: Date;
  /** Who it acts on, or its steps made already (newJobSteps, addJobSteps). */
  users: readonly JobUser[] | JobSteps;
  retryOf?: string | null;
}): BulkJob {
  let built: JobSteps;
  if ('steps' in input.users) {
    built = input.users;
  } else {
    built = newJobSteps();
    addJobSteps(built, input.users);
  }
  const { steps } = built;
  return {
    id: input.id,
    action: input.action,
    startedBy: input.startedBy,
    startedByRole: input.startedByRole ?? 'TeamsAdministrator',
    startedAt: input.startedAt.toISOString(),
    // A job with nobody to act on is done as soon as it starts.
    finishedAt: steps.length === 0 ? input.startedAt.toISOString() : null,
    state: steps.length === 0 ? 'completed' : 'running',
    retryOf: input.retryOf ?? null,
    steps,
    cursor: 0,
    keptCounts: null,
    runner: null,
  };
}

export function jobCounts(job: BulkJob): JobCounts {
  if (job.keptCounts) return job.keptCounts;
  const counts: JobCounts = {
    total: job.steps.length,
    done: 0,
    succeeded: 0,
    skipped: 0,
    failed: 0,
    cancelled: 0,
  };
  for (const step of job.steps) {
    if (step.outcome === 'pending') continue;
    counts.done++;
    counts[step.outcome]++;
  }
  return counts;
}

/** The single action of one step (J3), PIN resets emailed whatever B3 says and never shown (J4). */
function runAction(
  tenant: Tenant,
  ctx: DomainContext,
  action: JobAction,
  step: JobStep,
): Result<unknown> {
  switch (action) {
    case 'resetConferenceIds':
      return resetConferenceId(tenant, ctx, step.userId);
    case 'resetPins':
      return resetPin(tenant, ctx, step.userId, undefined, { sendEmail: true });
    case 'sendConferenceInfo':
      return sendConferenceInfo(tenant, ctx, step.userId, undefined);
    case 'unlockPins':
      return unlockPin(tenant, step.userId);
    case 'importConferenceIds':
      return setConferenceId(tenant, ctx, step.userId, step.conferenceId ?? '');
  }
}

export interface StepReport {
  step: JobStep;
  /** The single action's result: what the host audits (never holds a PIN once reported). */
  outcome: Exclude<StepOutcome, 'pending'>;
}

/**
 * Runs up to `maxSteps` pending steps, in order. Each re-checks the rules (J2) and is skipped
 * with the reason if they no longer allow it; `faultOf` may fail it (J6: the job goes on); else
 * the single action runs and the step ends as it did. `onStep` hears each (for the audit log).
 */
export function runJobSteps(
  tenant: Tenant,
  ctx: DomainContext,
  job: BulkJob,
  options: {
    maxSteps: number;
    faultOf?: (step: JobStep) => string | null;
    onStep?: (report: StepReport) => void;
  },
): void {
  let ran = 0;
  // The logs are trimmed to their limits once for the batch: a splice of the 5,000-entry audit
  // log after each of 100,000 steps was most of a job's time.
  tenant.logTrimDeferred = true;
  try {
    while (job.state === 'running' && job.cursor < job.steps.length && ran < options.maxSteps) {
      const step = job.steps[job.cursor++]!;
      if (step.outcome !== 'pending') continue;
      ran++;
      finishStep(step, runStep(tenant, ctx, job.action, step, options.faultOf));
      options.onStep?.({ step, outcome: step.outcome as StepReport['outcome'] });
    }
  } finally {
    tenant.logTrimDeferred = false;
    trimMailbox(tenant);
    trimAudit(tenant.auditLog);
  }
  if (job.state === 'running' && job.cursor >= job.steps.length) {
    job.state = 'completed';
    job.finishedAt = ctx.now().toISOString();
  }
}

function runStep(
  tenant: Tenant,
  ctx: DomainContext,
  action: JobAction,
  step: JobStep,
  faultOf: ((step: JobStep) => string | null) | undefined,
): { outcome: StepReport['outcome']; reason: string | null } {
  const user = tenant.usersById.get(step.userId);
  if (!user) return { outcome: 'failed', reason: 'This user no longer exists.' };
  const skip = action === 'importConferenceIds' ? null : bulkSkipReason(user, action);
  if (skip) return { outcome: 'skipped', reason: skip };
  const fault = faultOf?.(step) ?? null;
  if (fault) return { outcome: 'failed', reason: fault };
  const result = runAction(tenant, ctx, action, step);
  return result.ok
    ? { outcome: 'succeeded', reason: null }
    : { outcome: 'failed', reason: result.message };
}

function finishStep(
  step: JobStep,
  done: { outcome: StepReport['outcome']; reason: string | null },
) {
  step.outcome = done.outcome;
  step.reason = done.reason;
}

/** J5: users not yet reached end as Cancelled; what was done stays done. */
export function cancelJob(job: BulkJob, now: Date): boolean {
  if (job.state !== 'running') return false;
  for (const step of job.steps) {
    if (step.outcome === 'pending') {
      step.outcome = 'cancelled';
      step.reason = 'The job was cancelled before it reached this user.';
    }
  }
  job.state = 'cancelled';
  job.finishedAt = now.toISOString();
  job.runner = null;
  return true;
}

/** J6: exactly the users a job failed, for a new job (the import keeps each user's ID). */
export function failedUsers(job: BulkJob): JobUser[] {
  return job.steps
    .filter((step) => step.outcome === 'failed')
    .map(({ userId, conferenceId, position }) => ({
      userId,
      ...(conferenceId === undefined ? {} : { conferenceId }),
      ...(position === undefined ? {} : { position }),
    }));
}

/**
 * The job can't go on (the browser's storage is full, say): the users not yet reached end as
 * Failed with the reason, so that *Retry failed users* can finish them later (J6).
 */
export function stopJob(job: BulkJob, reason: string, now: Date): boolean {
  if (job.state !== 'running') return false;
  for (const step of job.steps) {
    if (step.outcome === 'pending') {
      step.outcome = 'failed';
      step.reason = reason;
    }
  }
  job.cursor = job.steps.length;
  job.state = 'completed';
  job.finishedAt = now.toISOString();
  job.runner = null;
  return true;
}
