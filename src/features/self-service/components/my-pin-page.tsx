import {
  Button,
  Checkbox,
  Field,
  Input,
  makeStyles,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { describeError } from '../../../api/api-error';
import { LoadError } from '../../../components/load-error';
import { StatusMessage } from '../../../components/status-message';
import { ROLE_LABEL } from '../../../api/contract/common';
import { useMe } from '../../../api/get-me';
import { useResetMyPin } from '../api/reset-my-pin';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '40rem',
  },
  intro: { color: tokens.colorNeutralForeground2, margin: 0 },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalXL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
  },
  pin: { fontFamily: tokens.fontFamilyMonospace, letterSpacing: '0.2em', width: '12rem' },
  row: { display: 'flex', gap: tokens.spacingHorizontalS },
  signedIn: { margin: 0 },
});

/** P7: a user resets their own PIN and sees it once. */
export function MyPinPage() {
  const styles = useStyles();
  // The caller of the self-service page: whom its own token names (in mock mode, "Signed in
  // as" chooses it).
  const me = useMe('self-service');
  const signedIn =
    me.data?.userId != null ? { id: me.data.userId, displayName: me.data.displayName } : undefined;
  return (
    <div className={styles.page}>
      <h1>My Audio Conferencing PIN</h1>
      <p className={styles.intro}>
        Your PIN lets you start meetings when you dial in. If you forgot it, reset it here: the new
        PIN is shown only once.
      </p>
      <div className={styles.card}>
        {signedIn ? (
          // A new user starts afresh: nothing of the last one's reset is kept.
          <MyPin key={signedIn.id} user={signedIn} />
        ) : me.isError ? (
          <LoadError query={me} title="Couldn't load who is signed in" />
        ) : me.data && me.data.role !== 'User' ? (
          <p className={styles.intro}>
            You&apos;re signed in as {me.data.displayName}, {ROLE_LABEL[me.data.role]}: an admin
            account has no PIN of its own here. Sign in with your user account to reset your PIN.
          </p>
        ) : (
          <Spinner size="small" label="Loading…" />
        )}
      </div>
    </div>
  );
}

function MyPin({ user }: { user: { id: string; displayName: string } }) {
  const styles = useStyles();
  const reset = useResetMyPin();
  const [shown, setShown] = useState(false);
  const pinRef = useRef<HTMLInputElement>(null);
  const pin = reset.data?.pin;
  useEffect(() => {
    if (pin) pinRef.current?.focus();
  }, [pin]);

  return (
    <>
      <p className={styles.signedIn}>
        Signed in as <strong>{user.displayName}</strong>
      </p>
      {pin ? (
        <>
          <StatusMessage intent="success" title="PIN reset">
            This is your new PIN. Note it now: it won&apos;t be shown again.
          </StatusMessage>
          <Field label="New PIN">
            <Input
              ref={pinRef}
              className={styles.pin}
              readOnly
              type={shown ? 'text' : 'password'}
              value={pin}
              autoComplete="off"
            />
          </Field>
          <Checkbox
            label="Show PIN"
            checked={shown}
            onChange={(_, data) => setShown(data.checked === true)}
          />
          <div className={styles.row}>
            <Button
              appearance="primary"
              onClick={() => {
                reset.reset();
                setShown(false);
              }}
            >
              Done
            </Button>
          </div>
        </>
      ) : (
        <div className={styles.row}>
          <Button
            appearance="primary"
            disabledFocusable={reset.isPending}
            icon={reset.isPending ? <Spinner size="tiny" /> : undefined}
            onClick={() => reset.mutate(user.id)}
          >
            Reset my PIN
          </Button>
        </div>
      )}
      {reset.isError ? (
        <StatusMessage intent="error" title="Your PIN wasn't reset">
          {describeError(reset.error)}
        </StatusMessage>
      ) : null}
    </>
  );
}
