import { beforeEach, describe, expect, it } from 'vitest';
import { generateScenario } from '../scenarios/scenarios';
import { dialIn } from './dial-in';
import { pinMatches } from './pin';
import { resetOwnPin } from './self-service';
import { expectOk, expectRefusal, testContext, userByName } from './test-helpers';
import type { Tenant } from './types';
import { toDetail } from './users';

describe('P7 self-service PIN reset', () => {
  let tenant: Tenant;
  beforeEach(() => {
    tenant = generateScenario('default');
  });

  it('P7: a user resets their own PIN, gets it once, and it starts their meetings', () => {
    const amos = userByName(tenant, 'Amos Marble');
    const { pin, email, user } = expectOk(resetOwnPin(tenant, testContext(), amos.id));

    expect(pin).toMatch(/^\d{5}$/);
    expect(pinMatches(amos.pin.stored!, pin)).toBe(true);
    expect(JSON.stringify(user)).not.toContain(pin);
    expect(JSON.stringify(toDetail(amos, tenant))).not.toContain(pin);
    expect(email).toEqual({ sent: false, to: null, reason: null });
    expect(tenant.mailbox).toHaveLength(0);
    expect(dialIn(tenant, amos.audio.conferenceId!, pin).outcome).toBe('started');
  });

  it('P7 + P5: a locked PIN (Diego Siciliani) must be unlocked by an admin first', () => {
    const diego = userByName(tenant, 'Diego Siciliani');
    const before = diego.pin.stored;
    expect(expectRefusal(resetOwnPin(tenant, testContext(), diego.id)).code).toBe('unavailable');
    expect(diego.pin.stored).toBe(before);
  });

  it('P7: a user who is not set up for Audio Conferencing has no PIN to reset', () => {
    const lidia = userByName(tenant, 'Lidia Holloway');
    expect(expectRefusal(resetOwnPin(tenant, testContext(), lidia.id)).code).toBe('unavailable');
    expect(lidia.pin.stored).toBeNull();
  });
});
