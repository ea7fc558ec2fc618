import { Button, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  encodeFilterClause,
  FILTER_OPERATORS,
  FILTER_PROPERTIES,
  filterValueProblem,
  type FilterClause,
  type FilterOperator,
  type FilterProperty,
} from '../../../api/contract/user-list';
import { useUserFilterOptions } from '../api/get-user-filter-options';
import { OPERATOR_LABEL, PROPERTY_LABEL, valueChoices } from './filter-labels';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
  },
  field: { minWidth: '12rem' },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, paddingBottom: '2px' },
});

interface FilterBuilderProps {
  applied: readonly string[];
  onApply: (clause: FilterClause) => void;
  onCancel: () => void;
}

/** Add filter: a clause of property, operator and value, as in Lync's "Add Filter". */
export function FilterBuilder({ applied, onApply, onCancel }: FilterBuilderProps) {
  const styles = useStyles();
  const [property, setProperty] = useState<FilterProperty>('audioConferencing');
  const [operator, setOperator] = useState<FilterOperator>('eq');
  const [value, setValue] = useState('true');
  const [problem, setProblem] = useState<string | null>(null);
  const options = useUserFilterOptions(true);
  const choices = valueChoices(property, options.data);
  // Sites and departments arrive after the form opens: until one is chosen, the first is shown.
  const chosen =
    choices && !choices.some((choice) => choice.value === value)
      ? (choices[0]?.value ?? '')
      : value;
  const propertyRef = useRef<HTMLSelectElement>(null);
  const valueRef = useRef<HTMLInputElement & HTMLSelectElement>(null);

  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => propertyRef.current?.focus(), []);
  // Escape anywhere in the form closes it, as it would a popup.
  useEffect(() => {
    const form = formRef.current;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onCancel();
    };
    form?.addEventListener('keydown', onKeyDown);
    return () => form?.removeEventListener('keydown', onKeyDown);
  }, [onCancel]);

  function changeProperty(next: FilterProperty) {
    setProperty(next);
    setValue(valueChoices(next, options.data)?.[0]?.value ?? '');
    setProblem(null);
  }

  function apply(event: FormEvent) {
    event.preventDefault();
    const clause = { property, operator, value: chosen.trim() };
    const refused =
      filterValueProblem(property, clause.value) ??
      (applied.includes(encodeFilterClause(clause)) ? 'This filter is already applied.' : null);
    setProblem(refused);
    if (refused) valueRef.current?.focus();
    else onApply(clause);
  }

  return (
    <form className={styles.form} aria-label="New filter" ref={formRef} onSubmit={apply} noValidate>
      <Field label="Property" className={styles.field}>
        <Select
          ref={propertyRef}
          value={property}
          onChange={(_, data) => changeProperty(data.value as FilterProperty)}
        >
          {FILTER_PROPERTIES.map((p) => (
            <option key={p} value={p}>
              {PROPERTY_LABEL[p]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Operator" className={styles.field}>
        <Select value={operator} onChange={(_, data) => setOperator(data.value as FilterOperator)}>
          {FILTER_OPERATORS.map((o) => (
            <option key={o} value={o}>
              {OPERATOR_LABEL[o]}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label="Value"
        className={styles.field}
        validationState={problem ? 'error' : 'none'}
        validationMessage={problem}
      >
        {choices ? (
          <Select ref={valueRef} value={chosen} onChange={(_, data) => setValue(data.value)}>
            {choices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </Select>
        ) : (
          <Input
            ref={valueRef}
            value={value}
            inputMode="numeric"
            placeholder="7 digits"
            onChange={(_, data) => setValue(data.value)}
          />
        )}
      </Field>
      <div className={styles.buttons}>
        <Button appearance="primary" type="submit">
          Apply
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
