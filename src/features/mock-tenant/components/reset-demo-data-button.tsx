import {
  Button,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogTitle,
  useRestoreFocusTarget,
} from '@fluentui/react-components';
import { ArrowResetRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { describeError } from '../../../api/api-error';
import { ActionDialog } from '../../../components/action-dialog';
import { StatusMessage } from '../../../components/status-message';
import { useResetDemoData } from '../api/reset-demo-data';

/** Mock mode only: puts the tenant back to its seed. */
export function ResetDemoDataButton({ className }: { className?: string }) {
  const [open, setOpen] = useState(false);
  const restoreFocusTarget = useRestoreFocusTarget();
  return (
    <>
      <Button
        {...restoreFocusTarget}
        appearance="subtle"
        icon={<ArrowResetRegular />}
        className={className}
        onClick={() => setOpen(true)}
      >
        Reset demo data
      </Button>
      {/* Mounted only when asked for: a mounted Fluent dialog adds page-level focus sentinels. */}
      {open ? <ResetDemoDataDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function ResetDemoDataDialog({ onClose }: { onClose: () => void }) {
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
