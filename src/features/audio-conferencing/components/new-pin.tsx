import {
  Button,
  Checkbox,
  Field,
  Input,
  Link,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CopyRegular, MailRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import type { EmailOutcome } from '../../../api/contract/common';
import type { UserDetail } from '../../../api/contract/users';
import { StatusMessage } from '../../../components/status-message';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  pinRow: {
    display: 'flex',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
  pin: { fontFamily: tokens.fontFamilyMonospace, letterSpacing: '0.2em', width: '12rem' },
});

interface Props {
  pin: string;
  user: UserDetail;
  conferenceId: string | null;
  email: EmailOutcome;
}

/**
 * The new PIN, shown once (P2): masked until asked, copyable, and never put in a URL — the mail
 * link carries everything but the PIN, which the admin pastes in.
 */
export function NewPin({ pin, user, conferenceId, email }: Props) {
  const styles = useStyles();
  const [shown, setShown] = useState(false);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const pinRef = useRef<HTMLInputElement>(null);
  // The confirm button that had focus is gone: focus moves to the PIN itself.
  useEffect(() => pinRef.current?.focus(), []);

  const mailto = `mailto:${user.email ?? ''}?subject=${encodeURIComponent(
    'Your Audio Conferencing PIN',
  )}&body=${encodeURIComponent(
    `Hello ${user.displayName},\n\nYour Audio Conferencing PIN has been reset.\n\nPIN: (paste the PIN here)\nConference ID: ${conferenceId ?? 'none'}\n`,
  )}`;

  async function copyPin() {
    try {
      await navigator.clipboard.writeText(pin);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  }

  return (
    <div className={styles.root}>
      <StatusMessage intent="success" title="PIN reset">
        {email.sent
          ? `An email with the new PIN was sent to ${email.to}.`
          : (email.reason ?? `No email was sent. Give ${user.displayName} the new PIN yourself.`)}
      </StatusMessage>
      <div className={styles.pinRow}>
        <Field
          label="New PIN"
          hint="Shown only now. Once you close this dialog, nobody can see it again."
        >
          <Input
            ref={pinRef}
            className={styles.pin}
            readOnly
            type={shown ? 'text' : 'password'}
            value={pin}
            autoComplete="off"
          />
        </Field>
        <Button icon={<CopyRegular />} onClick={() => void copyPin()}>
          Copy PIN
        </Button>
      </div>
      <Checkbox
        label="Show PIN"
        checked={shown}
        onChange={(_, data) => setShown(data.checked === true)}
      />
      {copy === 'copied' ? (
        <StatusMessage intent="info">PIN copied to the clipboard.</StatusMessage>
      ) : null}
      {copy === 'failed' ? (
        <StatusMessage intent="warning">
          Couldn't copy to the clipboard. Check Show PIN, then select the PIN and copy it.
        </StatusMessage>
      ) : null}
      <Link href={mailto}>
        <MailRegular aria-hidden /> Open my email app to send the PIN to {user.displayName}
      </Link>
    </div>
  );
}
