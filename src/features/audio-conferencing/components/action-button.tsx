import { Button, useRestoreFocusTarget } from '@fluentui/react-components';
import type { ReactElement, ReactNode } from 'react';
import type { ActionAvailability } from '../../../api/contract/users';

interface ActionButtonProps {
  availability: ActionAvailability | undefined;
  /** The id of the text that says why the action is unavailable. */
  reasonId: string;
  icon: ReactElement;
  onClick: () => void;
  children: ReactNode;
}

/**
 * An action the server may refuse for this user: disabled, yet still focusable, and described by
 * the reason, so that keyboard and screen reader users learn why.
 */
export function ActionButton({
  availability,
  reasonId,
  icon,
  onClick,
  children,
}: ActionButtonProps) {
  const available = availability?.available ?? false;
  // Focus comes back here when the dialog this button opens closes.
  const restoreFocusTarget = useRestoreFocusTarget();
  return (
    <Button
      {...restoreFocusTarget}
      icon={icon}
      onClick={onClick}
      disabledFocusable={!available}
      aria-describedby={!available && availability?.reason ? reasonId : undefined}
    >
      {children}
    </Button>
  );
}
