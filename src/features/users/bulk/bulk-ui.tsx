/**
 * The users page's bulk UI (J1, J2, J8), loaded when it is first needed: the `Bulk actions`
 * toolbar, each action's preview dialog, and the CSV import.
 */
import {
  Button,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useNavigate } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { ApiError } from '../../../api/api-error';
import {
  BULK_ACTIONS,
  JOB_ACTION_LABEL,
  MAX_JOB_USERS,
  type BulkAction,
  type CheckedImportRowView,
  type ImportRowInput,
  type JobRequest,
} from '../../../api/contract/jobs';
import { useCreateJob, useJobPreview } from '../../../api/jobs';
import { ActionDialog } from '../../../components/action-dialog';
import { ShowPowerShell } from '../../../components/show-powershell';
import { JOB_USERS_FILE } from '../../../lib/powershell';
import { parseCsv } from '../../../lib/csv';
import { jobTarget, selectedCount, selectedNames, type Selection } from './selection';

const count = (n: number) => n.toLocaleString('en-US');
const READER_REASON = 'Your role can view jobs but not start them.';

const useStyles = makeStyles({
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorBrandBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  count: { fontWeight: tokens.fontWeightSemibold, marginInlineEnd: tokens.spacingHorizontalS },
  divider: {
    width: tokens.strokeWidthThin,
    alignSelf: 'stretch',
    backgroundColor: tokens.colorNeutralStroke1,
  },
  surface: { maxWidth: '46rem', width: '100%' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  counts: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  big: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  tableWrap: { overflowX: 'auto' },
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  th: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightSemibold,
    padding: tokens.spacingHorizontalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    position: 'sticky',
    top: 0,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  td: {
    padding: tokens.spacingHorizontalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: 'top',
    overflowWrap: 'anywhere',
  },
  bad: { color: tokens.colorPaletteRedForeground1 },
  muted: { color: tokens.colorNeutralForeground3, margin: 0 },
});

interface BulkToolbarProps {
  selection: Selection;
  canChange: boolean;
  onSelectAll: () => void;
  onClear: () => void;
  onAction: (action: BulkAction) => void;
}

/** J1: what the selection is, and what can be done to it. */
export function BulkToolbar({
  selection,
  canChange,
  onSelectAll,
  onClear,
  onAction,
}: BulkToolbarProps) {
  const styles = useStyles();
  const selected = selectedCount(selection);
  return (
    <div role="toolbar" aria-label="Bulk actions" className={styles.toolbar}>
      <span className={styles.count} aria-live="polite">
        {count(selected)} selected
      </span>
      <Button appearance="subtle" disabled={selection.kind === 'all'} onClick={onSelectAll}>
        Select all matching users
      </Button>
      <Button appearance="subtle" onClick={onClear}>
        Clear selection
      </Button>
      <span className={styles.divider} aria-hidden />
      {BULK_ACTIONS.map((action) => (
        <Button
          key={action}
          disabled={!canChange}
          title={canChange ? undefined : READER_REASON}
          onClick={() => onAction(action)}
        >
          {JOB_ACTION_LABEL[action]}
        </Button>
      ))}
    </div>
  );
}

function refusalText(error: unknown): string {
  if (error instanceof ApiError) {
    return error.isNetworkError
      ? "Couldn't reach the server. Nothing was started: try again."
      : error.message;
  }
  return 'Something went wrong. Try again.';
}

/** Start: creates the job (one per click, however many clicks) and goes to its page. */
function useStart(onClose: () => void) {
  const navigate = useNavigate();
  const create = useCreateJob();
  const start = (body: JobRequest) =>
    create.mutate(body, {
      onSuccess: (job) => {
        // The dialog closes first, letting go of focus, then the job's page opens.
        onClose();
        window.setTimeout(
          () => void navigate({ to: '/jobs/$jobId', params: { jobId: job.id } }),
          0,
        );
      },
    });
  return { start, pending: create.isPending, error: create.error };
}

/** Why the job didn't start, if it didn't; then Start (once the preview says who changes) and Cancel. */
function StartActions({
  body,
  ready,
  canChange,
  onClose,
}: {
  body: JobRequest | null;
  ready: boolean;
  canChange: boolean;
  onClose: () => void;
}) {
  const { start, pending, error } = useStart(onClose);
  return (
    <>
      {error ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>The job didn’t start</MessageBarTitle>
            {refusalText(error)}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <DialogActions>
        <Button
          appearance="primary"
          disabled={!canChange || !body || !ready || pending}
          title={canChange ? undefined : READER_REASON}
          onClick={() => body && start(body)}
        >
          Start
        </Button>
        <Button onClick={onClose}>Cancel</Button>
      </DialogActions>
    </>
  );
}

function Table({
  name,
  head,
  rows,
}: {
  name: string;
  head: string[];
  rows: { key: string; cells: ReactNode[]; bad?: boolean }[];
}) {
  const styles = useStyles();
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table} aria-label={name}>
        <thead>
          <tr>
            {head.map((label) => (
              <th key={label} scope="col" className={styles.th}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, i) => (
                <td key={i} className={styles.td}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A preview that couldn't be had: why, and Retry. */
function PreviewError({
  title,
  preview,
}: {
  title: string;
  preview: { error: unknown; refetch: () => unknown };
}) {
  if (!preview.error) return null;
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {refusalText(preview.error)}{' '}
        <Button size="small" onClick={() => void preview.refetch()}>
          Retry
        </Button>
      </MessageBarBody>
    </MessageBar>
  );
}

/** J2: `N users will change`, `M will be skipped`. */
function PreviewCounts({ preview }: { preview: { willChange: number; skippedCount: number } }) {
  const styles = useStyles();
  return (
    <p className={styles.counts}>
      <span className={styles.big}>
        {count(preview.willChange)} {preview.willChange === 1 ? 'user' : 'users'} will change
      </span>
      <span>{count(preview.skippedCount)} will be skipped</span>
    </p>
  );
}

interface BulkActionDialogProps {
  /** Kept mounted once opened: a dialog unmounted while open would leave the focus trap behind. */
  open: boolean;
  action: BulkAction;
  selection: Selection;
  canChange: boolean;
  onClose: () => void;
}

/** J2: who the action would change and who it would skip and why; then Start. */
export function BulkActionDialog({
  open,
  action,
  selection,
  canChange,
  onClose,
}: BulkActionDialogProps) {
  const styles = useStyles();
  const body: JobRequest = { action, ...jobTarget(selection) };
  const preview = useJobPreview(open ? body : null);
  const names = selectedNames(selection);
  const data = preview.data;
  return (
    <ActionDialog
      open={open}
      onOpenChange={(next) => !next && onClose()}
      className={styles.surface}
    >
      <DialogBody>
        <DialogTitle>{JOB_ACTION_LABEL[action]}</DialogTitle>
        <DialogContent className={styles.content}>
          {action === 'resetPins' ? (
            <p className={styles.muted}>
              Each user gets their new PIN by email; no PIN is shown here. Users without a mailbox
              are skipped.
            </p>
          ) : null}
          {names.length > 0 && names.length <= 25 ? (
            <p className={styles.muted}>Selected: {names.join(', ')}</p>
          ) : null}
          {preview.isPending ? <Spinner size="tiny" label="Checking the users…" /> : null}
          <PreviewError title="Couldn’t check the users" preview={preview} />
          {data ? (
            <>
              <PreviewCounts preview={data} />
              {data.skippedCount > 0 ? (
                <>
                  <Table
                    name="Skipped users"
                    head={['User', 'Reason']}
                    rows={data.skipped.map((user) => ({
                      key: user.userId,
                      cells: [user.displayName, user.reason],
                    }))}
                  />
                  {data.skippedCount > data.skipped.length ? (
                    <p className={styles.muted}>
                      The first {count(data.skipped.length)} of {count(data.skippedCount)} are
                      listed; the job’s results will list them all.
                    </p>
                  ) : null}
                </>
              ) : null}
            </>
          ) : null}
          <ShowPowerShell change={{ action: 'startJob', job: action, file: JOB_USERS_FILE }} />
        </DialogContent>
        <StartActions
          body={body}
          ready={Boolean(data && data.willChange > 0)}
          canChange={canChange}
          onClose={onClose}
        />
      </DialogBody>
    </ActionDialog>
  );
}

/** Lets the page paint between slices of a big file. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

type ImportRead =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'refused'; message: string }
  | { kind: 'read'; rows: ImportRowInput[] };

/** J8: `UserPrincipalName,ConferenceId` with a header row, checked line by line. */
async function readImportFile(file: File): Promise<ImportRead> {
  const text = await file.text();
  await nextFrame();
  const parsed = parseCsv(text);
  if (!parsed.ok) return { kind: 'refused', message: `Line ${parsed.line}: ${parsed.message}` };
  const [header, ...records] = parsed.records;
  const names = header?.fields.map((field) => field.trim().toLowerCase()) ?? [];
  const upn = names.indexOf('userprincipalname');
  const id = names.indexOf('conferenceid');
  if (upn < 0 || id < 0) {
    return {
      kind: 'refused',
      message: 'The first line must name the columns UserPrincipalName and ConferenceId.',
    };
  }
  if (records.length === 0) return { kind: 'refused', message: 'The file has no rows.' };
  if (records.length > MAX_JOB_USERS) {
    return {
      kind: 'refused',
      message: `The file has ${count(records.length)} rows; an import takes at most ${count(MAX_JOB_USERS)}.`,
    };
  }
  const rows: ImportRowInput[] = [];
  for (let i = 0; i < records.length; i++) {
    if (i > 0 && i % 20_000 === 0) await nextFrame();
    const record = records[i]!;
    rows.push({
      line: record.line,
      userPrincipalName: (record.fields[upn] ?? '').slice(0, 320),
      conferenceId: (record.fields[id] ?? '').slice(0, 40),
    });
  }
  return { kind: 'read', rows };
}

/** How many rows the Rows table shows; beyond it, the rows with problems only. */
const ROWS_SHOWN = 200;

function shownRows(rows: CheckedImportRowView[]): CheckedImportRowView[] {
  if (rows.length <= ROWS_SHOWN) return rows;
  return rows.filter((row) => !row.valid).slice(0, 1_000);
}

/** J8: a CSV file of conference IDs, every row checked, the valid ones applied as a job. */
export function ImportDialog({
  open,
  canChange,
  onClose,
}: {
  open: boolean;
  canChange: boolean;
  onClose: () => void;
}) {
  const styles = useStyles();
  const [read, setRead] = useState<ImportRead>({ kind: 'idle' });
  const [fileName, setFileName] = useState(JOB_USERS_FILE);
  const body: JobRequest | null =
    read.kind === 'read' ? { action: 'importConferenceIds', rows: read.rows } : null;
  const preview = useJobPreview(body);
  const data = preview.data;
  const rows = data?.rows ?? [];
  const shown = shownRows(rows);
  const [view, setView] = useState<'all' | 'problems'>('all');
  const listed = view === 'problems' ? shown.filter((row) => !row.valid) : shown;
  return (
    <ActionDialog
      open={open}
      onOpenChange={(next) => !next && onClose()}
      className={styles.surface}
    >
      <DialogBody>
        <DialogTitle>Import conference IDs</DialogTitle>
        <DialogContent className={styles.content}>
          <p className={styles.muted}>
            A CSV file with the columns UserPrincipalName and ConferenceId (a header row, UTF-8, up
            to {count(MAX_JOB_USERS)} rows). Every row is checked; only the valid ones are applied.
          </p>
          <Field
            label="CSV file"
            validationMessage={read.kind === 'refused' ? read.message : undefined}
          >
            {(props) => (
              <input
                {...props}
                type="file"
                accept=".csv,text/csv"
                onChange={(event) => {
                  const file = event.currentTarget.files?.[0];
                  if (!file) return;
                  setRead({ kind: 'reading' });
                  setFileName(file.name);
                  void readImportFile(file).then(setRead);
                }}
              />
            )}
          </Field>
          {read.kind === 'reading' || preview.isFetching ? (
            <Spinner size="tiny" label="Checking the rows…" />
          ) : null}
          <PreviewError title="Couldn’t check the rows" preview={preview} />
          {data ? (
            <>
              <PreviewCounts preview={data} />
              <Field label="Show">
                <Select
                  value={view}
                  onChange={(_, option) => setView(option.value as 'all' | 'problems')}
                >
                  <option value="all">All rows</option>
                  <option value="problems">Rows with problems</option>
                </Select>
              </Field>
              <Table
                name="Rows"
                head={['Line', 'User', 'Conference ID', 'Status']}
                rows={listed.map((row) => ({
                  key: String(row.line),
                  cells: [
                    row.line,
                    row.displayName ?? row.userPrincipalName,
                    row.conferenceId,
                    row.valid ? 'Valid' : <span className={styles.bad}>{row.reason}</span>,
                  ],
                }))}
              />
              {rows.length > ROWS_SHOWN ? (
                <p className={styles.muted}>
                  {count(rows.length)} rows: the ones with problems are listed.
                </p>
              ) : null}
            </>
          ) : null}
          <ShowPowerShell
            change={{ action: 'startJob', job: 'importConferenceIds', file: fileName }}
          />
        </DialogContent>
        <StartActions
          body={body}
          ready={Boolean(data && data.willChange > 0)}
          canChange={canChange}
          onClose={onClose}
        />
      </DialogBody>
    </ActionDialog>
  );
}
