import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import {
  EditRegular,
  InfoRegular,
  KeyResetRegular,
  MailRegular,
  NumberSymbolRegular,
  NumberSymbolSquareRegular,
} from '@fluentui/react-icons';
import { useId, useState } from 'react';
import type { EmailOutcome, Provider } from '../../../api/contract/common';
import type { MeetingsAfterChange } from '../../../api/contract/meetings';
import type { ActionName, UserDetail } from '../../../api/contract/users';
import { MASKED_PIN } from '../../../api/format';
import { LabelledValue, ValueList } from '../../../components/labelled-value';
import { StatusMessage } from '../../../components/status-message';
import { useMe } from '../../../api/get-me';
import { useBridge } from '../../../api/get-bridge';
import { ActionButton } from './action-button';
import { DialInNumber } from './dial-in-number';
import type { Outcome } from './outcome';
import { PinLockButton } from './pin-lock-button';
import { PolicySummary } from './policy-summary';
import { EditAudioConferencingDialog } from './edit-audio-conferencing-dialog';
import { SetConferenceIdDialog } from './set-conference-id-dialog';
import { ResetConferenceIdDialog } from './reset-conference-id-dialog';
import { ResetPinDialog } from './reset-pin-dialog';
import { SendConferenceInfoDialog } from './send-conference-info-dialog';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  reason: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'flex-start',
    color: tokens.colorNeutralForeground2,
    margin: 0,
  },
  muted: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  pin: { display: 'inline-flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

function providerText(user: UserDetail): string {
  const names: Record<Provider, string> = {
    Microsoft: 'Microsoft',
    ThirdParty: 'Third party',
    None: 'None',
  };
  const { provider, thirdPartyProviderName } = user.audioConferencing;
  return provider === 'ThirdParty' && thirdPartyProviderName
    ? `${names[provider]} (${thirdPartyProviderName})`
    : names[provider];
}

const dateTime = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });

function emailText(email: EmailOutcome | null, what: string): string {
  if (!email) return '';
  return email.sent ? `An email with ${what} was sent to ${email.to}.` : (email.reason ?? '');
}

/** C4: the new ID, who was told, and the warning about invites already sent. */
function conferenceIdChanged(
  title: string,
  user: UserDetail,
  email: EmailOutcome,
  meetings: MeetingsAfterChange,
): Outcome {
  return {
    intent: 'success',
    title,
    text: `The new conference ID is ${user.audioConferencing.conferenceId}. ${emailText(email, 'the new ID')} Existing meeting invites carry the old ID: ${user.displayName} should update or reschedule them.${meetings.message ? ` ${meetings.message}` : ''}`,
  };
}

function settingsSaved(
  user: UserDetail,
  previousId: string | null,
  email: EmailOutcome | null,
  meetings: MeetingsAfterChange,
): Outcome {
  const id = user.audioConferencing.conferenceId;
  let change = '';
  if (id && id !== previousId)
    change = `${user.displayName}'s conference ID is ${id}. ${emailText(email, 'the dial-in details')}`;
  else if (!id && previousId) {
    change = `The conference ID ${previousId} no longer works. ${emailText(email, 'the change')}`;
  }
  if (meetings.message) change = `${change} ${meetings.message}`.trim();
  return { intent: 'success', title: 'Audio Conferencing settings saved', text: change };
}

export function AudioConferencingSection({ user }: { user: UserDetail }) {
  const styles = useStyles();
  const headingId = useId();
  const reasonIds = { conferencing: useId(), pin: useId() };
  const [dialog, setDialog] = useState<ActionName | 'edit' | null>(null);
  const me = useMe();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const bridge = useBridge();
  const ac = user.audioConferencing;
  const { resetConferenceId, setConferenceId, resetPin, sendConferenceInfo } = user.actions;
  const conferencingReason = resetConferenceId?.available ? null : resetConferenceId?.reason;
  const pinReason =
    resetPin?.available || resetPin?.reason === conferencingReason ? null : resetPin?.reason;
  const open = (name: ActionName | 'edit') => () => {
    setOutcome(null);
    setDialog(name);
  };
  const onOpenChange = (isOpen: boolean) => {
    if (!isOpen) setDialog(null);
  };

  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h3 id={headingId} className={styles.heading}>
        Audio Conferencing
      </h3>
      <ValueList>
        <LabelledValue label="Status">{ac.enabled ? 'Enabled' : 'Not enabled'}</LabelledValue>
        <LabelledValue label="Provider">{providerText(user)}</LabelledValue>
        <LabelledValue label="Conference ID">
          {ac.conferenceId ?? <span className={styles.muted}>None</span>}
        </LabelledValue>
        <LabelledValue label="PIN">{user.pin.isSet ? MASKED_PIN : 'Not set'}</LabelledValue>
        <LabelledValue label="Lock status">
          {user.pin.isLocked ? (
            <Badge appearance="tint" color="danger">
              Locked
            </Badge>
          ) : (
            'Not locked'
          )}
        </LabelledValue>
        <LabelledValue label="Last changed">
          {user.pin.lastChangedAt ? dateTime.format(new Date(user.pin.lastChangedAt)) : 'Never'}
        </LabelledValue>
        <LabelledValue label="Policy">
          <PolicySummary effective={user.pinPolicy} />
        </LabelledValue>
        <LabelledValue label="Toll number">
          <DialInNumber own={ac.tollNumber} bridgeDefault={bridge.data?.defaultTollNumber} />
        </LabelledValue>
        <LabelledValue label="Toll-free number">
          <DialInNumber
            own={ac.tollFreeNumber}
            bridgeDefault={bridge.data?.defaultTollFreeNumber}
          />
        </LabelledValue>
      </ValueList>

      <div className={styles.actions}>
        <ActionButton
          icon={<EditRegular />}
          availability={{
            available: me.canChange,
            reason: me.canChange
              ? null
              : (conferencingReason ?? 'Your role can’t change anything.'),
          }}
          reasonId={reasonIds.conferencing}
          onClick={open('edit')}
        >
          Edit
        </ActionButton>
        <ActionButton
          icon={<NumberSymbolRegular />}
          availability={resetConferenceId}
          reasonId={reasonIds.conferencing}
          onClick={open('resetConferenceId')}
        >
          Reset conference ID
        </ActionButton>
        <ActionButton
          icon={<NumberSymbolSquareRegular />}
          availability={setConferenceId}
          reasonId={reasonIds.conferencing}
          onClick={open('setConferenceId')}
        >
          Set conference ID
        </ActionButton>
        <ActionButton
          icon={<MailRegular />}
          availability={sendConferenceInfo}
          reasonId={reasonIds.conferencing}
          onClick={open('sendConferenceInfo')}
        >
          Send conference info in email
        </ActionButton>
        <ActionButton
          icon={<KeyResetRegular />}
          availability={resetPin}
          reasonId={pinReason ? reasonIds.pin : reasonIds.conferencing}
          onClick={open('resetPin')}
        >
          Reset PIN
        </ActionButton>
        <PinLockButton
          user={user}
          onDone={setOutcome}
          conferencingReasonId={conferencingReason ? reasonIds.conferencing : undefined}
        />
      </div>
      {conferencingReason ? (
        <Text as="p" id={reasonIds.conferencing} className={styles.reason}>
          <InfoRegular aria-hidden fontSize={20} /> {conferencingReason}
        </Text>
      ) : null}
      {pinReason ? (
        <Text as="p" id={reasonIds.pin} className={styles.reason}>
          <InfoRegular aria-hidden fontSize={20} /> {pinReason}
        </Text>
      ) : null}
      {outcome ? (
        <StatusMessage intent={outcome.intent} title={outcome.title}>
          {outcome.text}
        </StatusMessage>
      ) : null}

      <ResetConferenceIdDialog
        user={user}
        open={dialog === 'resetConferenceId'}
        onOpenChange={onOpenChange}
        onReset={({ user: updated, email, meetings }) =>
          setOutcome(conferenceIdChanged('Conference ID reset', updated, email, meetings))
        }
      />
      <SetConferenceIdDialog
        user={user}
        open={dialog === 'setConferenceId'}
        onOpenChange={onOpenChange}
        onSaved={({ user: updated, email, meetings }) =>
          setOutcome(conferenceIdChanged('Conference ID changed', updated, email, meetings))
        }
      />
      <EditAudioConferencingDialog
        user={user}
        open={dialog === 'edit'}
        onOpenChange={onOpenChange}
        onSaved={({ user: updated, previousConferenceId, email, meetings }) =>
          setOutcome(settingsSaved(updated, previousConferenceId, email, meetings))
        }
      />
      <ResetPinDialog user={user} open={dialog === 'resetPin'} onOpenChange={onOpenChange} />
      <SendConferenceInfoDialog
        user={user}
        open={dialog === 'sendConferenceInfo'}
        onOpenChange={onOpenChange}
        onSent={(email) =>
          setOutcome({
            intent: 'success',
            title: 'Conference info sent',
            text: `An email with the conference info was sent to ${email.to}.`,
          })
        }
      />
    </section>
  );
}
