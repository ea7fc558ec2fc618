import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  type MessageBarProps,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';

interface StatusMessageProps {
  /** success and info are announced as a status, error and warning as an alert. */
  intent: 'success' | 'info' | 'warning' | 'error';
  title?: string;
  children: ReactNode;
  actions?: MessageBarProps['children'];
}

/** An outcome for the admin, announced with the role QA suites look for (status or alert). */
export function StatusMessage({ intent, title, children, actions }: StatusMessageProps) {
  const role = intent === 'error' || intent === 'warning' ? 'alert' : 'status';
  return (
    // Not named by its title: a title such as "Conference ID reset" would otherwise answer
    // getByLabel('Conference ID') beside the value itself.
    <MessageBar intent={intent} role={role} layout="multiline" aria-labelledby={undefined}>
      <MessageBarBody>
        {title ? <MessageBarTitle>{title}</MessageBarTitle> : null}
        {children}
      </MessageBarBody>
      {actions}
    </MessageBar>
  );
}
