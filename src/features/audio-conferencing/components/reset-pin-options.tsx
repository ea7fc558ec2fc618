import {
  Checkbox,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  tokens,
} from '@fluentui/react-components';
import type { UserDetail } from '../../../api/contract/users';
import { requiredLabel } from '../../../components/required-label';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface PinChoice {
  mode: 'generate' | 'specific';
  pin: string;
  sendEmail: boolean;
  otherAddress: string;
}

const SOURCE: Record<UserDetail['pinPolicy']['source'], string> = {
  global: 'the global policy',
  site: 'the policy of the site',
  user: "the user's own policy",
};

interface Props {
  user: UserDetail;
  choice: PinChoice;
  onChange: (next: PinChoice) => void;
  /** P3 problems of the specific PIN, live; null while unchecked. */
  problems: string[] | null;
  pinError?: string[];
  addressError?: string;
}

/** The Reset PIN options: generated or specific (P3), emailed or not, and where (E3). */
export function ResetPinOptions({
  user,
  choice,
  onChange,
  problems,
  pinError,
  addressError,
}: Props) {
  const styles = useStyles();
  const { policy, source, scope } = user.pinPolicy;
  const set = (patch: Partial<PinChoice>) => onChange({ ...choice, ...patch });
  // The live check of what is in the field wins over a refusal of what was there before.
  const shownProblems = problems ?? pinError ?? [];
  const addressRequired = choice.sendEmail && !user.email;

  return (
    <div className={styles.root}>
      <RadioGroup
        aria-label="How the PIN is made"
        value={choice.mode}
        onChange={(_, data) => set({ mode: data.value as PinChoice['mode'] })}
      >
        <Radio value="generate" label="Automatically generate a PIN" />
        <Radio value="specific" label="Enter a specific PIN" />
      </RadioGroup>
      {choice.mode === 'specific' ? (
        <Field
          label="Specific PIN"
          hint={`Under ${SOURCE[source]}${scope ? ` (${scope})` : ''}: at least ${policy.minimumLength} digits${policy.allowCommonPatterns ? '' : ', no repeated or consecutive digits, not a phone number'}.`}
          validationState={shownProblems.length > 0 ? 'error' : problems ? 'success' : 'none'}
          validationMessage={
            shownProblems.length > 0 ? (
              <ul className={styles.problems}>
                {shownProblems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            ) : problems ? (
              'This PIN meets the policy.'
            ) : undefined
          }
        >
          <Input
            inputMode="numeric"
            autoComplete="off"
            value={choice.pin}
            onChange={(_, data) => set({ pin: data.value })}
          />
        </Field>
      ) : null}
      <Checkbox
        label="Send the PIN to the user in email"
        checked={choice.sendEmail}
        onChange={(_, data) => set({ sendEmail: data.checked === true })}
      />
      <Field
        label={requiredLabel('Send to a different email address', addressRequired)}
        hint={
          !choice.sendEmail
            ? 'Turn on sending to choose an address.'
            : user.email
              ? `Leave empty to send to ${user.email}.`
              : `${user.displayName} has no mailbox: enter an address.`
        }
        validationState={addressError ? 'error' : 'none'}
        validationMessage={addressError}
      >
        <Input
          type="text"
          inputMode="email"
          autoComplete="off"
          aria-required={addressRequired}
          disabled={!choice.sendEmail}
          value={choice.otherAddress}
          onChange={(_, data) => set({ otherAddress: data.value })}
        />
      </Field>
    </div>
  );
}
