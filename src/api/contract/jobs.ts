/**
 * Bulk jobs (PRODUCT.md J1–J8): one action over a fixed set of users, previewed before it starts,
 * run by the server a few users at a time, cancelled, retried for the users that failed, listed
 * and downloaded. Modelled on `Get-CsBatchPolicyAssignmentOperation`: a job has per-user results.
 */
import { z } from 'zod/mini';
import { defineRoute } from './route';
import { filterClauseTextSchema, MAX_FILTER_CLAUSES, SORT_FIELDS, SORT_ORDERS } from './user-list';

/** The actions a selection can be given (J1). */
export const BULK_ACTIONS = [
  'resetConferenceIds',
  'resetPins',
  'sendConferenceInfo',
  'unlockPins',
] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];

/** Every job's action: the bulk actions, and conference IDs set from a CSV file (J8). */
export const JOB_ACTIONS = [...BULK_ACTIONS, 'importConferenceIds'] as const;
export const jobActionSchema = z.enum(JOB_ACTIONS);
export type JobAction = z.infer<typeof jobActionSchema>;

/** How the UI, the audit log and the results file name each action. */
export const JOB_ACTION_LABEL: Record<JobAction, string> = {
  resetConferenceIds: 'Reset conference IDs',
  resetPins: 'Reset PINs',
  sendConferenceInfo: 'Send conference info',
  unlockPins: 'Unlock PINs',
  importConferenceIds: 'Import conference IDs',
};

/** The most users one job acts on, and the most rows an import takes (J1, J8). */
export const MAX_JOB_USERS = 100_000;
/** How many skipped users a preview lists (it counts them all). */
export const PREVIEW_SKIPPED_LIMIT = 1_000;
/** The jobs the server lists and keeps (J7). */
export const JOB_LIST_LIMIT = 50;

/** "Every user matching the current search and filters" (J1): the list's query, without paging. */
export const userMatchSchema = z.object({
  search: z.optional(z.string().check(z.maxLength(200))),
  filter: z.optional(z.array(filterClauseTextSchema).check(z.maxLength(MAX_FILTER_CLAUSES))),
});
export type UserMatch = z.infer<typeof userMatchSchema>;

/** One row of a `UserPrincipalName,ConferenceId` file, with the line it was on (J8). */
export const importRowSchema = z.object({
  line: z.int().check(z.minimum(2)),
  userPrincipalName: z.string().check(z.maxLength(320)),
  conferenceId: z.string().check(z.maxLength(40)),
});
export type ImportRowInput = z.infer<typeof importRowSchema>;

/**
 * What a job acts on, exactly one of: `userIds` (the selected rows), `match` (every user matching
 * a search and filters, fixed when the job starts), `rows` (a CSV import's rows, for
 * `importConferenceIds` only) or `retryOf` (the users another job failed, J6).
 */
export const jobRequestSchema = z.object({
  action: jobActionSchema,
  userIds: z.optional(
    z
      .array(z.string().check(z.minLength(1), z.maxLength(100)))
      .check(z.minLength(1), z.maxLength(MAX_JOB_USERS)),
  ),
  match: z.optional(userMatchSchema),
  rows: z.optional(z.array(importRowSchema).check(z.minLength(1), z.maxLength(MAX_JOB_USERS))),
  retryOf: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
});
export type JobRequest = z.infer<typeof jobRequestSchema>;

export const skippedUserSchema = z.object({
  userId: z.string(),
  displayName: z.string(),
  reason: z.string(),
});

/** A checked import row: valid, or the reason it is not (J8). */
export const checkedImportRowSchema = z.object({
  line: z.int(),
  userPrincipalName: z.string(),
  conferenceId: z.string(),
  userId: z.nullable(z.string()),
  displayName: z.nullable(z.string()),
  valid: z.boolean(),
  reason: z.nullable(z.string()),
});
export type CheckedImportRowView = z.infer<typeof checkedImportRowSchema>;

/** J2: who a job would change and who it would skip, and why; for an import, every row checked. */
export const jobPreviewSchema = z.object({
  action: jobActionSchema,
  /** The users the job would act on (an import: its valid rows). */
  total: z.int(),
  willChange: z.int(),
  skippedCount: z.int(),
  /** The first skipped users with their reasons (at most 1,000; `skippedCount` counts all). */
  skipped: z.array(skippedUserSchema),
  /** An import's rows, each checked, in the file's order; absent for other actions. */
  rows: z.optional(z.array(checkedImportRowSchema)),
});
export type JobPreview = z.infer<typeof jobPreviewSchema>;

export const jobStateSchema = z.enum(['running', 'completed', 'cancelled']);
export type JobStateView = z.infer<typeof jobStateSchema>;

export const jobCountsSchema = z.object({
  total: z.int(),
  done: z.int(),
  succeeded: z.int(),
  skipped: z.int(),
  failed: z.int(),
  cancelled: z.int(),
});
export type JobCountsView = z.infer<typeof jobCountsSchema>;

export const jobSchema = z.object({
  id: z.string(),
  action: jobActionSchema,
  state: jobStateSchema,
  /** Who started it: the admin's name. */
  startedBy: z.string(),
  startedAt: z.string(),
  finishedAt: z.nullable(z.string()),
  /** J6: the job whose failed users this one retries. */
  retryOf: z.nullable(z.string()),
  counts: jobCountsSchema,
  /** Whether the per-user results are still kept (the oldest big jobs keep only their counts). */
  hasResults: z.boolean(),
});
export type JobView = z.infer<typeof jobSchema>;

export const jobListSchema = z.object({ items: z.array(jobSchema) });

export const STEP_OUTCOMES = ['pending', 'succeeded', 'skipped', 'failed', 'cancelled'] as const;
export const stepOutcomeSchema = z.enum(STEP_OUTCOMES);
export type StepOutcomeView = z.infer<typeof stepOutcomeSchema>;

export const jobResultSchema = z.object({
  userId: z.string(),
  displayName: z.string(),
  userPrincipalName: z.string(),
  /** An import's conference ID for this user. */
  conferenceId: z.nullable(z.string()),
  outcome: stepOutcomeSchema,
  reason: z.nullable(z.string()),
});
export type JobResultView = z.infer<typeof jobResultSchema>;

export const jobResultsPageSchema = z.object({
  items: z.array(jobResultSchema),
  total: z.int(),
  page: z.int(),
  pageSize: z.int(),
});
export type JobResultsPage = z.infer<typeof jobResultsPageSchema>;

const pageNumber = (max: number) =>
  z.coerce.number().check(z.int(), z.positive(), z.maximum(max)) as z.ZodMiniType<number, unknown>;

export const jobResultsQuerySchema = z.object({
  outcome: z.optional(stepOutcomeSchema),
  page: z._default(pageNumber(100_000), 1),
  pageSize: z._default(pageNumber(100), 25),
});

export const jobResultsCsvQuerySchema = z.object({ outcome: z.optional(stepOutcomeSchema) });

/** A CSV file (RFC 4180, UTF-8, CRLF), values escaped so that a spreadsheet never runs them (J8). */
export const csvTextSchema = z.string();

export const exportUsersQuerySchema = z.object({
  search: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  filter: z._default(z.array(filterClauseTextSchema).check(z.maxLength(MAX_FILTER_CLAUSES)), []),
  sort: z._default(z.enum(SORT_FIELDS), 'displayName'),
  order: z._default(z.enum(SORT_ORDERS), 'asc'),
});

const jobIdParam = { jobId: 'The job’s id (from starting it or the jobs list).' };

export const previewJobRoute = defineRoute({
  operationId: 'previewJob',
  method: 'post',
  path: '/job-previews',
  summary: 'Preview a bulk job',
  description:
    'Changes nothing: how many users the job would change and how many it would skip, with each skip’s reason, by the single action’s own rules (J2, J4). For an import, every row checked (J8). The same body as `createJob`.',
  tag: 'Bulk jobs',
  access: 'admin',
  body: jobRequestSchema,
  response: jobPreviewSchema,
  responseDescription: 'The counts, the first skipped users, and an import’s checked rows.',
  cache: 'no-store',
  refusals: [404, 409],
});

export const createJobRoute = defineRoute({
  operationId: 'createJob',
  method: 'post',
  path: '/jobs',
  summary: 'Start a bulk job',
  description:
    'The users are fixed when it starts (J1); the server runs it a few users at a time, each step the single action’s rule, re-checked, at most once per user (J3). A Global Reader gets 403. A repeat with the same `Idempotency-Key` starts one job and answers it again.',
  tag: 'Bulk jobs',
  access: 'admin',
  body: jobRequestSchema,
  response: jobSchema,
  responseDescription: 'The job, just started (its `Location` header names it).',
  created: true,
  idempotencyKey: true,
  cache: 'no-store',
  refusals: [404],
});

export const listJobsRoute = defineRoute({
  operationId: 'listJobs',
  method: 'get',
  path: '/jobs',
  summary: 'The last 50 jobs, newest first',
  tag: 'Bulk jobs',
  access: 'admin',
  response: jobListSchema,
  responseDescription: 'The jobs with their state and counts (J7).',
  cache: 'no-store',
});

export const getJobRoute = defineRoute({
  operationId: 'getJob',
  method: 'get',
  path: '/jobs/:jobId',
  summary: 'A job: its state and counts',
  tag: 'Bulk jobs',
  access: 'admin',
  params: jobIdParam,
  response: jobSchema,
  responseDescription: 'The job as it is now (J5).',
  cache: 'no-store',
});

export const cancelJobRoute = defineRoute({
  operationId: 'cancelJob',
  method: 'post',
  path: '/jobs/:jobId/cancel',
  summary: 'Cancel a running job',
  description:
    'The users not yet reached end as `cancelled`; what was done stays done (J5). A job that has ended answers 409. A Global Reader gets 403.',
  tag: 'Bulk jobs',
  access: 'admin',
  params: jobIdParam,
  response: jobSchema,
  responseDescription: 'The job, cancelled.',
  idempotencyKey: true,
  cache: 'no-store',
  refusals: [409],
});

export const listJobResultsRoute = defineRoute({
  operationId: 'listJobResults',
  method: 'get',
  path: '/jobs/:jobId/results',
  summary: 'A page of a job’s per-user results',
  tag: 'Bulk jobs',
  access: 'admin',
  params: jobIdParam,
  query: jobResultsQuerySchema,
  response: jobResultsPageSchema,
  responseDescription: 'The results in the job’s order, of one outcome if given.',
  cache: 'no-store',
});

export const downloadJobResultsRoute = defineRoute({
  operationId: 'downloadJobResults',
  method: 'get',
  path: '/jobs/:jobId/results.csv',
  summary: 'A job’s results as CSV',
  description:
    'Columns `UserPrincipalName,DisplayName,Outcome,Reason` (and `ConferenceId` for an import); values escaped for spreadsheets (J7, J8).',
  tag: 'Bulk jobs',
  access: 'admin',
  params: jobIdParam,
  query: jobResultsCsvQuerySchema,
  response: csvTextSchema,
  responseFormat: 'csv',
  responseDescription: 'The results file.',
  cache: 'no-store',
});

export const exportUsersRoute = defineRoute({
  operationId: 'exportUsers',
  method: 'get',
  path: '/users/export',
  summary: 'Every matching user as CSV',
  description:
    'The users list’s columns for every user that matches the search and filters, in its sort order, not just one page (J8). Values that start with `= + - @` are escaped so that a spreadsheet never runs them.',
  tag: 'Users',
  access: 'admin',
  query: exportUsersQuerySchema,
  response: csvTextSchema,
  responseFormat: 'csv',
  responseDescription: 'The users file.',
  cache: 'no-store',
});
