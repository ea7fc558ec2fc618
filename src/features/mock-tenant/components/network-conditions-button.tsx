import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Wifi1Regular, WifiWarningRegular } from '@fluentui/react-icons';
import { lazy, Suspense, useId, useState } from 'react';
import { useReturnFocus } from '../../../lib/use-return-focus';
import { useMockFaults } from '../api/mock-faults';
import { isDegraded, summarizeFaults } from './network-conditions-summary';

// Loaded when asked for: dialogs aren't part of what the first page needs.
const NetworkConditionsDialog = lazy(() =>
  import('./network-conditions-dialog').then((m) => ({ default: m.NetworkConditionsDialog })),
);

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  summary: { fontSize: tokens.fontSizeBase200, whiteSpace: 'nowrap' },
  degraded: {
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteYellowBackground3,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** Mock mode only: latency, failures, dropped answers and offline, as the mock plays them. */
export function NetworkConditionsButton({ className }: { className?: string }) {
  const styles = useStyles();
  const summaryId = useId();
  const [open, setOpen] = useState(false);
  const [buttonRef, returnFocus] = useReturnFocus();
  const faults = useMockFaults();
  const degraded = isDegraded(faults.data);
  return (
    <div className={styles.root}>
      <Button
        ref={buttonRef}
        appearance="subtle"
        icon={degraded ? <WifiWarningRegular /> : <Wifi1Regular />}
        className={className}
        aria-describedby={summaryId}
        onClick={() => setOpen(true)}
      >
        Network conditions
      </Button>
      <span id={summaryId} className={mergeClasses(styles.summary, degraded && styles.degraded)}>
        {faults.isError ? 'Unknown' : summarizeFaults(faults.data)}
      </span>
      {open ? (
        <Suspense fallback={null}>
          <NetworkConditionsDialog
            onClose={() => {
              setOpen(false);
              returnFocus();
            }}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
