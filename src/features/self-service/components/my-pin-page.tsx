import {
  Button,
  Checkbox,
  Field,
  Input,
  makeStyles,
  Select,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { describeError } from '../../../api/api-error';
import { endpoints, usersPageSchema } from '../../../api/contract';
import { request } from '../../../api/http-client';
import { userKeys } from '../../../api/query-keys';
import { StatusMessage } from '../../../components/status-message';
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
});

const ME_KEY = 'acac.mock.signedInUser';
const FIRST_PAGE = { page: 1, pageSize: 100 };

/** P7: a user resets their own PIN and sees it once. */
export function MyPinPage() {
  const styles = useStyles();
  const users = useQuery({
    queryKey: userKeys.list(FIRST_PAGE),
    queryFn: ({ signal }) =>
      request(endpoints.users, usersPageSchema, { query: FIRST_PAGE, signal }),
  });
  // Mock mode has no sign-in: the tester chooses who is signed in (kept for this tab).
  const [me, setMe] = useState(() => window.sessionStorage.getItem(ME_KEY) ?? '');
  const choices = users.data?.items ?? [];
  const signedIn =
    choices.find((u) => u.id === me) ??
    choices.find((u) => u.displayName === 'Amos Marble') ??
    choices[0];
  const reset = useResetMyPin();
  const [shown, setShown] = useState(false);
  const pinRef = useRef<HTMLInputElement>(null);
  const pin = reset.data?.pin;
  useEffect(() => {
    if (pin) pinRef.current?.focus();
  }, [pin]);

  return (
    <div className={styles.page}>
      <h1>My Audio Conferencing PIN</h1>
      <p className={styles.intro}>
        Your PIN lets you start meetings when you dial in. If you forgot it, reset it here: the new
        PIN is shown only once.
      </p>
      <div className={styles.card}>
        <Field label="Signed-in user" hint="Mock mode: choose who is signed in.">
          <Select
            value={signedIn?.id ?? ''}
            onChange={(_, data) => {
              setMe(data.value);
              window.sessionStorage.setItem(ME_KEY, data.value);
              reset.reset();
            }}
          >
            {choices.map((u) => (
              <option key={u.id} value={u.id}>
                {u.displayName}
              </option>
            ))}
          </Select>
        </Field>
        {users.isError ? (
          <StatusMessage intent="error">{describeError(users.error)}</StatusMessage>
        ) : null}
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
              disabledFocusable={!signedIn || reset.isPending}
              icon={reset.isPending ? <Spinner size="tiny" /> : undefined}
              onClick={() => signedIn && reset.mutate(signedIn.id)}
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
      </div>
    </div>
  );
}
