import type { BridgeSettings, BridgeSettingsUpdate } from '../../src/api/contract/bridge';
import { bridgeNumberProblems, MAX_PIN_LENGTH, MIN_PIN_LENGTH } from './bridge';
import { ok, refuse, type Result } from './result';
import type { Tenant } from './types';

export type { BridgeSettingsUpdate };

/**
 * B2–B5: the bridge settings an admin can change. The conference ID length (B1) and the service
 * numbers are fixed. A new PIN length applies to PINs generated afterwards only (B2): existing PINs
 * are left as they are.
 */
export function updateBridgeSettings(
  tenant: Tenant,
  update: BridgeSettingsUpdate,
): Result<BridgeSettings> {
  const errors: Record<string, string[]> = {};
  if (
    !Number.isInteger(update.pinLength) ||
    update.pinLength < MIN_PIN_LENGTH ||
    update.pinLength > MAX_PIN_LENGTH
  ) {
    errors.pinLength = [
      `The PIN length is a whole number from ${MIN_PIN_LENGTH} to ${MAX_PIN_LENGTH}.`,
    ];
  }
  const next: BridgeSettings = {
    ...tenant.bridge,
    ...update,
    // M2: a client that doesn't send it leaves it as it is.
    automaticallyUpdateMeetings:
      update.automaticallyUpdateMeetings ?? tenant.bridge.automaticallyUpdateMeetings,
  };
  for (const problem of bridgeNumberProblems(next)) {
    const field = problem.includes('toll-free') ? 'defaultTollFreeNumber' : 'defaultTollNumber';
    (errors[field] ??= []).push(problem);
  }
  if (Object.keys(errors).length > 0) {
    return refuse('validation', 'Some bridge settings are not valid.', errors);
  }
  tenant.bridge = next;
  return ok(next);
}
