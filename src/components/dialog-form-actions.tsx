import { Button, DialogActions, Spinner } from '@fluentui/react-components';

interface DialogFormActionsProps {
  /** The confirming button's name, as the UI contract has it: Save, Send, Reset. */
  submitLabel: string;
  pending: boolean;
  onCancel: () => void;
  /** Without it the button submits the surrounding form. */
  onSubmit?: () => void;
}

/**
 * Cancel and the confirming action of a dialog. While the request is under way the button stays
 * focusable but does nothing, so focus isn't lost and a second click can't send it twice.
 */
export function DialogFormActions({
  submitLabel,
  pending,
  onCancel,
  onSubmit,
}: DialogFormActionsProps) {
  return (
    <DialogActions>
      <Button onClick={onCancel}>Cancel</Button>
      <Button
        appearance="primary"
        type={onSubmit ? 'button' : 'submit'}
        onClick={onSubmit}
        disabledFocusable={pending}
        icon={pending ? <Spinner size="tiny" /> : undefined}
      >
        {submitLabel}
      </Button>
    </DialogActions>
  );
}
