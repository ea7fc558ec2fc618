import { Badge, makeStyles, Text, tokens } from '@fluentui/react-components';
import {
  InfoRegular,
  KeyResetRegular,
  MailRegular,
  NumberSymbolRegular,
} from '@fluentui/react-icons';
import { useId, useState, type ReactNode } from 'react';
import type { ActionName, Provider, UserDetail } from '../../../api/contract';
import { MASKED_PIN } from '../../../api/format';
import { LabelledValue, ValueList } from '../../../components/labelled-value';
import { StatusMessage } from '../../../components/status-message';
import { useBridge } from '../api/get-bridge';
import { ActionButton } from './action-button';
import { DialInNumber } from './dial-in-number';
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

type Outcome = { intent: 'success'; title: string; text: ReactNode } | null;

export function AudioConferencingSection({ user }: { user: UserDetail }) {
  const styles = useStyles();
  const headingId = useId();
  const reasonIds = { conferencing: useId(), pin: useId() };
  const [dialog, setDialog] = useState<ActionName | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const bridge = useBridge();
  const ac = user.audioConferencing;
  const { resetConferenceId, resetPin, sendConferenceInfo } = user.actions;
  const conferencingReason = resetConferenceId?.available ? null : resetConferenceId?.reason;
  const pinReason =
    resetPin?.available || resetPin?.reason === conferencingReason ? null : resetPin?.reason;
  const open = (name: ActionName) => () => {
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
          icon={<NumberSymbolRegular />}
          availability={resetConferenceId}
          reasonId={reasonIds.conferencing}
          onClick={open('resetConferenceId')}
        >
          Reset conference ID
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
        onReset={({ user: updated, email }) =>
          setOutcome({
            intent: 'success',
            title: 'Conference ID reset',
            text: (
              <>
                The new conference ID is {updated.audioConferencing.conferenceId}.{' '}
                {email.sent ? `An email with the new ID was sent to ${email.to}.` : email.reason}{' '}
                Existing meeting invites carry the old ID: {updated.displayName} should update or
                reschedule them.
              </>
            ),
          })
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
