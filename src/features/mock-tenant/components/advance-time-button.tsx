import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ClockRegular } from '@fluentui/react-icons';
import { lazy, Suspense, useId, useState } from 'react';
import type { MockClock } from '../../../api/contract/mock';
import { useReturnFocus } from '../../../lib/use-return-focus';
import { useMockClock } from '../api/mock-clock';

// Loaded when asked for: dialogs aren't part of what the first page needs.
const AdvanceTimeDialog = lazy(() =>
  import('./advance-time-dialog').then((m) => ({ default: m.AdvanceTimeDialog })),
);

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  time: { fontSize: tokens.fontSizeBase200, whiteSpace: 'nowrap' },
  // Heard, not seen: the time beside the button shows the move.
  status: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});

const dateTime = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });

/** "Mock time: Dec 3, 2026, 4:30 PM (+120 min)"; the advance only once it has moved. */
export function describeMockTime(clock: MockClock | undefined, failed: boolean): string {
  if (!clock) return failed ? 'Mock time: unknown' : 'Mock time: loading…';
  const advanced =
    clock.advancedMinutes > 0 ? ` (+${clock.advancedMinutes.toLocaleString('en-US')} min)` : '';
  return `Mock time: ${dateTime.format(new Date(clock.now))}${advanced}`;
}

const movedBy = (minutes: number) =>
  `Mock time moved forward by ${minutes.toLocaleString('en-US')} ${minutes === 1 ? 'minute' : 'minutes'}.`;

/** Mock mode only (M5): the mock's time, and moving it forward. */
export function AdvanceTimeButton({ className }: { className?: string }) {
  const styles = useStyles();
  const timeId = useId();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const [buttonRef, returnFocus] = useReturnFocus();
  const clock = useMockClock();

  const close = () => {
    setOpen(false);
    returnFocus();
  };

  return (
    <div className={styles.root}>
      <Button
        ref={buttonRef}
        appearance="subtle"
        icon={<ClockRegular />}
        className={className}
        aria-describedby={timeId}
        onClick={() => {
          // Emptied first, so the same move made twice is announced twice.
          setStatus('');
          setOpen(true);
        }}
      >
        Advance time
      </Button>
      {/* Not live: it follows the real time every minute, which would be announced each time. */}
      <span id={timeId} className={styles.time}>
        {describeMockTime(clock.data, clock.isError)}
      </span>
      {/* In the page from the start, so what is put in it is announced (politely). */}
      <span role="status" aria-live="polite" aria-atomic="true" className={styles.status}>
        {status}
      </span>
      {/* Mounted only when asked for: a mounted Fluent dialog adds page-level focus sentinels. */}
      {open ? (
        <Suspense fallback={null}>
          <AdvanceTimeDialog
            onClose={close}
            onAdvanced={(minutes) => {
              close();
              // After the dialog has gone, when the rest of the page is no longer hidden from
              // assistive technology, so the status isn't lost.
              window.requestAnimationFrame(() => setStatus(movedBy(minutes)));
            }}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
