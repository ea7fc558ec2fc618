import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { nameProblem, type SavedQuery } from './saved-query';

const useStyles = makeStyles({
  form: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
});

interface RenameQueryFormProps {
  query: SavedQuery;
  others: readonly SavedQuery[];
  /** The new name, or null when the admin cancelled. */
  onDone: (name: string | null) => void;
}

export function RenameQueryForm({ query, others, onDone }: RenameQueryFormProps) {
  const styles = useStyles();
  const [name, setName] = useState(query.name);
  const [problem, setProblem] = useState<string | null>(null);
  function submit(event: FormEvent) {
    event.preventDefault();
    const refused = nameProblem(name, others);
    setProblem(refused);
    if (!refused) onDone(name.trim());
  }
  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <Field
        label="New name"
        validationState={problem ? 'error' : 'none'}
        validationMessage={problem}
      >
        <Input
          value={name}
          onChange={(_, data) => setName(data.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation(); // cancels the rename, not the whole dialog
              onDone(null);
            }
          }}
          // eslint-disable-next-line jsx-a11y/no-autofocus -- the field the Rename button opened
          autoFocus
        />
      </Field>
      <Button size="small" appearance="primary" type="submit">
        Save
      </Button>
      <Button size="small" onClick={() => onDone(null)}>
        Cancel
      </Button>
    </form>
  );
}
