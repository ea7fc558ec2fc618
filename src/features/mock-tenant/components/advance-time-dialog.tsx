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
import { actionErrors } from '../../../api/api-error';
import { MAX_ADVANCE_MINUTES } from '../../../api/contract/mock';
import { ActionDialog } from '../../../components/action-dialog';
import { DialogFormActions } from '../../../components/dialog-form-actions';
import { StatusMessage } from '../../../components/status-message';
import { useFocusOnRefusal } from '../../../lib/use-focus-on-refusal';
import { useAdvanceMockClock } from '../api/mock-clock';

const useStyles = makeStyles({
  content: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    '& p': { margin: 0 },
  },
  number: { maxWidth: '10rem' },
});

const MAX = MAX_ADVANCE_MINUTES.toLocaleString('en-US');
const INVALID = `Enter a whole number of minutes from 1 to ${MAX} (30 days). Time only moves forward.`;

/** A whole number of minutes from 1 to MAX_ADVANCE_MINUTES, or null. */
function parseMinutes(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const minutes = Number(trimmed);
  return minutes >= 1 && minutes <= MAX_ADVANCE_MINUTES ? minutes : null;
}

interface Props {
  onClose: () => void;
  /** After the mock's time has moved, by this many minutes. */
  onAdvanced: (minutes: number) => void;
}

/** Mock mode (M5): moves the mock's time forward; it never goes back. */
export function AdvanceTimeDialog({ onClose, onAdvanced }: Props) {
  const styles = useStyles();
  const [value, setValue] = useState('60');
  const [localError, setLocalError] = useState<string>();
  // A new object for every refusal found here, so each one moves focus to the field again.
  const [localRefusal, setLocalRefusal] = useState<object>();
  const advance = useAdvanceMockClock();
  const { field, form: formMessage } = actionErrors(advance.error, ['advanceMinutes']);
  const fieldMessage = localError ?? field('advanceMinutes');
  const inputRef = useFocusOnRefusal<HTMLInputElement>(
    localError ? localRefusal : advance.error,
    fieldMessage,
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    if (advance.isPending) return;
    const minutes = parseMinutes(value);
    if (minutes === null) {
      advance.reset();
      setLocalError(INVALID);
      setLocalRefusal({});
      return;
    }
    setLocalError(undefined);
    advance.mutate(minutes, { onSuccess: () => onAdvanced(minutes) });
  }

  return (
    <ActionDialog open onOpenChange={(open) => !open && onClose()}>
      <form noValidate onSubmit={submit}>
        <DialogBody>
          <DialogTitle>Advance time</DialogTitle>
          <DialogContent className={styles.content}>
            <p>
              Mock mode: moves the mock&apos;s time forward, and what falls due in the meantime
              happens, such as meeting migrations. Time never goes back.
            </p>
            <Field
              label="Minutes"
              hint={`A whole number from 1 to ${MAX} (30 days).`}
              validationState={fieldMessage ? 'error' : 'none'}
              validationMessage={fieldMessage}
            >
              <Input
                ref={inputRef}
                className={styles.number}
                type="number"
                min={1}
                max={MAX_ADVANCE_MINUTES}
                step={1}
                autoComplete="off"
                value={value}
                onChange={(_, data) => setValue(data.value)}
              />
            </Field>
            {formMessage ? (
              <StatusMessage intent="error" title="The mock time wasn't moved">
                {formMessage}
              </StatusMessage>
            ) : null}
          </DialogContent>
          <DialogFormActions submitLabel="Advance" pending={advance.isPending} onCancel={onClose} />
        </DialogBody>
      </form>
    </ActionDialog>
  );
}
