import {
  DialogBody,
  DialogContent,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  Select,
  Switch,
  tokens,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type {
  UpdateAudioConferencingRequest,
  UpdateAudioConferencingResponse,
} from '../../../api/contract/audio-conferencing';
import type { ServiceNumber } from '../../../api/contract/bridge';
import type { DialOut, Provider } from '../../../api/contract/common';
import type { UserDetail } from '../../../api/contract/users';
import { formatPhoneNumber } from '../../../api/format';
import { DialogFormActions } from '../../../components/dialog-form-actions';
import { actionErrors } from '../../../api/api-error';
import { ActionDialog } from '../../../components/action-dialog';
import { StatusMessage } from '../../../components/status-message';
import { useBridge } from '../../../api/get-bridge';
import { useUpdateAudioConferencing } from '../api/update-audio-conferencing';
import { ShowPowerShell } from '../../../components/show-powershell';
import { identityOf } from '../../../lib/powershell';

const useStyles = makeStyles({
  content: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    '& p': { margin: 0 },
  },
});

const PROVIDERS: { value: Provider; label: string }[] = [
  { value: 'Microsoft', label: 'Microsoft' },
  { value: 'ThirdParty', label: 'Third party' },
  { value: 'None', label: 'None' },
];

const DIAL_OUT: { value: DialOut; label: string }[] = [
  { value: 'InternationalAndDomestic', label: 'International and domestic' },
  { value: 'DomesticOnly', label: 'Domestic only' },
  { value: 'None', label: 'None' },
];

interface Props {
  user: UserDetail;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onSaved: (result: UpdateAudioConferencingResponse) => void;
}

export function EditAudioConferencingDialog({ user, open, onOpenChange, onSaved }: Props) {
  return (
    <ActionDialog open={open} onOpenChange={onOpenChange}>
      <EditForm user={user} onClose={() => onOpenChange(false)} onSaved={onSaved} />
    </ActionDialog>
  );
}

function settingsOf(user: UserDetail): UpdateAudioConferencingRequest {
  const {
    enabled,
    provider,
    thirdPartyProviderName,
    tollNumber,
    tollFreeNumber,
    allowUnauthenticatedStart,
    dialOut,
  } = user.audioConferencing;
  return {
    enabled,
    provider,
    thirdPartyProviderName,
    tollNumber,
    tollFreeNumber,
    allowUnauthenticatedStart,
    dialOut,
  };
}

function NumberOptions({
  numbers,
  bridgeDefault,
}: {
  numbers: ServiceNumber[];
  bridgeDefault: string | null | undefined;
}) {
  return (
    <>
      <option value="">
        Bridge default{bridgeDefault ? ` (${formatPhoneNumber(bridgeDefault)})` : ''}
      </option>
      {numbers.map((n) => (
        <option key={n.number} value={n.number}>
          {formatPhoneNumber(n.number)} · {n.city}, {n.country}
        </option>
      ))}
    </>
  );
}

function EditForm({
  user,
  onClose,
  onSaved,
}: {
  user: UserDetail;
  onClose: () => void;
  onSaved: Props['onSaved'];
}) {
  const styles = useStyles();
  const bridge = useBridge();
  // Only what the admin changed is kept here: after a conflict (A4) the user is reloaded, and
  // every field the admin didn't touch shows the latest saved value, so a retry keeps others' work.
  const [edits, setEdits] = useState<Partial<UpdateAudioConferencingRequest>>({});
  const form: UpdateAudioConferencingRequest = { ...settingsOf(user), ...edits };
  const mutation = useUpdateAudioConferencing(user.id);
  // Every refusal is explained above the buttons, number refusals also at their field.
  const { form: formMessage, field: fieldError } = actionErrors(mutation.error);
  const set = <K extends keyof UpdateAudioConferencingRequest>(
    key: K,
    value: UpdateAudioConferencingRequest[K],
  ) => setEdits((previous) => ({ ...previous, [key]: value }));
  const numbers = bridge.data?.serviceNumbers ?? [];

  function submit(event: FormEvent) {
    event.preventDefault();
    if (mutation.isPending) return;
    mutation.mutate(
      { settings: form, etag: user.etag },
      {
        onSuccess: (result) => {
          onSaved(result);
          onClose();
        },
      },
    );
  }

  return (
    <form noValidate onSubmit={submit}>
      <DialogBody>
        <DialogTitle>Edit Audio Conferencing</DialogTitle>
        <DialogContent className={styles.content}>
          <p>Audio Conferencing settings for {user.displayName}.</p>
          <Switch
            label="Audio Conferencing"
            checked={form.enabled}
            onChange={(_, data) => set('enabled', data.checked)}
          />
          <Field
            label="Provider"
            hint="With a third party or None, the Microsoft conference ID stops working."
          >
            <Select
              value={form.provider}
              onChange={(_, data) => set('provider', data.value as Provider)}
            >
              {PROVIDERS.map((p) => (
                <option key={p.value} value={p.value}>
                  {p.label}
                </option>
              ))}
            </Select>
          </Field>
          {form.provider === 'ThirdParty' ? (
            <Field label="Third-party provider name">
              <Input
                value={form.thirdPartyProviderName ?? ''}
                onChange={(_, data) => set('thirdPartyProviderName', data.value || null)}
              />
            </Field>
          ) : null}
          <Field
            label="Toll number"
            validationMessage={fieldError('tollNumber')}
            validationState={fieldError('tollNumber') ? 'error' : 'none'}
          >
            <Select
              value={form.tollNumber ?? ''}
              onChange={(_, data) => set('tollNumber', data.value || null)}
            >
              <NumberOptions
                numbers={numbers.filter((n) => n.type === 'Toll')}
                bridgeDefault={bridge.data?.defaultTollNumber}
              />
            </Select>
          </Field>
          <Field
            label="Toll-free number"
            validationMessage={fieldError('tollFreeNumber')}
            validationState={fieldError('tollFreeNumber') ? 'error' : 'none'}
          >
            <Select
              value={form.tollFreeNumber ?? ''}
              onChange={(_, data) => set('tollFreeNumber', data.value || null)}
            >
              <NumberOptions
                numbers={numbers.filter((n) => n.type === 'TollFree')}
                bridgeDefault={bridge.data?.defaultTollFreeNumber}
              />
            </Select>
          </Field>
          <Switch
            label="Unauthenticated callers can start the meeting"
            checked={form.allowUnauthenticatedStart}
            onChange={(_, data) => set('allowUnauthenticatedStart', data.checked)}
          />
          <Field label="Dial-out" hint="Calls out from meetings this user organizes.">
            <Select
              value={form.dialOut}
              onChange={(_, data) => set('dialOut', data.value as DialOut)}
            >
              {DIAL_OUT.map((d) => (
                <option key={d.value} value={d.value}>
                  {d.label}
                </option>
              ))}
            </Select>
          </Field>
          <ShowPowerShell
            change={{
              action: 'updateAudioConferencing',
              identity: identityOf(user),
              settings: form,
            }}
          />
          {formMessage ? (
            <StatusMessage intent="error" title="The settings weren't saved">
              {formMessage}
            </StatusMessage>
          ) : null}
        </DialogContent>
        <DialogFormActions submitLabel="Save" pending={mutation.isPending} onCancel={onClose} />
      </DialogBody>
    </form>
  );
}
