import {
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
import { useState } from 'react';
import { AUDIT_ACTION_LABEL } from '../../../api/contract/audit';
import { CALLER_ROLE_LABEL } from '../../../api/contract/common';
import { useAuditLog } from '../api/get-audit-log';
import { useListPageStyles } from '../../../components/list-page-styles';
import { LoadError } from '../../../components/load-error';
import { RouterLink } from '../../../components/router-link';
import type { AuditEntryView } from '../../../api/contract/audit';
import { PowerShellRegion, ShowPowerShellButton } from '../../../components/show-powershell';

const OUTCOME_LABEL = { succeeded: 'Succeeded', refused: 'Refused', forbidden: 'Forbidden' };

const dateTime = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'medium' });

const useStyles = makeStyles({
  // The PowerShell of an entry, under it, as wide as the table.
  powerShell: { paddingBottom: tokens.spacingVerticalS },
});

/** A2: every change and every refused attempt, newest first, by user and action. */
export function AuditLogPage() {
  const styles = { ...useListPageStyles(), ...useStyles() };
  const log = useAuditLog();
  const [user, setUser] = useState('');
  const [action, setAction] = useState('');
  const entries = log.data?.items ?? [];
  const targets = [...new Set(entries.map((e) => e.targetName))].sort((a, b) => a.localeCompare(b));
  const shown = entries.filter(
    (e) => (user === '' || e.targetName === user) && (action === '' || e.action === action),
  );

  return (
    <div className={styles.page}>
      <h1>Audit log</h1>
      <p className={styles.intro}>
        Every change and every refused attempt, newest first: who, with which role, what, to whom,
        when and how it ended, and the PowerShell of each change made. PINs and email bodies are
        never recorded.
      </p>
      <div className={styles.filters}>
        <Field label="User" className={styles.field}>
          <Select value={user} onChange={(_, data) => setUser(data.value)}>
            <option value="">All users</option>
            {targets.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Action" className={styles.field}>
          <Select value={action} onChange={(_, data) => setAction(data.value)}>
            <option value="">All actions</option>
            {Object.entries(AUDIT_ACTION_LABEL).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <LoadError query={log} title="Couldn't load the audit log" />
      {log.isPending ? <Spinner label="Loading the audit log…" /> : null}
      {log.data ? (
        <div className={styles.tableWrap}>
          <Table aria-label="Audit log" size="small" className={styles.table}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>When</TableHeaderCell>
                <TableHeaderCell>Who</TableHeaderCell>
                <TableHeaderCell>Role</TableHeaderCell>
                <TableHeaderCell>Action</TableHeaderCell>
                <TableHeaderCell>Target</TableHeaderCell>
                <TableHeaderCell>Outcome</TableHeaderCell>
                <TableHeaderCell>Reason</TableHeaderCell>
                <TableHeaderCell>Job</TableHeaderCell>
                <TableHeaderCell>PowerShell</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {shown.map((entry) => (
                <AuditRow key={entry.id} entry={entry} />
              ))}
            </TableBody>
          </Table>
          {shown.length === 0 ? (
            <p className={styles.empty}>
              {entries.length === 0 ? 'Nothing has been changed yet.' : 'No entries match.'}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

/** The columns of an entry's row; its PowerShell, when shown, spans them all. */
const COLUMNS = 9;

function AuditRow({ entry }: { entry: AuditEntryView }) {
  const styles = { ...useListPageStyles(), ...useStyles() };
  const [shownPowerShell, setShownPowerShell] = useState(false);
  return (
    <>
      <TableRow>
        <TableCell className={styles.nowrap}>{dateTime.format(new Date(entry.at))}</TableCell>
        <TableCell>{entry.actor}</TableCell>
        <TableCell>{CALLER_ROLE_LABEL[entry.role]}</TableCell>
        <TableCell>{AUDIT_ACTION_LABEL[entry.action]}</TableCell>
        <TableCell>{entry.targetName}</TableCell>
        <TableCell>{OUTCOME_LABEL[entry.outcome]}</TableCell>
        <TableCell className={styles.prose}>{entry.reason ?? ''}</TableCell>
        <TableCell className={styles.nowrap}>
          {entry.jobId ? (
            <RouterLink to="/jobs/$jobId" params={{ jobId: entry.jobId }}>
              {entry.jobId}
            </RouterLink>
          ) : (
            ''
          )}
        </TableCell>
        <TableCell className={styles.nowrap}>
          {entry.powerShell ? (
            <ShowPowerShellButton
              shown={shownPowerShell}
              onToggle={() => setShownPowerShell(!shownPowerShell)}
            />
          ) : (
            ''
          )}
        </TableCell>
      </TableRow>
      {entry.powerShell && shownPowerShell ? (
        <TableRow>
          <TableCell colSpan={COLUMNS} className={styles.powerShell}>
            <PowerShellRegion powerShell={entry.powerShell} />
          </TableCell>
        </TableRow>
      ) : null}
    </>
  );
}
