import {
  Badge,
  Button,
  DialogBody,
  DialogContent,
  DialogTitle,
  makeStyles,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useId, useState } from 'react';
import {
  MIGRATION_STATE_LABEL,
  type MeetingMigration,
  type UserMeetings,
} from '../../../api/contract/meetings';
import type { UserDetail } from '../../../api/contract/users';
import { actionErrors } from '../../../api/api-error';
import { useMe } from '../../../api/get-me';
import { ActionDialog } from '../../../components/action-dialog';
import { DialogFormActions } from '../../../components/dialog-form-actions';
import { LoadError } from '../../../components/load-error';
import { ShowPowerShell } from '../../../components/show-powershell';
import { identityOf } from '../../../lib/powershell';
import { StatusMessage } from '../../../components/status-message';
import { useUpdateMeetings, useUserActivity, useUserMeetings } from '../api/meetings';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2, margin: 0 },
  toolbar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  timeline: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: { display: 'flex', flexDirection: 'column' },
  when: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

const dateTime = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });
const when = (iso: string) => dateTime.format(new Date(iso));

function migrationText(migration: MeetingMigration): string {
  const state = MIGRATION_STATE_LABEL[migration.state];
  const next =
    migration.state === 'Pending' && migration.nextRunAt
      ? ` It runs at ${when(migration.nextRunAt)} or later.`
      : '';
  return `Meeting migration: ${state} (${migration.trigger}, updated ${when(migration.updatedAt)}). ${migration.lastMessage}${next}`;
}

/** M1–M4: the user's meetings, what their invites carry, and Update meetings. */
export function UserMeetingsSection({ user }: { user: UserDetail }) {
  const styles = useStyles();
  const headingId = useId();
  const meetings = useUserMeetings(user.id);
  const me = useMe();
  const [open, setOpen] = useState(false);
  const [started, setStarted] = useState<MeetingMigration | null>(null);
  const canChange = me.data?.canChange ?? false;
  const data = meetings.data;
  const outOfDate = data?.items.filter((m) => !m.upToDate).length ?? 0;

  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h3 id={headingId} className={styles.heading}>
        Meetings
      </h3>
      {meetings.isPending ? <Spinner size="tiny" label="Loading meetings…" /> : null}
      <LoadError query={meetings} title="Couldn't load the meetings" />
      {data ? (
        <>
          <MeetingsSummary data={data} outOfDate={outOfDate} userName={user.displayName} />
          {data.items.length === 0 ? (
            <p className={styles.muted}>{user.displayName} has no scheduled meetings.</p>
          ) : (
            <Table aria-label="Meetings" size="small">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Subject</TableHeaderCell>
                  <TableHeaderCell>Starts</TableHeaderCell>
                  <TableHeaderCell>Attendees</TableHeaderCell>
                  <TableHeaderCell>Conference ID on the invite</TableHeaderCell>
                  <TableHeaderCell>Invite</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {data.items.map((meeting) => (
                  <TableRow key={meeting.id}>
                    <TableCell>{meeting.subject}</TableCell>
                    <TableCell>{when(meeting.startsAt)}</TableCell>
                    <TableCell>{meeting.attendees}</TableCell>
                    <TableCell>{meeting.invite.conferenceId ?? 'No dial-in'}</TableCell>
                    <TableCell>
                      <Badge
                        appearance="tint"
                        color={meeting.upToDate ? 'success' : 'warning'}
                        shape="rounded"
                      >
                        {meeting.upToDate ? 'Up to date' : 'Out of date'}
                      </Badge>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
          <div className={styles.toolbar}>
            <Button
              disabledFocusable={!canChange}
              aria-describedby={canChange ? undefined : `${headingId}-reader`}
              onClick={() => {
                setStarted(null);
                setOpen(true);
              }}
            >
              Update meetings
            </Button>
            {canChange ? null : (
              <Text id={`${headingId}-reader`} className={styles.muted}>
                Your role can view meetings but not update them.
              </Text>
            )}
          </div>
          {started ? (
            <StatusMessage intent="success" title="Meeting migration started">
              {migrationText(started)}
            </StatusMessage>
          ) : null}
        </>
      ) : null}
      <ActionDialog open={open} onOpenChange={setOpen}>
        <UpdateMeetingsBody
          user={user}
          outOfDate={outOfDate}
          onClose={() => setOpen(false)}
          onStarted={setStarted}
        />
      </ActionDialog>
    </section>
  );
}

function MeetingsSummary({
  data,
  outOfDate,
  userName,
}: {
  data: UserMeetings;
  outOfDate: number;
  userName: string;
}) {
  const styles = useStyles();
  const manual = !data.automaticallyUpdateMeetings && outOfDate > 0;
  return (
    <>
      {manual ? (
        <StatusMessage intent="warning" title="Invites must be updated by hand">
          Automatically update meetings is off (Conference bridges), so no meeting migration was
          queued: {outOfDate === 1 ? '1 invite still carries' : `${outOfDate} invites still carry`}{' '}
          the old dial-in information. Use Update meetings, or ask {userName} to reschedule them.
        </StatusMessage>
      ) : null}
      {data.migration ? (
        <p className={styles.muted}>{migrationText(data.migration)}</p>
      ) : (
        <p className={styles.muted}>No meeting migration has run for {userName}.</p>
      )}
    </>
  );
}

function UpdateMeetingsBody({
  user,
  outOfDate,
  onClose,
  onStarted,
}: {
  user: UserDetail;
  outOfDate: number;
  onClose: () => void;
  onStarted: (migration: MeetingMigration) => void;
}) {
  const mutation = useUpdateMeetings(user.id);
  const { form } = actionErrors(mutation.error);
  return (
    <DialogBody>
      <DialogTitle>Update meetings</DialogTitle>
      <DialogContent>
        <p>
          A meeting migration for {user.displayName} starts now, without the 90-minute queue: every
          invite gets the current dial-in information
          {outOfDate > 0
            ? ` (${outOfDate === 1 ? '1 invite is' : `${outOfDate} invites are`} out of date)`
            : ' (every invite is up to date)'}
          . Meetings with more than 250 attendees are not migrated.
        </p>
        <ShowPowerShell change={{ action: 'updateMeetings', identity: identityOf(user) }} />
        {form ? (
          <StatusMessage intent="error" title="The meeting migration didn't start">
            {form}
          </StatusMessage>
        ) : null}
      </DialogContent>
      <DialogFormActions
        submitLabel="Start"
        pending={mutation.isPending}
        onCancel={onClose}
        onSubmit={() =>
          mutation.mutate(undefined, {
            onSuccess: (migration) => {
              onStarted(migration);
              onClose();
            },
          })
        }
      />
    </DialogBody>
  );
}

const ACTIVITY_SHOWN = 20;

/** The user's own timeline, newest first: changes, emails, migrations. Never a PIN. */
export function UserActivitySection({ userId }: { userId: string }) {
  const styles = useStyles();
  const headingId = useId();
  const activity = useUserActivity(userId);
  const [all, setAll] = useState(false);
  const items = activity.data?.items ?? [];
  const shown = all ? items : items.slice(0, ACTIVITY_SHOWN);
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h3 id={headingId} className={styles.heading}>
        Activity
      </h3>
      {activity.isPending ? <Spinner size="tiny" label="Loading activity…" /> : null}
      <LoadError query={activity} title="Couldn't load the activity" />
      {activity.data && items.length === 0 ? (
        <p className={styles.muted}>Nothing has happened to this user yet.</p>
      ) : null}
      {shown.length > 0 ? (
        <ol className={styles.timeline}>
          {shown.map((item) => (
            <li key={item.id} className={styles.item}>
              <span>{item.summary}</span>
              <span className={styles.when}>
                {when(item.at)} · {item.actor}
              </span>
            </li>
          ))}
        </ol>
      ) : null}
      {!all && items.length > ACTIVITY_SHOWN ? (
        <Button appearance="subtle" onClick={() => setAll(true)}>
          Show all {items.length}
        </Button>
      ) : null}
    </section>
  );
}
