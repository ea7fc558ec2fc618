import { AdvanceTimeButton } from '../../features/mock-tenant/components/advance-time-button';
import { NetworkConditionsButton } from '../../features/mock-tenant/components/network-conditions-button';
import { ResetDemoDataButton } from '../../features/mock-tenant/components/reset-demo-data-button';
import { SignedInAs } from '../../features/mock-tenant/components/signed-in-as';

/**
 * Mock mode: the header's test hooks — network conditions, the mock time and Advance time,
 * Signed in as, Reset demo data.
 */
export function MockHeaderControls({ buttonClassName }: { buttonClassName: string }) {
  return (
    <>
      <NetworkConditionsButton className={buttonClassName} />
      <AdvanceTimeButton className={buttonClassName} />
      <SignedInAs />
      <ResetDemoDataButton className={buttonClassName} />
    </>
  );
}
