import {
  DialogBody,
  DialogContent,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { ResetConferenceIdResponse } from '../../../api/contract/audio-conferencing';
import type { UserDetail } from '../../../api/contract/users';
import { DialogFormActions } from '../../../components/dialog-form-actions';
import { actionErrors } from '../../../api/api-error';
import { useFocusOnRefusal } from '../../../lib/use-focus-on-refusal';
import { ActionDialog } from '../../../components/action-dialog';
import { StatusMessage } from '../../../components/status-message';
import { requiredLabel } from '../../../components/required-label';
import { useSetConferenceId } from '../api/set-conference-id';
import { ShowPowerShell } from '../../../components/show-powershell';
import { identityOf } from '../../../lib/powershell';

const useStyles = makeStyles({
  content: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    '& p': { margin: 0 },
  },
  id: { fontFamily: tokens.fontFamilyMonospace, letterSpacing: '0.1em', maxWidth: '14rem' },
});

interface Props {
  user: UserDetail;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onSaved: (result: ResetConferenceIdResponse) => void;
}

export function SetConferenceIdDialog({ user, open, onOpenChange, onSaved }: Props) {
  return (
    <ActionDialog open={open} onOpenChange={onOpenChange}>
      <SetConferenceIdForm user={user} onClose={() => onOpenChange(false)} onSaved={onSaved} />
    </ActionDialog>
  );
}

function SetConferenceIdForm({
  user,
  onClose,
  onSaved,
}: {
  user: UserDetail;
  onClose: () => void;
  onSaved: Props['onSaved'];
}) {
  const styles = useStyles();
  const [value, setValue] = useState('');
  const mutation = useSetConferenceId(user.id, user.etag);
  const { field, form: formMessage } = actionErrors(mutation.error, ['conferenceId']);
  const fieldMessage = field('conferenceId');
  const inputRef = useFocusOnRefusal<HTMLInputElement>(mutation.error, fieldMessage);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (mutation.isPending) return;
    mutation.mutate(value, {
      onSuccess: (result) => {
        onSaved(result);
        onClose();
      },
    });
  }

  return (
    <form noValidate onSubmit={submit}>
      <DialogBody>
        <DialogTitle>Set conference ID</DialogTitle>
        <DialogContent className={styles.content}>
          <p>
            Give {user.displayName} a specific conference ID, for example one that is easy to
            remember. The current ID
            {user.audioConferencing.conferenceId
              ? ` (${user.audioConferencing.conferenceId})`
              : ''}{' '}
            stops working at once and can never be used again.
          </p>
          <Field
            label={requiredLabel('New conference ID')}
            hint="Exactly 7 digits (0–9), not used by anyone now or before."
            validationState={fieldMessage ? 'error' : 'none'}
            validationMessage={fieldMessage}
          >
            <Input
              ref={inputRef}
              aria-required
              className={styles.id}
              inputMode="numeric"
              autoComplete="off"
              value={value}
              onChange={(_, data) => setValue(data.value)}
            />
          </Field>
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Existing meeting invites keep the old ID</MessageBarTitle>
              {user.displayName} should update or reschedule meetings already sent, so that callers
              get the new conference ID.
            </MessageBarBody>
          </MessageBar>
          <ShowPowerShell
            change={{ action: 'setConferenceId', identity: identityOf(user), conferenceId: value }}
          />
          {formMessage ? (
            <StatusMessage intent="error" title="The conference ID wasn't changed">
              {formMessage}
            </StatusMessage>
          ) : null}
        </DialogContent>
        <DialogFormActions submitLabel="Save" pending={mutation.isPending} onCancel={onClose} />
      </DialogBody>
    </form>
  );
}
