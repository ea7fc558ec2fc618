import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
} from '@fluentui/react-components';
import { ArrowResetRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { describeError } from '../../../api/api-error';
import { StatusMessage } from '../../../components/status-message';
import { useResetDemoData } from '../api/reset-demo-data';

/** Mock mode only: puts the tenant back to its seed. */
export function ResetDemoDataButton({ className }: { className?: string }) {
  const [open, setOpen] = useState(false);
  const reset = useResetDemoData();
  return (
    <Dialog
      open={open}
      onOpenChange={(_, data) => {
        setOpen(data.open);
        reset.reset();
      }}
    >
      <DialogTrigger disableButtonEnhancement>
        <Button appearance="subtle" icon={<ArrowResetRegular />} className={className}>
          Reset demo data
        </Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Reset demo data</DialogTitle>
          <DialogContent>
            <p>
              Every change and every sent email is discarded, and the tenant returns to its seed.
            </p>
            {reset.isError ? (
              <StatusMessage intent="error">{describeError(reset.error)}</StatusMessage>
            ) : null}
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button>Cancel</Button>
            </DialogTrigger>
            <Button
              appearance="primary"
              disabled={reset.isPending}
              onClick={() => reset.mutate(undefined, { onSuccess: () => setOpen(false) })}
            >
              Reset
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
