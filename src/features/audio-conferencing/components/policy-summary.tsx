import type { EffectivePinPolicy } from '../../../api/contract/pin-policies';

const SOURCE = { global: 'Global', site: 'Site', user: 'User' } as const;

/** P4: the effective policy and where it comes from (user › site › global). */
export function PolicySummary({ effective }: { effective: EffectivePinPolicy }) {
  const { policy, source, scope } = effective;
  return (
    <>
      {SOURCE[source]} policy{scope ? ` (${scope})` : ''}: at least {policy.minimumLength} digits,
      common patterns {policy.allowCommonPatterns ? 'allowed' : 'not allowed'}, locks after{' '}
      {policy.maximumLogonAttempts} wrong attempts
    </>
  );
}
