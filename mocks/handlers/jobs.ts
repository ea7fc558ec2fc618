import { HttpResponse } from 'msw';
import {
  cancelJobRoute,
  createJobRoute,
  downloadJobResultsRoute,
  exportUsersRoute,
  getJobRoute,
  JOB_ACTION_LABEL,
  listJobResultsRoute,
  listJobsRoute,
  previewJobRoute,
  type JobResultView,
  type JobView,
  type StepOutcomeView,
} from '../../src/api/contract/jobs';
import { API_BASE_PATH, pathOf } from '../../src/api/contract/route';
import { toCsv } from '../../src/lib/csv';
import { JOB_USERS_FILE } from '../../src/lib/powershell';
import {
  addJobSteps,
  cancelJob,
  createJob,
  jobCounts,
  newJobSteps,
  type BulkJob,
  type JobStep,
} from '../domain/bulk-jobs';
import { userPrincipalName } from '../domain/bulk-preview';
import { callerRole } from '../domain/identity';
import { trimJobs } from '../domain/job-storage';
import { findJob, previewJob, resolveJobTarget } from '../domain/job-requests';
import { randomHex } from '../domain/random';
import { refuse } from '../domain/result';
import type { Tenant } from '../domain/types';
import { queryUserPositions } from '../domain/user-query';
import { USER_LIST_COLUMNS, userListCells } from '../domain/users';
import type { JobRunner } from '../job-runner';
import type { MockServerParts } from './parts';
import { toResponse } from './http';

export function jobView(job: BulkJob): JobView {
  return {
    id: job.id,
    action: job.action,
    state: job.state,
    startedBy: job.startedBy,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
    retryOf: job.retryOf,
    counts: jobCounts(job),
    hasResults: job.keptCounts === null,
  };
}

function resultOf(tenant: Tenant, step: JobStep): JobResultView {
  const user = tenant.usersById.get(step.userId);
  return {
    userId: step.userId,
    displayName: user?.displayName ?? 'Unknown user',
    userPrincipalName: user ? userPrincipalName(user) : '',
    conferenceId: step.conferenceId ?? null,
    outcome: step.outcome,
    reason: step.reason,
  };
}

const OUTCOME_LABEL: Record<StepOutcomeView, string> = {
  pending: 'Pending',
  succeeded: 'Succeeded',
  skipped: 'Skipped',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

/** Lets the host answer other requests between slices of a long answer. */
const yieldToHost = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const SLICE_ROWS = 2_000;
/** Users made into a job's steps between two yields. */
const STEP_SLICE = 10_000;

/**
 * A file answered as a stream of its slices, each encoded when it is read: 10 MB of CSV is never
 * one string to encode (or, on the page, to decode) in a single task.
 */
function csvResponse(parts: readonly string[], filename: string) {
  const encoder = new TextEncoder();
  let next = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (next < parts.length) controller.enqueue(encoder.encode(parts[next++]));
      else controller.close();
    },
  });
  return new HttpResponse(body, {
    status: 200,
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
    },
  });
}

/** J1–J8 over HTTP: preview, start, list, read, cancel, results and their file, the users file. */
export function jobHandlers(
  { router: { route, change }, store, ctx, guard }: MockServerParts,
  runner: JobRunner,
) {
  const onJob = {
    target: (params: { jobId?: string | readonly string[] }, tenant: Tenant) => {
      const jobId = typeof params.jobId === 'string' ? params.jobId : '';
      const job = tenant.jobs.find((candidate) => candidate.id === jobId);
      return {
        userId: null,
        name: job ? `${JOB_ACTION_LABEL[job.action]} (${job.id})` : 'Unknown job',
      };
    },
  };
  return [
    route(previewJobRoute, ({ body }) => toResponse(previewJob(store.read(), body))),
    change(
      createJobRoute,
      guard('startJob', { target: () => ({ userId: null, name: 'Bulk job' }) }),
      async ({ body, caller }) => {
        // Tasks of their own: who the job acts on, its steps (in slices), then the job saved — for
        // 100,000 users each takes tens of milliseconds; together they would hold the page up.
        const target = resolveJobTarget(store.read(), body);
        if (!target.ok) return toResponse(target);
        if (target.value.users.length === 0) {
          return toResponse(
            refuse(
              'unavailable',
              target.value.rows
                ? 'No row of the file can be applied: fix the rows the preview lists, then import again.'
                : 'No user matches: there is nobody for the job to act on.',
            ),
          );
        }
        // The steps a slice of users at a time: the garbage collector's share is spread too.
        const steps = newJobSteps();
        const { users } = target.value;
        for (let i = 0; i < users.length; i += STEP_SLICE) {
          await yieldToHost();
          addJobSteps(steps, users.slice(i, i + STEP_SLICE));
        }
        const job = createJob({
          id: `job-${randomHex(ctx.random, 12)}`,
          action: body.action,
          startedBy: caller.displayName,
          startedByRole: callerRole(caller),
          startedAt: ctx.now(),
          users: steps,
          retryOf: target.value.retryOf,
        });
        await yieldToHost();
        const created = store.write((tenant) => {
          // A retry's job may have been retried meanwhile, or the tenant reset: look again.
          if (job.retryOf !== null) {
            const earlier = findJob(tenant, job.retryOf);
            if (!earlier.ok) return earlier;
          }
          tenant.jobs.push(job);
          trimJobs(tenant.jobs);
          return { ok: true as const, value: jobView(job) };
        });
        if (!created.ok) return toResponse(created);
        runner.kick();
        return toResponse(created, {
          status: 201,
          headers: { Location: API_BASE_PATH + pathOf(getJobRoute, { jobId: created.value.id }) },
        });
      },
      // The job as a pipeline over a file of its users (S1).
      ({ body }) => ({ action: 'startJob', job: body.action, file: JOB_USERS_FILE }),
    ),
    route(listJobsRoute, () =>
      HttpResponse.json({ items: [...store.read().jobs].reverse().map(jobView) }),
    ),
    route(getJobRoute, ({ params }) => {
      const found = findJob(store.read(), params.jobId);
      return found.ok ? HttpResponse.json(jobView(found.value)) : toResponse(found);
    }),
    change(
      cancelJobRoute,
      guard('cancelJob', onJob),
      ({ params }) =>
        toResponse(
          store.write((tenant) => {
            const found = findJob(tenant, params.jobId);
            if (!found.ok) return found;
            if (!cancelJob(found.value, ctx.now())) {
              return refuse(
                'unavailable',
                `Job ${found.value.id} has ended: there is nothing to cancel.`,
              );
            }
            return { ok: true as const, value: jobView(found.value) };
          }),
        ),
      ({ params }) => ({ action: 'cancelJob', jobId: params.jobId }),
    ),
    route(listJobResultsRoute, ({ params, query }) => {
      const tenant = store.read();
      const found = findJob(tenant, params.jobId);
      if (!found.ok) return toResponse(found);
      const steps = query.outcome
        ? found.value.steps.filter((step) => step.outcome === query.outcome)
        : found.value.steps;
      const start = (query.page - 1) * query.pageSize;
      return HttpResponse.json({
        items: steps.slice(start, start + query.pageSize).map((step) => resultOf(tenant, step)),
        total: steps.length,
        page: query.page,
        pageSize: query.pageSize,
      });
    }),
    route(downloadJobResultsRoute, async ({ params, query }) => {
      const tenant = store.read();
      const found = findJob(tenant, params.jobId);
      if (!found.ok) return toResponse(found);
      const job = found.value;
      const isImport = job.action === 'importConferenceIds';
      const steps = query.outcome
        ? job.steps.filter((step) => step.outcome === query.outcome)
        : job.steps;
      const parts = [
        toCsv([
          [
            'UserPrincipalName',
            'DisplayName',
            ...(isImport ? ['ConferenceId'] : []),
            'Outcome',
            'Reason',
          ],
        ]),
      ];
      for (let i = 0; i < steps.length; i += SLICE_ROWS) {
        if (i > 0) await yieldToHost();
        parts.push(
          toCsv(
            steps.slice(i, i + SLICE_ROWS).map((step) => {
              const result = resultOf(tenant, step);
              return [
                result.userPrincipalName,
                result.displayName,
                ...(isImport ? [result.conferenceId] : []),
                OUTCOME_LABEL[result.outcome],
                result.reason,
              ];
            }),
          ),
        );
      }
      return csvResponse(parts, `${job.id}-results.csv`);
    }),
    route(exportUsersRoute, async ({ query }) => {
      const tenant = store.read();
      const positions = queryUserPositions(tenant, query);
      const parts = [toCsv([[...USER_LIST_COLUMNS]])];
      for (let i = 0; i < positions.length; i += SLICE_ROWS) {
        if (i > 0) await yieldToHost();
        const rows: string[][] = [];
        for (const position of positions.subarray(i, i + SLICE_ROWS)) {
          rows.push(userListCells(tenant.users[position]!));
        }
        parts.push(toCsv(rows));
      }
      return csvResponse(parts, 'users.csv');
    }),
  ];
}
