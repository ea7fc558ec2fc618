import { Button } from '@fluentui/react-components';
import { Component, type ReactNode } from 'react';
import { LazyStatusMessage as StatusMessage } from '../components/lazy-status-message';

interface State {
  error: Error | null;
}

/** Keeps the shell usable when a page fails to render. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (this.state.error) {
      return (
        <StatusMessage
          intent="error"
          title="This page couldn't be shown"
          actions={<Button onClick={() => window.location.reload()}>Reload</Button>}
        >
          Something went wrong while showing this page. Reload to try again.
        </StatusMessage>
      );
    }
    return this.props.children;
  }
}
