import {
  DialogBody,
  DialogContent,
  DialogTitle,
  Field,
  Input,
  Text,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { ActionDialog } from '../../../components/action-dialog';
import { DialogFormActions } from '../../../components/dialog-form-actions';
import { requiredLabel } from '../../../components/required-label';
import { describeQuery } from './describe-query';
import { MAX_NAME_LENGTH, nameProblem, type SavedQuery } from './saved-query';
import { useSavedQueries } from './use-saved-queries';

interface SaveQueryDialogProps {
  query: Omit<SavedQuery, 'id' | 'name'>;
  onClose: () => void;
  onSaved: (saved: SavedQuery) => void;
}

/** Save query: the current search, filters and sort, under a name. */
export function SaveQueryDialog({ query, onClose, onSaved }: SaveQueryDialogProps) {
  const { queries, save } = useSavedQueries();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const refused = nameProblem(name, queries);
    setProblem(refused);
    if (refused) return;
    let saved: SavedQuery;
    try {
      saved = save({ ...query, name: name.trim() });
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
      return;
    }
    onSaved(saved);
  }

  return (
    <ActionDialog open onOpenChange={(open) => !open && onClose()}>
      <form onSubmit={submit} noValidate>
        <DialogBody>
          <DialogTitle>Save query</DialogTitle>
          <DialogContent>
            <Text as="p">Saves {describeQuery(query)}.</Text>
            <Field
              label={requiredLabel('Name')}
              validationState={problem ? 'error' : 'none'}
              validationMessage={problem}
            >
              <Input
                aria-required
                value={name}
                maxLength={MAX_NAME_LENGTH + 20}
                onChange={(_, data) => setName(data.value)}
              />
            </Field>
          </DialogContent>
          <DialogFormActions submitLabel="Save" pending={false} onCancel={onClose} />
        </DialogBody>
      </form>
    </ActionDialog>
  );
}
