import {
  makeStyles,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { JOB_ACTION_LABEL } from '../../../api/contract/jobs';
import { useJobs } from '../../../api/jobs';
import { LoadError } from '../../../components/load-error';
import { RouterLink } from '../../../components/router-link';
import { dateTime, STATE_LABEL } from './job-page';

const count = (n: number) => n.toLocaleString('en-US');

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  intro: { color: tokens.colorNeutralForeground2, margin: 0 },
  tableWrap: {
    overflowX: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
  },
  table: { tableLayout: 'auto' },
  nowrap: { whiteSpace: 'nowrap' },
  empty: { margin: 0, padding: tokens.spacingVerticalXXL, textAlign: 'center' },
});

/** `/jobs`: the last 50 bulk jobs, newest first (J7). */
export function JobsPage() {
  const styles = useStyles();
  const jobs = useJobs();
  const items = jobs.data?.items ?? [];
  return (
    <div className={styles.page}>
      <h1>Jobs</h1>
      <p className={styles.intro}>
        Bulk actions on many users, newest first: the last 50 are kept. Start one from the users
        list: select users, then choose an action under Bulk actions.
      </p>
      <LoadError query={jobs} title="Couldn't load the jobs" />
      {jobs.isPending ? <Spinner label="Loading the jobs…" /> : null}
      {jobs.data ? (
        <div className={styles.tableWrap}>
          <Table aria-label="Jobs" size="small" className={styles.table}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Action</TableHeaderCell>
                <TableHeaderCell>Started by</TableHeaderCell>
                <TableHeaderCell>Started</TableHeaderCell>
                <TableHeaderCell>State</TableHeaderCell>
                <TableHeaderCell>Users</TableHeaderCell>
                <TableHeaderCell>Succeeded</TableHeaderCell>
                <TableHeaderCell>Skipped</TableHeaderCell>
                <TableHeaderCell>Failed</TableHeaderCell>
                <TableHeaderCell>Cancelled</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((job) => (
                <TableRow key={job.id}>
                  <TableCell>
                    <RouterLink to="/jobs/$jobId" params={{ jobId: job.id }}>
                      {JOB_ACTION_LABEL[job.action]}
                    </RouterLink>
                  </TableCell>
                  <TableCell>{job.startedBy}</TableCell>
                  <TableCell className={styles.nowrap}>
                    {dateTime.format(new Date(job.startedAt))}
                  </TableCell>
                  <TableCell>
                    {job.state === 'running'
                      ? `Running (${count(job.counts.done)} of ${count(job.counts.total)})`
                      : STATE_LABEL[job.state]}
                  </TableCell>
                  <TableCell>{count(job.counts.total)}</TableCell>
                  <TableCell>{count(job.counts.succeeded)}</TableCell>
                  <TableCell>{count(job.counts.skipped)}</TableCell>
                  <TableCell>{count(job.counts.failed)}</TableCell>
                  <TableCell>{count(job.counts.cancelled)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {items.length === 0 ? <p className={styles.empty}>No jobs yet.</p> : null}
        </div>
      ) : null}
    </div>
  );
}
