import { Badge, Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { Meeting } from '../../../api/contract/dial-in';
import { StatusMessage } from '../../../components/status-message';
import { describeError } from '../../../api/api-error';
import { useEndMeeting } from '../api/end-meeting';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
  },
  header: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
    flexWrap: 'wrap',
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  columns: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalXL },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground3 },
});

function People({ title, people, empty }: { title: string; people: string[]; empty: string }) {
  const styles = useStyles();
  const id = useId();
  return (
    <div>
      <div className={styles.header}>
        <h3 id={id} className={styles.heading}>
          {title}
        </h3>
        <Badge appearance="outline">{people.length}</Badge>
      </div>
      <ul aria-labelledby={id} className={styles.list}>
        {people.map((person) => (
          <li key={person}>{person}</li>
        ))}
      </ul>
      {people.length === 0 ? <Text className={styles.muted}>{empty}</Text> : null}
    </div>
  );
}

export function MeetingView({ meeting, onEnded }: { meeting: Meeting; onEnded: () => void }) {
  const styles = useStyles();
  const end = useEndMeeting();
  const headingId = useId();
  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <div className={styles.header}>
        <h2 id={headingId} className={styles.heading}>
          Meeting {meeting.conferenceId} · organized by {meeting.organizerName}
        </h2>
        <Badge appearance="tint" color={meeting.started ? 'success' : 'warning'}>
          {meeting.started ? 'Started' : 'Waiting for the organizer'}
        </Badge>
      </div>
      <div className={styles.columns}>
        <People title="In the meeting" people={meeting.inMeeting} empty="Nobody yet." />
        <People title="In the lobby" people={meeting.inLobby} empty="Nobody is waiting." />
      </div>
      {end.isError ? (
        <StatusMessage intent="error">{describeError(end.error)}</StatusMessage>
      ) : null}
      <div>
        <Button onClick={() => end.mutate(meeting.conferenceId, { onSuccess: onEnded })}>
          End meeting
        </Button>
      </div>
    </section>
  );
}
