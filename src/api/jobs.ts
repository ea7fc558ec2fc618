/**
 * Bulk jobs (J1–J8), shared: the users page starts them, the jobs pages follow them. A job runs on
 * the server; the page polls it while it runs.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  cancelJobRoute,
  createJobRoute,
  downloadJobResultsRoute,
  exportUsersRoute,
  getJobRoute,
  listJobResultsRoute,
  listJobsRoute,
  previewJobRoute,
  type JobRequest,
  type JobView,
  type StepOutcomeView,
} from './contract/jobs';
import { request, requestFile } from './http-client';
import { auditKeys, emailKeys, jobKeys, userKeys } from './query-keys';
import { useIdempotencyKey } from '../lib/use-idempotency-key';

/** How often a running job is read again: at least one progress update a second (J5). */
export const JOB_POLL_MS = 500;

export function useJobPreview(body: JobRequest | null) {
  return useQuery({
    queryKey: jobKeys.preview(body ?? {}),
    queryFn: ({ signal }) => request(previewJobRoute, { body: body!, signal }),
    enabled: body !== null,
    // A preview is of the tenant as it is now: never an old one.
    staleTime: 0,
    gcTime: 0,
  });
}

/** Starts a job; a double click or a retry after a lost answer starts one (A4). */
export function useCreateJob() {
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  return useMutation({
    mutationFn: (body: JobRequest) =>
      idempotency.send(body, (key) => request(createJobRoute, { body, idempotencyKey: key })),
    onSuccess: (job) => {
      queryClient.setQueryData(jobKeys.detail(job.id), job);
      void queryClient.invalidateQueries({ queryKey: jobKeys.list() });
    },
  });
}

/** What a job changes can be seen elsewhere: the users, the mailbox, the audit log. */
function invalidateWhatJobsChange(queryClient: ReturnType<typeof useQueryClient>) {
  for (const queryKey of [userKeys.all, emailKeys.all, auditKeys.all]) {
    void queryClient.invalidateQueries({ queryKey });
  }
}

export function useJob(jobId: string) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: jobKeys.detail(jobId),
    queryFn: async ({ signal }) => {
      const job = await request(getJobRoute, { params: { jobId }, signal });
      const before = queryClient.getQueryData<JobView>(jobKeys.detail(jobId));
      if (before?.state === 'running' && job.state !== 'running') {
        invalidateWhatJobsChange(queryClient);
      }
      return job;
    },
    refetchInterval: (query) => (query.state.data?.state === 'running' ? JOB_POLL_MS : false),
  });
}

export function useJobs() {
  return useQuery({
    queryKey: jobKeys.list(),
    queryFn: ({ signal }) => request(listJobsRoute, { signal }),
    refetchInterval: (query) =>
      query.state.data?.items.some((job) => job.state === 'running') ? 2_000 : false,
  });
}

export function useJobResults(
  jobId: string,
  params: { outcome?: StepOutcomeView; page: number; pageSize: number },
  running: boolean,
) {
  return useQuery({
    queryKey: jobKeys.results(jobId, params),
    queryFn: ({ signal }) =>
      request(listJobResultsRoute, {
        params: { jobId },
        query: { outcome: params.outcome, page: params.page, pageSize: params.pageSize },
        signal,
      }),
    placeholderData: keepPreviousData,
    refetchInterval: running ? 1_000 : false,
  });
}

export function useCancelJob(jobId: string) {
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  return useMutation({
    mutationFn: () =>
      idempotency.send({ jobId }, (key) =>
        request(cancelJobRoute, { params: { jobId }, idempotencyKey: key }),
      ),
    onSuccess: (job) => {
      queryClient.setQueryData(jobKeys.detail(job.id), job);
      void queryClient.invalidateQueries({ queryKey: jobKeys.all });
      invalidateWhatJobsChange(queryClient);
    },
  });
}

export function downloadJobResults(jobId: string): Promise<Blob> {
  return requestFile(downloadJobResultsRoute, { params: { jobId }, query: {} });
}

export function exportUsers(query: {
  search?: string;
  filter?: readonly string[];
  sort?: string;
  order?: string;
}): Promise<Blob> {
  return requestFile(exportUsersRoute, {
    query: { search: query.search, filter: query.filter, sort: query.sort, order: query.order },
  });
}
