import { makeStyles, tokens } from '@fluentui/react-components';
import { LockClosedRegular, LockOpenRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import { describeError } from '../../../api/api-error';
import type { UserDetail } from '../../../api/contract/users';
import { StatusMessage } from '../../../components/status-message';
import { usePinLock } from '../api/lock-pin';
import { ActionButton } from './action-button';
import type { Outcome } from './outcome';

const useStyles = makeStyles({
  reason: { alignSelf: 'center', color: tokens.colorNeutralForeground2 },
});

/**
 * P5: Lock PIN, or Unlock PIN when it is locked (one at a time: a locked PIN can only be
 * unlocked). Unavailable actions say why.
 */
export function PinLockButton({
  user,
  onDone,
  conferencingReasonId,
}: {
  user: UserDetail;
  onDone: (outcome: Outcome) => void;
  /** The section's reason text when Audio Conferencing itself is unavailable. */
  conferencingReasonId?: string;
}) {
  const styles = useStyles();
  const reasonId = useId();
  const mutation = usePinLock(user.id, user.etag);
  const locked = user.pin.isLocked;
  const availability = locked ? user.actions.unlockPin : user.actions.lockPin;
  const run = () =>
    mutation.mutate(!locked, {
      onSuccess: (updated) =>
        onDone({
          intent: 'success',
          title: locked ? 'PIN unlocked' : 'PIN locked',
          text: locked
            ? `${updated.displayName} can start meetings with their PIN again.`
            : `${updated.displayName}'s PIN no longer starts meetings until it is unlocked.`,
        }),
    });
  const reason = availability?.available ? null : availability?.reason;
  return (
    <>
      <ActionButton
        icon={locked ? <LockOpenRegular /> : <LockClosedRegular />}
        availability={
          availability && mutation.isPending ? { available: false, reason: null } : availability
        }
        reasonId={conferencingReasonId ?? reasonId}
        onClick={run}
      >
        {locked ? 'Unlock PIN' : 'Lock PIN'}
      </ActionButton>
      {reason && !conferencingReasonId ? (
        <span id={reasonId} className={styles.reason}>
          {reason}
        </span>
      ) : null}
      {mutation.isError ? (
        <StatusMessage intent="error">{describeError(mutation.error)}</StatusMessage>
      ) : null}
    </>
  );
}
