import type { EffectivePinPolicy, PinPolicy } from '../../src/api/contract/pin-policies';
import { ok, refuse, type Result } from './result';
import type { Tenant, UserRecord } from './types';

/** P4: the global policy a new tenant has. */
export const DEFAULT_PIN_POLICY: PinPolicy = {
  minimumLength: 5,
  allowCommonPatterns: false,
  maximumLogonAttempts: 5,
};

export const MAX_PIN_DIGITS = 24;

export interface PinPolicies {
  global: PinPolicy;
  sites: Map<string, PinPolicy>;
  users: Map<string, PinPolicy>;
}

export function defaultPinPolicies(): PinPolicies {
  return { global: { ...DEFAULT_PIN_POLICY }, sites: new Map(), users: new Map() };
}

/** P4: user › site › global. */
export function effectivePinPolicy(tenant: Tenant, user: UserRecord): EffectivePinPolicy {
  const own = tenant.pinPolicies.users.get(user.id);
  if (own) return { policy: own, source: 'user', scope: user.displayName };
  const site = tenant.pinPolicies.sites.get(user.site);
  if (site) return { policy: site, source: 'site', scope: user.site };
  return { policy: tenant.pinPolicies.global, source: 'global', scope: null };
}

/** Field problems of a policy (P4 ranges), keyed by field. */
export function pinPolicyProblems(policy: PinPolicy): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  if (
    !Number.isInteger(policy.minimumLength) ||
    policy.minimumLength < 4 ||
    policy.minimumLength > 24
  ) {
    errors.minimumLength = ['The minimum length is a whole number from 4 to 24.'];
  }
  if (
    !Number.isInteger(policy.maximumLogonAttempts) ||
    policy.maximumLogonAttempts < 1 ||
    policy.maximumLogonAttempts > 100
  ) {
    errors.maximumLogonAttempts = ['Maximum logon attempts is a whole number from 1 to 100.'];
  }
  return errors;
}

function hasConsecutiveRun(pin: string, runLength: number): boolean {
  let up = 1;
  let down = 1;
  for (let i = 1; i < pin.length; i++) {
    const step = pin.charCodeAt(i) - pin.charCodeAt(i - 1);
    up = step === 1 ? up + 1 : 1;
    down = step === -1 ? down + 1 : 1;
    if (up >= runLength || down >= runLength) return true;
  }
  return false;
}

/** The digits of the user's phone number and its extension (the last four digits). */
function phoneForms(user: UserRecord): string[] {
  const digits = (user.phoneNumber ?? '').replace(/\D/g, '');
  if (digits.length < 4) return [];
  return [digits, digits.slice(-4)];
}

/**
 * P3: every rule a specific PIN breaks under the policy, each in words for the admin — digits
 * only, long enough (at most 24), and unless common patterns are allowed: not one repeated digit,
 * no run of 4 or more consecutive digits up or down, not the user's phone number or extension
 * (nor its last digits).
 */
export function specificPinProblems(pin: string, policy: PinPolicy, user: UserRecord): string[] {
  const problems: string[] = [];
  if (!/^[0-9]*$/.test(pin)) problems.push('Use only the digits 0–9.');
  if (pin.length < policy.minimumLength) {
    problems.push(`Use at least ${policy.minimumLength} digits.`);
  }
  if (pin.length > MAX_PIN_DIGITS) problems.push(`Use at most ${MAX_PIN_DIGITS} digits.`);
  if (!policy.allowCommonPatterns && /^[0-9]+$/.test(pin)) {
    if (/^(\d)\1*$/.test(pin)) problems.push("Don't repeat one digit all the way through.");
    if (hasConsecutiveRun(pin, 4)) {
      problems.push("Don't use 4 or more consecutive digits, such as 1234 or 9876.");
    }
    const phone = (user.phoneNumber ?? '').replace(/\D/g, '');
    if (
      phoneForms(user).includes(pin) ||
      (pin.length >= 4 && phone.length > 0 && phone.endsWith(pin))
    ) {
      problems.push("Don't use the user's phone number or extension.");
    }
  }
  return problems;
}

export type PolicyScope =
  { kind: 'global' } | { kind: 'site'; site: string } | { kind: 'user'; userId: string };

/** P4: adds or replaces a policy; the global one can be edited but never removed. */
export function savePinPolicy(
  tenant: Tenant,
  scope: PolicyScope,
  policy: PinPolicy,
): Result<PinPolicy> {
  const errors = pinPolicyProblems(policy);
  if (scope.kind === 'site' && !tenant.users.some((u) => u.site === scope.site)) {
    errors.site = ['Choose one of the tenant’s sites.'];
  }
  if (scope.kind === 'user' && !tenant.usersById.has(scope.userId)) {
    errors.userId = ['Choose a user of the tenant.'];
  }
  if (Object.keys(errors).length > 0) {
    return refuse('validation', 'The PIN policy is not valid.', errors);
  }
  const copy = { ...policy };
  if (scope.kind === 'global') tenant.pinPolicies.global = copy;
  if (scope.kind === 'site') tenant.pinPolicies.sites.set(scope.site, copy);
  if (scope.kind === 'user') tenant.pinPolicies.users.set(scope.userId, copy);
  return ok(copy);
}

export function removePinPolicy(tenant: Tenant, scope: PolicyScope): boolean {
  if (scope.kind === 'site') return tenant.pinPolicies.sites.delete(scope.site);
  if (scope.kind === 'user') return tenant.pinPolicies.users.delete(scope.userId);
  return false;
}
