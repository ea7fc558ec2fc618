import {
  Button,
  Field,
  Input,
  makeStyles,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { CallRegular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';
import { describeError } from '../../../api/api-error';
import { StatusMessage } from '../../../components/status-message';
import { requiredLabel } from '../../../components/required-label';
import { useDialIn } from '../api/dial-in';
import { useMeetings } from '../api/get-meetings';
import { MeetingView } from './meeting-view';
import { LoadError } from '../../../components/load-error';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '56rem',
  },
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
  fields: {
    display: 'flex',
    gap: tokens.spacingHorizontalL,
    flexWrap: 'wrap',
    alignItems: 'flex-end',
  },
  input: { width: '14rem', fontFamily: tokens.fontFamilyMonospace },
});

/** Mock mode only: a phone on the simulated bridge, to see D1–D2 at work. */
export function DialInPage() {
  const styles = useStyles();
  const [conferenceId, setConferenceId] = useState('');
  const [pin, setPin] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const dial = useDialIn();
  const meetings = useMeetings();
  const answer = dial.data;
  const meeting = meetings.data?.items.find((m) => m.conferenceId === selected) ?? null;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (dial.isPending) return;
    dial.mutate(
      { conferenceId, pin: pin === '' ? undefined : pin },
      {
        onSuccess: (result) => {
          if (result.meeting) setSelected(result.meeting.conferenceId);
          // A PIN is a secret: it doesn't stay in the form once used.
          setPin('');
        },
      },
    );
  }

  return (
    <div className={styles.page}>
      <h1>Dial-in simulator</h1>
      <p className={styles.intro}>
        Call the mock bridge as a caller would. Enter a conference ID to join; add the
        organizer&apos;s PIN to start the meeting as the organizer.
      </p>
      <form className={styles.card} noValidate onSubmit={submit}>
        <div className={styles.fields}>
          <Field label={requiredLabel('Conference ID')}>
            <Input
              aria-required
              className={styles.input}
              inputMode="numeric"
              autoComplete="off"
              value={conferenceId}
              onChange={(_, data) => setConferenceId(data.value)}
            />
          </Field>
          <Field label="PIN" hint="Only the organizer has one.">
            <Input
              className={styles.input}
              type="password"
              inputMode="numeric"
              autoComplete="off"
              value={pin}
              onChange={(_, data) => setPin(data.value)}
            />
          </Field>
          <Button
            appearance="primary"
            type="submit"
            icon={dial.isPending ? <Spinner size="tiny" /> : <CallRegular />}
            disabledFocusable={dial.isPending}
          >
            Dial in
          </Button>
        </div>
        {answer ? (
          <StatusMessage
            intent={answer.outcome === 'refused' ? 'error' : 'success'}
            title="The bridge answers"
          >
            {answer.message}
          </StatusMessage>
        ) : null}
        {dial.isError ? (
          <StatusMessage intent="error" title="The call didn't go through">
            {describeError(dial.error)}
          </StatusMessage>
        ) : null}
      </form>
      <LoadError query={meetings} title="Couldn't load the meetings" />
      {selected ? (
        meeting ? (
          <MeetingView meeting={meeting} onEnded={() => setSelected(null)} />
        ) : meetings.isFetching ? (
          <Spinner label="Loading the meeting…" />
        ) : (
          <Text>The meeting on {selected} has ended.</Text>
        )
      ) : null}
    </div>
  );
}
