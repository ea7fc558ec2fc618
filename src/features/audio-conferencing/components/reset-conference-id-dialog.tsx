import {
  DialogBody,
  DialogContent,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { ResetConferenceIdResponse } from '../../../api/contract/audio-conferencing';
import type { UserDetail } from '../../../api/contract/users';
import { DialogFormActions } from '../../../components/dialog-form-actions';
import { actionErrors } from '../../../api/api-error';
import { ActionDialog } from '../../../components/action-dialog';
import { StatusMessage } from '../../../components/status-message';
import { useResetConferenceId } from '../api/reset-conference-id';
import { ShowPowerShell } from '../../../components/show-powershell';
import { identityOf } from '../../../lib/powershell';

interface Props {
  user: UserDetail;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onReset: (result: ResetConferenceIdResponse) => void;
}

export function ResetConferenceIdDialog({ user, open, onOpenChange, onReset }: Props) {
  return (
    <ActionDialog open={open} onOpenChange={onOpenChange}>
      <ResetConferenceIdBody user={user} onClose={() => onOpenChange(false)} onReset={onReset} />
    </ActionDialog>
  );
}

function ResetConferenceIdBody({
  user,
  onClose,
  onReset,
}: {
  user: UserDetail;
  onClose: () => void;
  onReset: Props['onReset'];
}) {
  const mutation = useResetConferenceId(user.id, user.etag);
  const { form: formMessage } = actionErrors(mutation.error);
  const currentId = user.audioConferencing.conferenceId;

  return (
    <DialogBody>
      <DialogTitle>Reset conference ID</DialogTitle>
      <DialogContent>
        <p>
          {user.displayName} gets a new conference ID, and the current one
          {currentId ? ` (${currentId})` : ''} stops working at once.
        </p>
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Existing meeting invites keep the old ID</MessageBarTitle>
            {user.displayName} should update or reschedule meetings already sent, so that callers
            get the new conference ID.
          </MessageBarBody>
        </MessageBar>
        <ShowPowerShell change={{ action: 'resetConferenceId', identity: identityOf(user) }} />
        {formMessage ? (
          <StatusMessage intent="error" title="The conference ID wasn't reset">
            {formMessage}
          </StatusMessage>
        ) : null}
      </DialogContent>
      <DialogFormActions
        submitLabel="Reset"
        pending={mutation.isPending}
        onCancel={onClose}
        onSubmit={() =>
          mutation.mutate(undefined, {
            onSuccess: (result) => {
              onReset(result);
              onClose();
            },
          })
        }
      />
    </DialogBody>
  );
}
