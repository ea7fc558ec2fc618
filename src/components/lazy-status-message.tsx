import { lazy, Suspense, type ComponentProps } from 'react';

const StatusMessageChunk = lazy(() =>
  import('./status-message').then((m) => ({ default: m.StatusMessage })),
);

type Props = ComponentProps<typeof StatusMessageChunk>;

/**
 * The StatusMessage for pages that load before anything has gone wrong (the users list, the app's
 * error boundary): the message bar's code loads only when there is something to say. Until it
 * arrives, the same words are shown in the same role, so nothing is lost or announced late.
 */
export function LazyStatusMessage(props: Props) {
  const role = props.intent === 'error' || props.intent === 'warning' ? 'alert' : 'status';
  return (
    <Suspense
      fallback={
        <div role={role}>
          {props.title ? <strong>{props.title} </strong> : null}
          {props.children}
          {props.actions}
        </div>
      }
    >
      <StatusMessageChunk {...props} />
    </Suspense>
  );
}
