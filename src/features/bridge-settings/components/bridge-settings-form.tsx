import {
  Button,
  Field,
  Input,
  makeStyles,
  Select,
  Spinner,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { actionErrors } from '../../../api/api-error';
import { type BridgeSettings, type BridgeSettingsUpdate } from '../../../api/contract/bridge';
import { CALLER_ROLE_LABEL } from '../../../api/contract/common';
import { formatPhoneNumber } from '../../../api/format';
import { useMe } from '../../../api/get-me';
import { ShowPowerShell } from '../../../components/show-powershell';
import { StatusMessage } from '../../../components/status-message';
import { useUpdateBridge } from '../api/update-bridge';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    maxWidth: '40rem',
  },
  short: { width: '8rem' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

function updateOf(bridge: BridgeSettings): BridgeSettingsUpdate {
  const { conferenceIdLength: _length, serviceNumbers: _numbers, ...update } = bridge;
  return update;
}

/** B1–B5: the tenant's bridge settings. */
export function BridgeSettingsForm({ bridge }: { bridge: BridgeSettings }) {
  const styles = useStyles();
  const [form, setForm] = useState(() => updateOf(bridge));
  const [pinLength, setPinLength] = useState(String(bridge.pinLength));
  const [localError, setLocalError] = useState<string>();
  const mutation = useUpdateBridge();
  const me = useMe();
  const { field, form: formMessage } = actionErrors(mutation.error, [
    'pinLength',
    'defaultTollNumber',
    'defaultTollFreeNumber',
  ]);
  const pinLengthError = localError ?? field('pinLength');
  const set = <K extends keyof BridgeSettingsUpdate>(key: K, value: BridgeSettingsUpdate[K]) =>
    setForm((previous) => ({ ...previous, [key]: value }));
  // What Save sends; until the PIN length is a number, the PowerShell shows the saved one.
  const submitted: BridgeSettingsUpdate = {
    ...form,
    pinLength: /^\d+$/.test(pinLength.trim()) ? Number(pinLength) : bridge.pinLength,
  };
  const tolls = bridge.serviceNumbers.filter((n) => n.type === 'Toll');
  const tollFrees = bridge.serviceNumbers.filter((n) => n.type === 'TollFree');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (mutation.isPending) return;
    if (!/^\d+$/.test(pinLength.trim())) {
      setLocalError('Enter a whole number from 4 to 12.');
      return;
    }
    setLocalError(undefined);
    mutation.mutate(submitted);
  }

  return (
    <form className={styles.form} noValidate onSubmit={submit}>
      <Field label="Conference ID length" hint="Set by the bridge; it can't be changed.">
        <Input className={styles.short} value={`${bridge.conferenceIdLength} digits`} readOnly />
      </Field>
      <Field
        label="PIN length"
        hint="From 4 to 12 digits. Applies to PINs generated from now on: existing PINs keep their length."
        validationState={pinLengthError ? 'error' : 'none'}
        validationMessage={pinLengthError}
      >
        <Input
          className={styles.short}
          type="number"
          min={4}
          max={12}
          value={pinLength}
          onChange={(_, data) => setPinLength(data.value)}
        />
      </Field>
      <Switch
        label="Automatically send emails to users"
        checked={form.autoSendEmails}
        onChange={(_, data) => set('autoSendEmails', data.checked)}
      />
      <Switch
        label="Entry and exit notifications"
        checked={form.entryExitNotifications}
        onChange={(_, data) => set('entryExitNotifications', data.checked)}
      />
      <Field label="Entry and exit announcement type">
        <Select
          value={form.announcementType}
          onChange={(_, data) =>
            set('announcementType', data.value as BridgeSettingsUpdate['announcementType'])
          }
        >
          <option value="Tones">Tones</option>
          <option value="NamesOrPhoneNumbers">Names or phone numbers</option>
        </Select>
      </Field>
      <Switch
        label="Ask callers to record their name"
        checked={form.askCallersToRecordName}
        onChange={(_, data) => set('askCallersToRecordName', data.checked)}
      />
      <Field hint="When a user's conference ID or dial-in numbers change, a meeting migration updates their meeting invites (about 90 minutes later). Off: invites must be updated by hand.">
        <Switch
          label="Automatically update meetings"
          checked={form.automaticallyUpdateMeetings ?? true}
          onChange={(_, data) => set('automaticallyUpdateMeetings', data.checked)}
        />
      </Field>
      <Field
        label="Default toll number"
        validationState={field('defaultTollNumber') ? 'error' : 'none'}
        validationMessage={field('defaultTollNumber')}
      >
        <Select
          value={form.defaultTollNumber}
          onChange={(_, data) => set('defaultTollNumber', data.value)}
        >
          {tolls.map((n) => (
            <option key={n.number} value={n.number}>
              {formatPhoneNumber(n.number)} · {n.city}, {n.country}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label="Default toll-free number"
        validationState={field('defaultTollFreeNumber') ? 'error' : 'none'}
        validationMessage={field('defaultTollFreeNumber')}
      >
        <Select
          value={form.defaultTollFreeNumber ?? ''}
          onChange={(_, data) => set('defaultTollFreeNumber', data.value || null)}
        >
          <option value="">None</option>
          {tollFrees.map((n) => (
            <option key={n.number} value={n.number}>
              {formatPhoneNumber(n.number)} · {n.country}
            </option>
          ))}
        </Select>
      </Field>
      <Table aria-label="Dial-in service numbers" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Number</TableHeaderCell>
            <TableHeaderCell>Type</TableHeaderCell>
            <TableHeaderCell>Location</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {bridge.serviceNumbers.map((n) => (
            <TableRow key={n.number}>
              <TableCell>{formatPhoneNumber(n.number)}</TableCell>
              <TableCell>{n.type === 'Toll' ? 'Toll' : 'Toll-free'}</TableCell>
              <TableCell>{n.type === 'Toll' ? `${n.city}, ${n.country}` : n.country}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <ShowPowerShell change={{ action: 'updateBridgeSettings', settings: submitted }} />
      {formMessage ? (
        <StatusMessage intent="error" title="The settings weren't saved">
          {formMessage}
        </StatusMessage>
      ) : null}
      {mutation.isSuccess ? (
        <StatusMessage intent="success">Bridge settings saved.</StatusMessage>
      ) : null}
      {me.canChange ? (
        <div className={styles.actions}>
          <Button
            appearance="primary"
            type="submit"
            disabledFocusable={mutation.isPending}
            icon={mutation.isPending ? <Spinner size="tiny" /> : undefined}
          >
            Save
          </Button>
        </div>
      ) : me.data ? (
        <StatusMessage intent="info">
          Your role, {CALLER_ROLE_LABEL[me.data.role]}, can view the bridge settings but not change
          them.
        </StatusMessage>
      ) : null}
    </form>
  );
}
