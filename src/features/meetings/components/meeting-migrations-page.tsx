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
import { useId, useState } from 'react';
import { describeError } from '../../../api/api-error';
import {
  MIGRATION_STATE_LABEL,
  MAX_MIGRATION_RETRIES,
  MIGRATION_STATES,
  type MeetingMigration,
  type MigrationState,
} from '../../../api/contract/meetings';
import { useMe } from '../../../api/get-me';
import { useListPageStyles } from '../../../components/list-page-styles';
import { LoadError } from '../../../components/load-error';
import { RouterLink } from '../../../components/router-link';
import { StatusMessage } from '../../../components/status-message';
import { useMeetingMigrations, useRetryMigration } from '../api/meetings';

const READER_REASON = 'Your role can view meeting migrations but not retry them.';
const NO_RETRIES_LEFT = 'No retries are left: Update meetings on the user starts a new migration.';

const dateTime = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'medium' });
const count = (n: number) => n.toLocaleString('en-US');

const useStyles = makeStyles({
  hint: {
    display: 'block',
    marginTop: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    minWidth: '12rem',
  },
});

type Outcome = { intent: 'success' | 'error'; text: string };

interface MeetingMigrationsPageProps {
  /** The State filter (from the URL); undefined for all states. */
  state: MigrationState | undefined;
  onStateChange: (next: MigrationState | undefined) => void;
}

/** M3: the Meeting Migration Service's migrations, newest first; a failed one can be retried. */
export function MeetingMigrationsPage({ state, onStateChange }: MeetingMigrationsPageProps) {
  const styles = { ...useListPageStyles(), ...useStyles() };
  const me = useMe();
  const migrations = useMeetingMigrations(state);
  const retry = useRetryMigration();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const items = migrations.data?.items ?? [];

  const onRetry = (migration: MeetingMigration) => {
    setOutcome(null);
    retry.mutate(migration.id, {
      onSuccess: (next) =>
        setOutcome({
          intent: 'success',
          text: `Retry started for ${next.userName}: ${MIGRATION_STATE_LABEL[next.state].toLowerCase()}.`,
        }),
      onError: (error) =>
        setOutcome({
          intent: 'error',
          text: `Couldn’t retry the migration for ${migration.userName}: ${describeError(error)}`,
        }),
    });
  };

  return (
    <div className={styles.page}>
      <h1>Meeting migrations</h1>
      <p className={styles.intro}>
        When a user’s conference ID or dial-in numbers change, the Meeting Migration Service updates
        the invites of their scheduled meetings, newest first here. A migration waits 90 minutes
        after the change; meetings with more than 250 attendees are not migrated (the organizer
        updates them in Outlook); a failed migration is retried up to 9 times within 24 hours.
      </p>
      <div className={styles.filters}>
        <Field label="State" className={styles.field}>
          <Select
            value={state ?? ''}
            onChange={(_, data) => {
              setOutcome(null);
              onStateChange(
                MIGRATION_STATES.find((candidate) => candidate === data.value) ?? undefined,
              );
            }}
          >
            <option value="">All states</option>
            {MIGRATION_STATES.map((value) => (
              <option key={value} value={value}>
                {MIGRATION_STATE_LABEL[value]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {outcome ? <StatusMessage intent={outcome.intent}>{outcome.text}</StatusMessage> : null}
      <LoadError query={migrations} title="Couldn't load the meeting migrations" />
      {migrations.isPending ? <Spinner label="Loading the meeting migrations…" /> : null}
      {migrations.data ? (
        <div className={styles.tableWrap}>
          <Table aria-label="Meeting migrations" size="small" className={styles.table}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>User</TableHeaderCell>
                <TableHeaderCell>State</TableHeaderCell>
                <TableHeaderCell>Meetings</TableHeaderCell>
                <TableHeaderCell>Succeeded</TableHeaderCell>
                <TableHeaderCell>Failed</TableHeaderCell>
                <TableHeaderCell>Invites updated</TableHeaderCell>
                <TableHeaderCell>Retries</TableHeaderCell>
                <TableHeaderCell>Last message</TableHeaderCell>
                <TableHeaderCell>Updated</TableHeaderCell>
                <TableHeaderCell>Actions</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((migration) => (
                <TableRow key={migration.id}>
                  <TableCell className={styles.nowrap}>
                    <RouterLink to="/users/$userId" params={{ userId: migration.userId }}>
                      {migration.userName}
                    </RouterLink>
                  </TableCell>
                  <TableCell className={styles.nowrap}>
                    {MIGRATION_STATE_LABEL[migration.state]}
                  </TableCell>
                  <TableCell>{count(migration.meetings)}</TableCell>
                  <TableCell>{count(migration.succeeded)}</TableCell>
                  <TableCell>{count(migration.failed)}</TableCell>
                  <TableCell>{count(migration.invitesUpdated)}</TableCell>
                  <TableCell>{count(migration.retries)}</TableCell>
                  <TableCell className={styles.prose}>{migration.lastMessage}</TableCell>
                  <TableCell className={styles.nowrap}>
                    {dateTime.format(new Date(migration.updatedAt))}
                  </TableCell>
                  <TableCell>
                    {migration.state === 'Failed' ? (
                      <RetryButton
                        migration={migration}
                        canChange={me.canChange}
                        pending={retry.isPending}
                        onRetry={onRetry}
                      />
                    ) : null}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {items.length === 0 ? (
            <p className={styles.empty}>
              {state ? 'No meeting migrations in this state.' : 'No meeting migrations.'}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

/** Retry, named just that; why it is unavailable is its description, never part of its name. */
function RetryButton({
  migration,
  canChange,
  pending,
  onRetry,
}: {
  migration: MeetingMigration;
  canChange: boolean;
  pending: boolean;
  onRetry: (migration: MeetingMigration) => void;
}) {
  const styles = { ...useListPageStyles(), ...useStyles() };
  const hintId = useId();
  const exhausted = migration.retries >= MAX_MIGRATION_RETRIES;
  const reason = exhausted ? NO_RETRIES_LEFT : canChange ? undefined : READER_REASON;
  return (
    <>
      <Button
        size="small"
        disabled={exhausted || !canChange || pending}
        aria-describedby={reason ? hintId : undefined}
        onClick={() => onRetry(migration)}
      >
        Retry
      </Button>
      {reason ? (
        <span id={hintId} className={styles.hint}>
          {reason}
        </span>
      ) : null}
    </>
  );
}
