/**
 * What a bulk job request acts on (J1, J6, J8): the selected users, every user matching a search
 * and filters (fixed when the job starts), a CSV import's valid rows, or the users another job
 * failed. Shared by the preview and the start, so that a job acts on what its preview showed.
 */
import type { JobPreview, JobRequest } from '../../src/api/contract/jobs';
import { JOB_ACTION_LABEL, PREVIEW_SKIPPED_LIMIT } from '../../src/api/contract/jobs';
import { failedUsers, type BulkJob, type JobUser } from './bulk-jobs';
import { checkImportRows, previewBulkJob, type CheckedImportRow } from './bulk-preview';
import { fieldRefusal, ok, refuse, type Result } from './result';
import type { Tenant } from './types';
import { queryUserPositions } from './user-query';

export interface JobTarget {
  users: JobUser[];
  /** An import's rows, each checked (J8). */
  rows: CheckedImportRow[] | null;
  retryOf: string | null;
}

export function findJob(tenant: Tenant, jobId: string): Result<BulkJob> {
  const job = tenant.jobs.find((candidate) => candidate.id === jobId);
  return job ? ok(job) : refuse('not_found', `There is no job ${jobId}. The last 50 are kept.`);
}

const ONE_OF = 'Give exactly one of userIds, match, rows or retryOf.';

export function resolveJobTarget(tenant: Tenant, request: JobRequest): Result<JobTarget> {
  const given = (['userIds', 'match', 'rows', 'retryOf'] as const).filter(
    (field) => request[field] !== undefined,
  );
  if (given.length !== 1) {
    return refuse(
      'validation',
      ONE_OF,
      Object.fromEntries((given.length ? given : ['userIds']).map((field) => [field, [ONE_OF]])),
    );
  }
  const isImport = request.action === 'importConferenceIds';
  if (request.retryOf !== undefined) {
    const found = findJob(tenant, request.retryOf);
    if (!found.ok) return found;
    const earlier = found.value;
    if (earlier.action !== request.action) {
      return fieldRefusal(
        'retryOf',
        `Job ${earlier.id} was ${JOB_ACTION_LABEL[earlier.action]}, not ${JOB_ACTION_LABEL[request.action]}.`,
      );
    }
    if (earlier.state === 'running') {
      return refuse(
        'unavailable',
        `Job ${earlier.id} is still running: retry its failed users once it ends.`,
      );
    }
    const users = failedUsers(earlier);
    if (users.length === 0) {
      return refuse('unavailable', `Job ${earlier.id} has no failed users to retry.`);
    }
    return ok({ users, rows: null, retryOf: earlier.id });
  }
  if (isImport !== (request.rows !== undefined)) {
    return isImport
      ? fieldRefusal('rows', 'An import takes the rows of its file (rows).')
      : fieldRefusal('rows', 'Only an import (importConferenceIds) takes rows.');
  }
  if (request.rows !== undefined) {
    const rows = checkImportRows(tenant, request.rows);
    const users = rows.flatMap((row) =>
      row.valid ? [{ userId: row.userId, conferenceId: row.conferenceId }] : [],
    );
    return ok({ users, rows, retryOf: null });
  }
  if (request.userIds !== undefined) {
    const unknown = request.userIds.find((userId) => !tenant.usersById.has(userId));
    if (unknown !== undefined)
      return refuse('not_found', `There is no user with the id ${unknown}.`);
    return ok({ users: request.userIds.map((userId) => ({ userId })), rows: null, retryOf: null });
  }
  const match = request.match!;
  const positions = queryUserPositions(tenant, {
    search: match.search?.trim() || undefined,
    filter: match.filter ?? [],
  });
  const users = Array.from(positions, (position) => ({
    userId: tenant.users[position]!.id,
    position,
  }));
  return ok({ users, rows: null, retryOf: null });
}

/** J2: the preview of a request; an import lists every row checked (J8). */
export function previewJob(tenant: Tenant, request: JobRequest): Result<JobPreview> {
  const target = resolveJobTarget(tenant, request);
  if (!target.ok) return target;
  const { users, rows } = target.value;
  if (request.action === 'importConferenceIds') {
    const skipped = rows ? rows.filter((row) => !row.valid).length : 0;
    return ok({
      action: request.action,
      total: users.length,
      willChange: users.length,
      skippedCount: skipped,
      skipped: [],
      ...(rows
        ? {
            rows: rows.map((row) => ({
              line: row.line,
              userPrincipalName: row.userPrincipalName,
              conferenceId: row.conferenceId,
              userId: row.userId,
              displayName: row.displayName,
              valid: row.valid,
              reason: row.valid ? null : row.reason,
            })),
          }
        : {}),
    });
  }
  const preview = previewBulkJob(
    tenant,
    request.action,
    users.map((user) => user.userId),
    PREVIEW_SKIPPED_LIMIT,
  );
  return ok({
    action: request.action,
    total: preview.willChange + preview.skippedCount,
    willChange: preview.willChange,
    skippedCount: preview.skippedCount,
    skipped: preview.skipped,
  });
}
