/**
 * Bulk jobs as the mock keeps them (J7): the last 50, each compact enough that a 100,000-user job
 * fits in the browser's storage beside the rest of the tenant — its users as runs of positions in
 * display order, one letter per outcome, and each reason once, with the user's name left out.
 */
import { JOB_LIST_LIMIT } from '../../src/api/contract/jobs';
import { jobCounts, type BulkJob, type JobStep, type StepOutcome } from './bulk-jobs';
import type { Tenant } from './types';

/** Per-user results kept across all jobs; older jobs beyond it keep only their counts. */
export const MAX_KEPT_STEPS = 200_000;

export interface StoredJob extends Omit<BulkJob, 'steps'> {
  /** The users by their position in display order, as runs: `[start, count, start, count, …]`. */
  positions: number[];
  /** An import's conference ID per step, in step order; null for other actions. */
  conferenceIds: string[] | null;
  /** One letter per step: `p`ending, `s`ucceeded, s`k`ipped, `f`ailed, `c`ancelled. */
  outcomes: string;
  /** `[step, reason]` pairs for the steps that have a reason (an index into `reasons`). */
  reasonOf: number[];
  /** Each distinct reason once, the user's display name written as NAME. */
  reasons: string[];
}

const LETTER: Record<StepOutcome, string> = {
  pending: 'p',
  succeeded: 's',
  skipped: 'k',
  failed: 'f',
  cancelled: 'c',
};
const OUTCOME_OF: Record<string, StepOutcome> = Object.fromEntries(
  Object.entries(LETTER).map(([outcome, letter]) => [letter, outcome as StepOutcome]),
);
const NAME = '\u0001';

const positionMaps = new WeakMap<Tenant, Map<string, number>>();
function positionOf(tenant: Tenant): Map<string, number> {
  let map = positionMaps.get(tenant);
  if (!map || map.size !== tenant.users.length) {
    map = new Map(tenant.users.map((user, position) => [user.id, position]));
    positionMaps.set(tenant, map);
  }
  return map;
}

/** A job's users never change once it starts: their runs are worked out once (per steps kept). */
const runsOf = new WeakMap<BulkJob, { steps: readonly JobStep[]; runs: number[] }>();

function encodePositions(tenant: Tenant, steps: readonly JobStep[]): number[] {
  // A map of 100,000 users' positions takes a while to build: only when a step has none.
  let positions: Map<string, number> | null = null;
  const runs: number[] = [];
  for (const step of steps) {
    const position = step.position ?? (positions ??= positionOf(tenant)).get(step.userId);
    if (position === undefined)
      throw new Error(`A job names a user the tenant lacks: ${step.userId}`);
    const last = runs.length - 2;
    if (last >= 0 && runs[last]! + runs[last + 1]! === position) runs[last + 1]!++;
    else runs.push(position, 1);
  }
  return runs;
}

/**
 * A job's encoding so far, kept between saves: a step changes only once, from pending to its
 * outcome, so a save of a 100,000-step job encodes the steps done since the last one, not all.
 */
interface Encoding {
  steps: readonly JobStep[];
  letters: Uint8Array;
  reasonOf: number[];
  reasons: string[];
  reasonIndex: Map<string, number>;
}
const encodings = new WeakMap<BulkJob, Encoding>();
const CODE = Object.fromEntries(
  Object.entries(LETTER).map(([outcome, letter]) => [outcome, letter.charCodeAt(0)]),
) as Record<StepOutcome, number>;
const ascii = new TextDecoder('latin1');

function freshEncoding(steps: readonly JobStep[]): Encoding {
  return {
    steps,
    letters: new Uint8Array(steps.length).fill(CODE.pending),
    reasonOf: [],
    reasons: [],
    reasonIndex: new Map(),
  };
}

/** Brings `encoding` up to the job's steps; false when a step changed twice (start again). */
function encodeChanges(tenant: Tenant, steps: readonly JobStep[], encoding: Encoding): boolean {
  const { letters, reasonOf, reasons, reasonIndex } = encoding;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    const code = CODE[step.outcome];
    if (code === letters[i]) continue;
    if (letters[i] !== CODE.pending) return false;
    letters[i] = code;
    if (step.reason === null) continue;
    const name = tenant.usersById.get(step.userId)?.displayName;
    const text = name ? step.reason.split(name).join(NAME) : step.reason;
    let index = reasonIndex.get(text);
    if (index === undefined) {
      index = reasons.push(text) - 1;
      reasonIndex.set(text, index);
    }
    reasonOf.push(i, index);
  }
  return true;
}

export function storeJob(tenant: Tenant, job: BulkJob): StoredJob {
  const { steps, ...rest } = job;
  let runs = runsOf.get(job);
  if (runs?.steps !== steps) {
    runs = { steps, runs: encodePositions(tenant, steps) };
    runsOf.set(job, runs);
  }
  const positions = runs.runs;
  let encoding = encodings.get(job);
  if (!encoding || encoding.steps !== steps || !encodeChanges(tenant, steps, encoding)) {
    encoding = freshEncoding(steps);
    encodeChanges(tenant, steps, encoding);
    encodings.set(job, encoding);
  }
  const isImport = job.action === 'importConferenceIds';
  return {
    ...rest,
    positions,
    conferenceIds: isImport ? steps.map((step) => step.conferenceId ?? '') : null,
    outcomes: ascii.decode(encoding.letters),
    reasonOf: [...encoding.reasonOf],
    reasons: [...encoding.reasons],
  };
}

export function restoreJob(tenant: Tenant, stored: StoredJob): BulkJob {
  const { positions, conferenceIds, outcomes, reasonOf, reasons, ...rest } = stored;
  const steps: JobStep[] = [];
  for (let r = 0; r < positions.length; r += 2) {
    for (let p = positions[r]!; p < positions[r]! + positions[r + 1]!; p++) {
      const i = steps.length;
      const user = tenant.users[p];
      if (!user) throw new Error(`A saved job names position ${p}, past the tenant's users.`);
      steps.push({
        userId: user.id,
        position: p,
        ...(conferenceIds ? { conferenceId: conferenceIds[i] ?? '' } : {}),
        outcome: OUTCOME_OF[outcomes[i] ?? 'p'] ?? 'pending',
        reason: null,
      });
    }
  }
  for (let i = 0; i < reasonOf.length; i += 2) {
    const step = steps[reasonOf[i]!];
    const text = reasons[reasonOf[i + 1]!];
    if (!step || text === undefined) continue;
    const name = tenant.usersById.get(step.userId)?.displayName ?? '';
    step.reason = text.split(NAME).join(name);
  }
  const job: BulkJob = { ...rest, steps };
  runsOf.set(job, { steps, runs: positions });
  return job;
}

/**
 * J7: the newest 50 jobs are kept; beyond MAX_KEPT_STEPS results in all, older jobs keep only
 * their counts. Running jobs always keep their steps.
 */
export function trimJobs(jobs: BulkJob[]): void {
  if (jobs.length > JOB_LIST_LIMIT) jobs.splice(0, jobs.length - JOB_LIST_LIMIT);
  let kept = 0;
  for (let i = jobs.length - 1; i >= 0; i--) {
    const job = jobs[i]!;
    kept += job.steps.length;
    if (kept > MAX_KEPT_STEPS && job.state !== 'running' && job.steps.length > 0) {
      job.keptCounts = jobCounts(job);
      job.steps = [];
    }
  }
}
