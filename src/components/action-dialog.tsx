import { Dialog, DialogSurface } from '@fluentui/react-components';
import type { ReactNode } from 'react';

interface ActionDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Mounted only while the dialog is open: closing it forgets what it held (a typed value, a PIN). */
  children: ReactNode;
  /** For a wider surface than the default. */
  className?: string;
}

/** A modal dialog for one action; focus returns to the element that opened it. */
export function ActionDialog({ open, onOpenChange, children, className }: ActionDialogProps) {
  return (
    <Dialog open={open} onOpenChange={(_, data) => onOpenChange(data.open)}>
      <DialogSurface className={className}>{children}</DialogSurface>
    </Dialog>
  );
}
