import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Spinner,
} from '@fluentui/react-components';
import type { UserDetail } from '../../../api/contract';
import { StatusMessage } from '../../../components/status-message';
import { useResetPin } from '../api/reset-pin';
import { NewPin } from './new-pin';
import { actionError } from './use-action-error';

interface Props {
  user: UserDetail;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

export function ResetPinDialog({ user, open, onOpenChange }: Props) {
  return (
    <Dialog open={open} onOpenChange={(_, data) => onOpenChange(data.open)}>
      <DialogSurface>
        {/* Mounted only while open: closing the dialog drops the PIN with it. */}
        <ResetPinBody user={user} onClose={() => onOpenChange(false)} />
      </DialogSurface>
    </Dialog>
  );
}

function ResetPinBody({ user, onClose }: { user: UserDetail; onClose: () => void }) {
  const mutation = useResetPin(user.id, user.etag);
  const { formMessage } = actionError(mutation.error);
  const result = mutation.data;

  return (
    <DialogBody>
      <DialogTitle>Reset PIN</DialogTitle>
      <DialogContent>
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
                ? 'the current PIN stops working at once'
                : 'can then start meetings by phone'}
              . The new PIN is shown only once, here.
            </p>
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
              onClick={() => mutation.mutate()}
            >
              Reset
            </Button>
          </>
        )}
      </DialogActions>
    </DialogBody>
  );
}
