import { MAX_ADVANCE_MINUTES, type MockClock } from '../../src/api/contract/mock';
import { fieldRefusal, ok, type Result } from './result';
import type { Tenant } from './types';

const MINUTE = 60_000;

/** M5: the mock's time for a real time: the real one plus how far QA moved it forward. */
export function mockTime(tenant: Pick<Tenant, 'clock'>, realNowMs: number): Date {
  return new Date(realNowMs + tenant.clock.offsetMs);
}

export function clockView(tenant: Pick<Tenant, 'clock'>, realNowMs: number): MockClock {
  return {
    now: mockTime(tenant, realNowMs).toISOString(),
    advancedMinutes: tenant.clock.offsetMs / MINUTE,
  };
}

/**
 * M5: moves the mock's time forward by whole minutes, 1 to MAX_ADVANCE_MINUTES at a time. Time
 * never goes back: there is no way to move it by less than a minute, or backwards.
 */
export function advanceClock(tenant: Tenant, minutes: number): Result<{ advancedBy: number }> {
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_ADVANCE_MINUTES) {
    return fieldRefusal(
      'advanceMinutes',
      `Enter a whole number of minutes from 1 to ${MAX_ADVANCE_MINUTES.toLocaleString('en-US')} (30 days). Time only moves forward.`,
    );
  }
  tenant.clock = { ...tenant.clock, offsetMs: tenant.clock.offsetMs + minutes * MINUTE };
  return ok({ advancedBy: minutes });
}
