import {
  Button,
  Field,
  makeStyles,
  Select,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { describeError } from '../../../api/api-error';
import { JOB_ACTION_LABEL, type JobView, type StepOutcomeView } from '../../../api/contract/jobs';
import { useMe } from '../../../api/get-me';
import {
  downloadJobResults,
  useCancelJob,
  useCreateJob,
  useJob,
  useJobResults,
} from '../../../api/jobs';
import { LoadError } from '../../../components/load-error';
import { RouterLink } from '../../../components/router-link';
import { downloadBlob } from '../../../lib/download';

export const OUTCOME_LABEL: Record<StepOutcomeView, string> = {
  pending: 'Pending',
  succeeded: 'Succeeded',
  skipped: 'Skipped',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

export const STATE_LABEL: Record<JobView['state'], string> = {
  running: 'Running',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

const count = (n: number) => n.toLocaleString('en-US');
export const dateTime = new Intl.DateTimeFormat('en-US', {
  dateStyle: 'medium',
  timeStyle: 'medium',
});
const PAGE_SIZE = 25;
const READER_REASON = 'Your role can view jobs but not start or cancel them.';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  intro: { color: tokens.colorNeutralForeground2, margin: 0 },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
  },
  track: {
    height: '8px',
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorNeutralBackground5,
    overflow: 'hidden',
  },
  bar: {
    height: '100%',
    backgroundColor: tokens.colorBrandBackground,
    transitionProperty: 'width',
    transitionDuration: tokens.durationNormal,
  },
  counts: { display: 'flex', gap: tokens.spacingHorizontalXL, flexWrap: 'wrap', margin: 0 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  filters: { display: 'flex', gap: tokens.spacingHorizontalL, alignItems: 'end', flexWrap: 'wrap' },
  field: { minWidth: '12rem' },
  tableWrap: {
    overflowX: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
  },
  table: { tableLayout: 'auto' },
  empty: { margin: 0, padding: tokens.spacingVerticalXXL, textAlign: 'center' },
  pager: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    justifyContent: 'flex-end',
  },
  error: { color: tokens.colorPaletteRedForeground1, margin: 0 },
  // A link inside a sentence is underlined: colour alone doesn't tell it apart.
  inline: { textDecorationLine: 'underline' },
});

/** What the status says: the state and every count (J5). */
function statusText(job: JobView): string {
  const { total, done, succeeded, skipped, failed, cancelled } = job.counts;
  const head =
    job.state === 'running'
      ? `Running: ${count(done)} of ${count(total)} users done.`
      : `${STATE_LABEL[job.state]}: ${count(done)} of ${count(total)} users done.`;
  return `${head} Succeeded ${count(succeeded)}, skipped ${count(skipped)}, failed ${count(failed)}, cancelled ${count(cancelled)}.`;
}

/** `/jobs/:jobId`: a job's progress, outcome and per-user results (J5–J7). */
export function JobPage({ jobId }: { jobId: string }) {
  const styles = useStyles();
  const navigate = useNavigate();
  const me = useMe();
  const job = useJob(jobId);
  const [outcome, setOutcome] = useState<StepOutcomeView | ''>('');
  const [page, setPage] = useState(1);
  const running = job.data?.state === 'running';
  const results = useJobResults(
    jobId,
    { outcome: outcome || undefined, page, pageSize: PAGE_SIZE },
    running,
  );
  const cancel = useCancelJob(jobId);
  const retry = useCreateJob();
  const [download, setDownload] = useState<string | null>(null);
  const data = job.data;

  if (!data) {
    return (
      <div className={styles.page}>
        <h1>Job</h1>
        <LoadError query={job} title="Couldn't load the job" />
        {job.isPending ? <Spinner label="Loading the job…" /> : null}
      </div>
    );
  }
  const { total, done, failed } = data.counts;
  const percent = total === 0 ? 100 : Math.round((done / total) * 100);
  const pageCount = Math.max(1, Math.ceil((results.data?.total ?? 0) / PAGE_SIZE));
  const onDownload = () => {
    setDownload('Preparing the file…');
    downloadJobResults(jobId).then(
      (file) => {
        downloadBlob(`${jobId}-results.csv`, file);
        setDownload(null);
      },
      (error: unknown) => setDownload(`Couldn't download the results: ${describeError(error)}`),
    );
  };

  return (
    <div className={styles.page}>
      <h1>{JOB_ACTION_LABEL[data.action]}</h1>
      <p className={styles.intro}>
        Job {data.id}, started by {data.startedBy} on {dateTime.format(new Date(data.startedAt))}
        {data.retryOf ? (
          <>
            {' '}
            to retry the failed users of{' '}
            <RouterLink
              className={styles.inline}
              to="/jobs/$jobId"
              params={{ jobId: data.retryOf }}
            >
              job {data.retryOf}
            </RouterLink>
          </>
        ) : null}
        .{' '}
        <RouterLink className={styles.inline} to="/jobs">
          All jobs
        </RouterLink>
      </p>
      <section className={styles.card} aria-label="Progress and outcome">
        <div
          role="progressbar"
          aria-label="Progress"
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={done}
          aria-valuetext={`${count(done)} of ${count(total)} users (${percent}%)`}
          className={styles.track}
        >
          <div className={styles.bar} style={{ width: `${percent}%` }} />
        </div>
        <p role="status" className={styles.counts}>
          {statusText(data)}
        </p>
        <div className={styles.actions}>
          <Button
            disabled={!running || !me.canChange || cancel.isPending}
            title={me.canChange ? undefined : READER_REASON}
            onClick={() => cancel.mutate()}
          >
            Cancel job
          </Button>
          <Button
            disabled={running || failed === 0 || !me.canChange || retry.isPending}
            title={me.canChange ? undefined : READER_REASON}
            onClick={() =>
              retry.mutate(
                { action: data.action, retryOf: data.id },
                {
                  onSuccess: (next) =>
                    void navigate({ to: '/jobs/$jobId', params: { jobId: next.id } }),
                },
              )
            }
          >
            Retry failed users
          </Button>
          <Button disabled={!data.hasResults} onClick={onDownload}>
            Download results
          </Button>
        </div>
        {cancel.error ? (
          <p role="alert" className={styles.error}>
            Couldn’t cancel the job: {describeError(cancel.error)}
          </p>
        ) : null}
        {retry.error ? (
          <p role="alert" className={styles.error}>
            Couldn’t start the retry: {describeError(retry.error)}
          </p>
        ) : null}
        {download ? <p role="status">{download}</p> : null}
      </section>

      <div className={styles.filters}>
        <Field label="Outcome" className={styles.field}>
          <Select
            value={outcome}
            onChange={(_, option) => {
              setOutcome(option.value as StepOutcomeView | '');
              setPage(1);
            }}
          >
            <option value="">All outcomes</option>
            {Object.entries(OUTCOME_LABEL).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <LoadError query={results} title="Couldn't load the results" />
      {!data.hasResults ? (
        <p className={styles.intro}>
          This job’s per-user results are no longer kept; its counts are.
        </p>
      ) : null}
      {results.data ? (
        <>
          <div className={styles.tableWrap}>
            <Table aria-label="Results" size="small" className={styles.table}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>User</TableHeaderCell>
                  {data.action === 'importConferenceIds' ? (
                    <TableHeaderCell>Conference ID</TableHeaderCell>
                  ) : null}
                  <TableHeaderCell>Outcome</TableHeaderCell>
                  <TableHeaderCell>Reason</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {results.data.items.map((result) => (
                  <TableRow key={result.userId}>
                    <TableCell>
                      <RouterLink to="/users/$userId" params={{ userId: result.userId }}>
                        {result.displayName}
                      </RouterLink>
                    </TableCell>
                    {data.action === 'importConferenceIds' ? (
                      <TableCell>{result.conferenceId}</TableCell>
                    ) : null}
                    <TableCell>{OUTCOME_LABEL[result.outcome]}</TableCell>
                    <TableCell>{result.reason ?? ''}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            {results.data.items.length === 0 ? (
              <p className={styles.empty}>No users with this outcome.</p>
            ) : null}
          </div>
          <nav className={styles.pager} aria-label="Result pages">
            <span>
              Page {page} of {pageCount}
            </span>
            <Button disabled={page <= 1} onClick={() => setPage(page - 1)}>
              Previous page
            </Button>
            <Button disabled={page >= pageCount} onClick={() => setPage(page + 1)}>
              Next page
            </Button>
          </nav>
        </>
      ) : null}
    </div>
  );
}
