import {
  Button,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogTitle,
  Spinner,
} from '@fluentui/react-components';
import { makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { UserDetail } from '../../../api/contract/users';
import { ActionDialog } from '../../../components/action-dialog';
import { StatusMessage } from '../../../components/status-message';
import { useResetPin } from '../api/reset-pin';
import { NewPin } from './new-pin';
import { actionErrors, isApiError } from '../../../api/api-error';
import { useBridge } from '../../../api/get-bridge';
import { usePinProblems } from '../api/check-pin';
import { ResetPinOptions, type PinChoice } from './reset-pin-options';
import { ShowPowerShell } from '../../../components/show-powershell';
import { identityOf } from '../../../lib/powershell';

interface Props {
  user: UserDetail;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

const useStyles = makeStyles({
  content: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    '& p': { margin: 0 },
  },
});

export function ResetPinDialog({ user, open, onOpenChange }: Props) {
  return (
    <ActionDialog open={open} onOpenChange={onOpenChange}>
      {/* Mounted only while open: closing the dialog drops the PIN with it. */}
      <ResetPinBody user={user} onClose={() => onOpenChange(false)} />
    </ActionDialog>
  );
}

function ResetPinBody({ user, onClose }: { user: UserDetail; onClose: () => void }) {
  const styles = useStyles();
  const bridge = useBridge();
  const mutation = useResetPin(user.id, user.etag);
  const { field, form: formMessage } = actionErrors(mutation.error, ['pin', 'sendToAddress']);
  const result = mutation.data;
  const [choice, setChoice] = useState<PinChoice | null>(null);
  // B3: sending is on by default when the bridge sends emails automatically.
  const current = choice ?? {
    mode: 'generate',
    pin: '',
    sendEmail: bridge.data?.autoSendEmails ?? true,
    otherAddress: '',
  };
  const problems = usePinProblems(user.id, current.mode === 'specific' ? current.pin : null);

  function reset() {
    if (mutation.isPending) return;
    mutation.mutate({
      pin: current.mode === 'specific' ? current.pin : undefined,
      sendEmail: current.sendEmail,
      sendToAddress:
        current.sendEmail && current.otherAddress !== '' ? current.otherAddress : undefined,
    });
  }

  return (
    <DialogBody>
      <DialogTitle>Reset PIN</DialogTitle>
      <DialogContent className={styles.content}>
        {result ? (
          <NewPin
            pin={result.pin}
            user={result.user}
            conferenceId={result.user.audioConferencing.conferenceId}
            email={result.email}
          />
        ) : (
          <>
            <p>
              {user.displayName} gets a new PIN, and{' '}
              {user.pin.isSet
                ? 'the current PIN stops working at once.'
                : 'can then start meetings by phone.'}{' '}
              The new PIN is shown only once, here.
            </p>
            <ResetPinOptions
              user={user}
              choice={current}
              onChange={setChoice}
              problems={problems}
              pinError={isApiError(mutation.error) ? mutation.error.fieldErrors.pin : undefined}
              addressError={field('sendToAddress')}
            />
            <ShowPowerShell
              change={
                current.mode === 'specific'
                  ? { action: 'setPin', identity: identityOf(user) }
                  : {
                      action: 'resetPin',
                      identity: identityOf(user),
                      sendEmail: current.sendEmail,
                      sendTo: current.otherAddress || null,
                    }
              }
            />
            {formMessage ? (
              <StatusMessage intent="error" title="The PIN wasn't reset">
                {formMessage}
              </StatusMessage>
            ) : null}
          </>
        )}
      </DialogContent>
      <DialogActions>
        {result ? (
          <Button appearance="primary" onClick={onClose}>
            Close
          </Button>
        ) : (
          <>
            <Button onClick={onClose}>Cancel</Button>
            <Button
              appearance="primary"
              disabledFocusable={mutation.isPending}
              icon={mutation.isPending ? <Spinner size="tiny" /> : undefined}
              onClick={reset}
            >
              Reset
            </Button>
          </>
        )}
      </DialogActions>
    </DialogBody>
  );
}
