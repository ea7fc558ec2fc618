import { NetworkConditionsButton } from '../../features/mock-tenant/components/network-conditions-button';
import { ResetDemoDataButton } from '../../features/mock-tenant/components/reset-demo-data-button';
import { SignedInAs } from '../../features/mock-tenant/components/signed-in-as';

/** Mock mode: the header's test hooks — network conditions, Signed in as, Reset demo data. */
export function MockHeaderControls({ buttonClassName }: { buttonClassName: string }) {
  return (
    <>
      <NetworkConditionsButton className={buttonClassName} />
      <SignedInAs />
      <ResetDemoDataButton className={buttonClassName} />
    </>
  );
}
