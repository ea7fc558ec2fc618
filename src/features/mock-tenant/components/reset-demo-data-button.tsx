import { Button } from '@fluentui/react-components';
import { ArrowResetRegular } from '@fluentui/react-icons';
import { lazy, Suspense, useState } from 'react';
import { useReturnFocus } from '../../../lib/use-return-focus';

// Loaded when asked for: dialogs aren't part of what the first page needs.
const ResetDemoDataDialog = lazy(() =>
  import('./reset-demo-data-dialog').then((m) => ({ default: m.ResetDemoDataDialog })),
);

/** Mock mode only: puts the tenant back to its seed. */
export function ResetDemoDataButton({ className }: { className?: string }) {
  const [open, setOpen] = useState(false);
  const [buttonRef, returnFocus] = useReturnFocus();
  return (
    <>
      <Button
        ref={buttonRef}
        appearance="subtle"
        icon={<ArrowResetRegular />}
        className={className}
        onClick={() => setOpen(true)}
      >
        Reset demo data
      </Button>
      {/* Mounted only when asked for: a mounted Fluent dialog adds page-level focus sentinels. */}
      {open ? (
        <Suspense fallback={null}>
          <ResetDemoDataDialog
            onClose={() => {
              setOpen(false);
              returnFocus();
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}
