import {
  Button,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogTitle,
} from '@fluentui/react-components';
import { describeError } from '../../../api/api-error';
import { ActionDialog } from '../../../components/action-dialog';
import { StatusMessage } from '../../../components/status-message';
import { useResetDemoData } from '../api/reset-demo-data';

export function ResetDemoDataDialog({ onClose }: { onClose: () => void }) {
  const reset = useResetDemoData();
  return (
    <ActionDialog open onOpenChange={(open) => !open && onClose()}>
      <DialogBody>
        <DialogTitle>Reset demo data</DialogTitle>
        <DialogContent>
          <p>Every change and every sent email is discarded, and the tenant returns to its seed.</p>
          {reset.isError ? (
            <StatusMessage intent="error">{describeError(reset.error)}</StatusMessage>
          ) : null}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button
            appearance="primary"
            disabledFocusable={reset.isPending}
            onClick={() => reset.mutate(undefined, { onSuccess: onClose })}
          >
            Reset
          </Button>
        </DialogActions>
      </DialogBody>
    </ActionDialog>
  );
}
