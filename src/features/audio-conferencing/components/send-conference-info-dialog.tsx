import {
  DialogBody,
  DialogContent,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { SentEmail } from '../../../api/contract/common';
import type { UserDetail } from '../../../api/contract/users';
import { DialogFormActions } from '../../../components/dialog-form-actions';
import { actionErrors } from '../../../api/api-error';
import { useFocusOnRefusal } from '../../../lib/use-focus-on-refusal';
import { ActionDialog } from '../../../components/action-dialog';
import { StatusMessage } from '../../../components/status-message';
import { requiredLabel } from '../../../components/required-label';
import { useSendConferenceInfo } from '../api/send-conference-info';
import { ShowPowerShell } from '../../../components/show-powershell';
import { identityOf } from '../../../lib/powershell';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    '& p': { margin: 0 },
  },
});

interface Props {
  user: UserDetail;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onSent: (email: SentEmail) => void;
}

export function SendConferenceInfoDialog({ user, open, onOpenChange, onSent }: Props) {
  return (
    <ActionDialog open={open} onOpenChange={onOpenChange}>
      <SendConferenceInfoForm user={user} onClose={() => onOpenChange(false)} onSent={onSent} />
    </ActionDialog>
  );
}

function SendConferenceInfoForm({
  user,
  onClose,
  onSent,
}: {
  user: UserDetail;
  onClose: () => void;
  onSent: (email: SentEmail) => void;
}) {
  const styles = useStyles();
  const [otherAddress, setOtherAddress] = useState('');
  const mutation = useSendConferenceInfo(user.id);
  const { field, form: formMessage } = actionErrors(mutation.error, ['to']);
  const fieldMessage = field('to');
  const addressRef = useFocusOnRefusal<HTMLInputElement>(mutation.error, fieldMessage);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (mutation.isPending) return;
    const to = otherAddress === '' ? undefined : otherAddress;
    mutation.mutate(
      { to },
      {
        onSuccess: ({ email }) => {
          onSent(email);
          onClose();
        },
      },
    );
  }

  return (
    <form noValidate onSubmit={submit}>
      <DialogBody>
        <DialogTitle>Send conference info in email</DialogTitle>
        <DialogContent className={styles.form}>
          <p>
            Sends {user.displayName}'s conference ID and dial-in numbers. The PIN is never included.
          </p>
          <p>
            <strong>To: </strong>
            {user.email ?? `${user.displayName} has no mailbox — enter an address below.`}
          </p>
          <Field
            label={requiredLabel('Send to a different email address', !user.email)}
            hint={user.email ? `Leave empty to send to ${user.email}.` : undefined}
            validationState={fieldMessage ? 'error' : 'none'}
            validationMessage={fieldMessage}
          >
            <Input
              ref={addressRef}
              aria-required={!user.email}
              type="text"
              inputMode="email"
              autoComplete="off"
              value={otherAddress}
              onChange={(_, data) => setOtherAddress(data.value)}
            />
          </Field>
          <ShowPowerShell
            change={{
              action: 'sendConferenceInfo',
              identity: identityOf(user),
              sendTo: otherAddress.trim() || null,
            }}
          />
          {formMessage ? (
            <StatusMessage intent="error" title="The email wasn't sent">
              {formMessage}
            </StatusMessage>
          ) : null}
        </DialogContent>
        <DialogFormActions submitLabel="Send" pending={mutation.isPending} onCancel={onClose} />
      </DialogBody>
    </form>
  );
}
