import {
  Button,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  Spinner,
  Switch,
  tokens,
} from '@fluentui/react-components';
import { useRef, useState, type FormEvent } from 'react';
import { describeError } from '../../../api/api-error';
import { NO_FAULTS, type MockFaults } from '../../../api/contract/mock';
import { ActionDialog } from '../../../components/action-dialog';
import { DialogFormActions } from '../../../components/dialog-form-actions';
import { LoadError } from '../../../components/load-error';
import { StatusMessage } from '../../../components/status-message';
import { useMockFaults, useSetMockFaults } from '../api/mock-faults';

const useStyles = makeStyles({
  content: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    '& p': { margin: 0 },
  },
  number: { maxWidth: '10rem' },
});

type NumberField = 'latencyMs' | 'failureRate' | 'dropRate';

const NUMBER_FIELDS: readonly {
  name: NumberField;
  label: string;
  hint: string;
  max: number;
  unit: string;
}[] = [
  {
    name: 'latencyMs',
    label: 'Latency (ms)',
    hint: 'How long every answer takes, from 0 to 30000 milliseconds.',
    max: 30_000,
    unit: 'milliseconds',
  },
  {
    name: 'failureRate',
    label: 'Failure rate (%)',
    hint: 'Requests that fail with a server error (500) and change nothing, from 0 to 100.',
    max: 100,
    unit: 'percent',
  },
  {
    name: 'dropRate',
    label: 'Dropped answers (%)',
    hint: 'Requests the server carries out whose answer never arrives, from 0 to 100.',
    max: 100,
    unit: 'percent',
  },
];

type Draft = Record<NumberField, string> & { offline: boolean };

function toDraft(faults: MockFaults): Draft {
  return {
    latencyMs: String(faults.latencyMs),
    failureRate: String(faults.failureRate),
    dropRate: String(faults.dropRate),
    offline: faults.offline,
  };
}

/** A whole number from 0 to max, or the message that says what to type. */
function parseField(text: string, max: number, unit: string): number | string {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed) || Number(trimmed) > max) {
    return `Enter a whole number of ${unit} from 0 to ${max}.`;
  }
  return Number(trimmed);
}

/** Mock mode: the network conditions the mock plays, applied to this tab. */
export function NetworkConditionsDialog({ onClose }: { onClose: () => void }) {
  const faults = useMockFaults();
  return (
    <ActionDialog open onOpenChange={(open) => !open && onClose()}>
      {faults.data ? (
        <NetworkConditionsForm current={faults.data} onClose={onClose} />
      ) : (
        <DialogBody>
          <DialogTitle>Network conditions</DialogTitle>
          <DialogContent>
            {faults.isError ? (
              <LoadError query={faults} title="Couldn't load the network conditions" />
            ) : (
              <Spinner size="small" label="Loading network conditions…" />
            )}
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      )}
    </ActionDialog>
  );
}

function NetworkConditionsForm({ current, onClose }: { current: MockFaults; onClose: () => void }) {
  const styles = useStyles();
  const [draft, setDraft] = useState<Draft>(() => toDraft(current));
  const [errors, setErrors] = useState<Partial<Record<NumberField, string>>>({});
  const inputs = useRef<Partial<Record<NumberField, HTMLInputElement | null>>>({});
  const save = useSetMockFaults();

  function apply(next: Draft) {
    const parsed: Partial<MockFaults> = { offline: next.offline };
    const found: Partial<Record<NumberField, string>> = {};
    for (const { name, max, unit } of NUMBER_FIELDS) {
      const value = parseField(next[name], max, unit);
      if (typeof value === 'string') found[name] = value;
      else parsed[name] = value;
    }
    setErrors(found);
    const first = NUMBER_FIELDS.find(({ name }) => found[name]);
    if (first) {
      inputs.current[first.name]?.focus();
      return;
    }
    save.mutate(parsed, { onSuccess: onClose });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!save.isPending) apply(draft);
  }

  return (
    <form noValidate onSubmit={submit}>
      <DialogBody>
        <DialogTitle>Network conditions</DialogTitle>
        <DialogContent className={styles.content}>
          <p>
            Mock mode: how the mock server answers this tab, to see the admin center under a slow or
            failing network. A reload keeps them; the URL can set them too.
          </p>
          {NUMBER_FIELDS.map(({ name, label, hint }) => (
            <Field
              key={name}
              label={label}
              hint={hint}
              validationState={errors[name] ? 'error' : 'none'}
              validationMessage={errors[name]}
            >
              <Input
                ref={(element) => {
                  inputs.current[name] = element;
                }}
                className={styles.number}
                inputMode="numeric"
                autoComplete="off"
                value={draft[name]}
                onChange={(_, data) => setDraft((d) => ({ ...d, [name]: data.value }))}
              />
            </Field>
          ))}
          <Switch
            label="Offline: every request fails as if the network were down"
            checked={draft.offline}
            onChange={(_, data) => setDraft((d) => ({ ...d, offline: data.checked }))}
          />
          {save.isError ? (
            <StatusMessage intent="error" title="The network conditions weren't changed">
              {describeError(save.error)}
            </StatusMessage>
          ) : null}
        </DialogContent>
        <DialogActions position="start">
          <Button
            onClick={() => {
              const normal = toDraft(NO_FAULTS);
              setDraft(normal);
              if (!save.isPending) apply(normal);
            }}
          >
            Back to normal
          </Button>
        </DialogActions>
        <DialogFormActions submitLabel="Apply" pending={save.isPending} onCancel={onClose} />
      </DialogBody>
    </form>
  );
}
