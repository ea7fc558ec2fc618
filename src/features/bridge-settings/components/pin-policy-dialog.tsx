import {
  Checkbox,
  DialogBody,
  DialogContent,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  Select,
  tokens,
} from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { actionErrors } from '../../../api/api-error';
import type { PinPolicy } from '../../../api/contract/pin-policies';
import { userQueryOptions } from '../../../api/get-user';
import { DialogFormActions } from '../../../components/dialog-form-actions';
import { ShowPowerShell } from '../../../components/show-powershell';
import { identityOf, type PinPolicyScope, type PowerShellAction } from '../../../lib/powershell';
import { ActionDialog } from '../../../components/action-dialog';
import { StatusMessage } from '../../../components/status-message';
import { useSavePinPolicy, type PolicyTarget } from '../api/pin-policies';
import { useUserChoices } from '../api/user-choices';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  short: { width: '8rem' },
});

export type PolicyDialogMode =
  | { kind: 'edit'; target: PolicyTarget; title: string; policy: PinPolicy }
  | { kind: 'add-site'; sites: string[]; policy: PinPolicy }
  | { kind: 'add-user'; policy: PinPolicy };

const titleOf = (mode: PolicyDialogMode) =>
  mode.kind === 'edit'
    ? 'Edit PIN policy'
    : mode.kind === 'add-site'
      ? 'Add site policy'
      : 'Add user policy';

export function PinPolicyDialog({
  mode,
  onClose,
}: {
  mode: PolicyDialogMode;
  onClose: () => void;
}) {
  return (
    <ActionDialog open onOpenChange={(open) => !open && onClose()}>
      <PolicyForm mode={mode} onClose={onClose} />
    </ActionDialog>
  );
}

function PolicyForm({ mode, onClose }: { mode: PolicyDialogMode; onClose: () => void }) {
  const styles = useStyles();
  const [minimumLength, setMinimumLength] = useState(String(mode.policy.minimumLength));
  const [attempts, setAttempts] = useState(String(mode.policy.maximumLogonAttempts));
  const [allowCommonPatterns, setAllowCommonPatterns] = useState(mode.policy.allowCommonPatterns);
  const [site, setSite] = useState(mode.kind === 'add-site' ? (mode.sites[0] ?? '') : '');
  const [userSearch, setUserSearch] = useState('');
  const [userId, setUserId] = useState('');
  const users = useUserChoices(mode.kind === 'add-user' ? userSearch : null);
  const chosenUserId = targetUserId(mode, userId || users.data?.items[0]?.id || '');
  // S1: a user's policy is granted to their sign-in name, which the user's details hold.
  const chosenUser = useQuery({ ...userQueryOptions(chosenUserId), enabled: chosenUserId !== '' });
  const save = useSavePinPolicy();
  const { field, form } = actionErrors(save.error, [
    'site',
    'userId',
    'minimumLength',
    'maximumLogonAttempts',
  ]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const target: PolicyTarget =
      mode.kind === 'edit'
        ? mode.target
        : mode.kind === 'add-site'
          ? { kind: 'site', site }
          : { kind: 'user', userId: chosenUserId };
    save.mutate(
      {
        target,
        // An empty or non-numeric entry becomes 0, which the mock refuses with the field message.
        policy: {
          minimumLength: Number(minimumLength) || 0,
          maximumLogonAttempts: Number(attempts) || 0,
          allowCommonPatterns,
        },
      },
      { onSuccess: onClose },
    );
  }

  return (
    <form noValidate onSubmit={submit}>
      <DialogBody>
        <DialogTitle>{titleOf(mode)}</DialogTitle>
        <DialogContent className={styles.content}>
          {mode.kind === 'edit' ? <p>{mode.title}</p> : null}
          {mode.kind === 'add-site' ? (
            <Field
              label="Site"
              validationState={field('site') ? 'error' : 'none'}
              validationMessage={field('site')}
            >
              <Select value={site} onChange={(_, data) => setSite(data.value)}>
                {mode.sites.map((s) => (
                  <option key={s}>{s}</option>
                ))}
              </Select>
            </Field>
          ) : null}
          {mode.kind === 'add-user' ? (
            <>
              <Field label="Find user">
                <Input value={userSearch} onChange={(_, data) => setUserSearch(data.value)} />
              </Field>
              <Field
                label="User"
                validationState={field('userId') ? 'error' : 'none'}
                validationMessage={field('userId')}
              >
                <Select value={userId} onChange={(_, data) => setUserId(data.value)}>
                  {(users.data?.items ?? []).map((u) => (
                    <option key={u.id} value={u.id}>
                      {u.displayName}
                    </option>
                  ))}
                </Select>
              </Field>
            </>
          ) : null}
          <NumberField
            label="Minimum length"
            hint="From 4 to 24 digits."
            error={field('minimumLength')}
            value={minimumLength}
            onChange={setMinimumLength}
          />
          <Checkbox
            label="Allow common patterns"
            checked={allowCommonPatterns}
            onChange={(_, data) => setAllowCommonPatterns(data.checked === true)}
          />
          <NumberField
            label="Maximum logon attempts"
            hint="Wrong PINs at the dial-in before the PIN is locked."
            error={field('maximumLogonAttempts')}
            value={attempts}
            onChange={setAttempts}
          />
          <ShowPowerShell
            change={policyChange(mode, site, chosenUser.data ? identityOf(chosenUser.data) : null, {
              minimumLength: Number(minimumLength) || 0,
              maximumLogonAttempts: Number(attempts) || 0,
              allowCommonPatterns,
            })}
            waiting={
              chosenUserId === '' ? 'Choose a user first.' : 'Finding the user’s sign-in name…'
            }
          />
          {form ? (
            <StatusMessage intent="error" title="The policy wasn't saved">
              {form}
            </StatusMessage>
          ) : null}
        </DialogContent>
        <DialogFormActions submitLabel="Save" pending={save.isPending} onCancel={onClose} />
      </DialogBody>
    </form>
  );
}

/** The user a user policy is for, or '' for a site's or the global one. */
function targetUserId(mode: PolicyDialogMode, chosen: string): string {
  if (mode.kind === 'add-user') return chosen;
  return mode.kind === 'edit' && mode.target.kind === 'user' ? mode.target.userId : '';
}

/** S1: the policy as the form holds it now; null until a user policy's user is known. */
function policyChange(
  mode: PolicyDialogMode,
  site: string,
  identity: string | null,
  policy: PinPolicy,
): PowerShellAction | null {
  let scope: PinPolicyScope;
  if (mode.kind === 'add-site') scope = { kind: 'site', site };
  else if (mode.kind === 'edit' && mode.target.kind !== 'user') scope = mode.target;
  else if (identity === null) return null;
  else scope = { kind: 'user', identity };
  return { action: 'savePinPolicy', scope, policy };
}

/** A policy's number, with the server's message for it when it refused it. */
function NumberField(props: {
  label: string;
  hint: string;
  error: string | undefined;
  value: string;
  onChange: (value: string) => void;
}) {
  const styles = useStyles();
  return (
    <Field
      label={props.label}
      hint={props.hint}
      validationState={props.error ? 'error' : 'none'}
      validationMessage={props.error}
    >
      <Input
        className={styles.short}
        type="number"
        value={props.value}
        onChange={(_, data) => props.onChange(data.value)}
      />
    </Field>
  );
}
