import { Button } from '@fluentui/react-components';
import { describeError } from '../api/api-error';
import { LazyStatusMessage } from './lazy-status-message';

interface FailedQuery {
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

/** A read that failed: what couldn't load, why, and Retry. Nothing while the read is fine. */
export function LoadError({ query, title }: { query: FailedQuery; title?: string }) {
  if (!query.isError) return null;
  return (
    <LazyStatusMessage
      intent="error"
      title={title}
      actions={<Button onClick={() => void query.refetch()}>Retry</Button>}
    >
      {describeError(query.error)}
    </LazyStatusMessage>
  );
}
