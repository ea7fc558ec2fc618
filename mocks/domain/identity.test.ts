import { describe, expect, it } from 'vitest';
import { DEMO_ADMIN_TOKENS, demoUserToken } from '../../src/api/contract/mock';
import { generateScenario } from '../scenarios/scenarios';
import {
  ADMIN_NAMES,
  callerKey,
  callerOfToken,
  callerRole,
  DEMO_USERS_LISTED,
  defaultSelfServiceUser,
  demoTokens,
} from './identity';
import { userByName } from './test-helpers';

describe('A1 + P7: the caller comes from the bearer token', () => {
  const tenant = generateScenario('default');

  it('A1: each admin role has its demo token, and the token names the admin', () => {
    expect(callerOfToken(tenant, DEMO_ADMIN_TOKENS.TeamsAdministrator)).toEqual({
      kind: 'admin',
      role: 'TeamsAdministrator',
      displayName: 'Adele Vance',
    });
    expect(callerOfToken(tenant, DEMO_ADMIN_TOKENS.GlobalReader)).toMatchObject({
      role: 'GlobalReader',
      displayName: ADMIN_NAMES.GlobalReader,
    });
    expect(new Set(Object.values(DEMO_ADMIN_TOKENS)).size).toBe(3);
  });

  it('P7: every user has a token of their own', () => {
    const ken = userByName(tenant, 'Ken Myer');
    const caller = callerOfToken(tenant, demoUserToken(ken.id));
    expect(caller).toEqual({ kind: 'user', userId: ken.id, displayName: 'Ken Myer' });
    expect(callerRole(caller!)).toBe('User');
  });

  it('an unknown token, a user token of nobody, and a near miss stand for no caller', () => {
    for (const token of [
      '',
      'demo',
      'demo-user-',
      demoUserToken('no-such-user'),
      'DEMO-GLOBAL-READER',
    ]) {
      expect(callerOfToken(tenant, token), token).toBeNull();
    }
  });

  it("keeps one caller's Idempotency-Keys apart from another's", () => {
    const keys = Object.values(DEMO_ADMIN_TOKENS).map((t) => callerKey(callerOfToken(tenant, t)!));
    const amos = callerKey(
      callerOfToken(tenant, demoUserToken(userByName(tenant, 'Amos Marble').id))!,
    );
    expect(new Set([...keys, amos]).size).toBe(4);
  });
});

describe('Mock mode: the demo tokens listing', () => {
  it('lists the admin tokens, the first users by name, and Amos Marble as the self-service default', () => {
    const tenant = generateScenario('default');
    const listed = demoTokens(tenant);
    expect(listed.admins.map((a) => a.token)).toEqual(Object.values(DEMO_ADMIN_TOKENS));
    expect(listed.users).toHaveLength(Math.min(DEMO_USERS_LISTED, tenant.users.length));
    expect(listed.users[0]?.displayName).toBe(tenant.users[0]?.displayName);
    expect(
      listed.users.every((u) => callerOfToken(tenant, u.token)?.displayName === u.displayName),
    ).toBe(true);
    expect(listed.defaultUser?.displayName).toBe('Amos Marble');
    expect(listed.userTokenTemplate).toBe('demo-user-{userId}');
  });

  it('finds users by a part of their name', () => {
    const tenant = generateScenario('default');
    const found = demoTokens(tenant, 'myer');
    expect(found.users.map((u) => u.displayName)).toContain('Ken Myer');
    expect(found.users.every((u) => /myer/i.test(u.displayName))).toBe(true);
  });

  it('without Amos Marble the first user by name is the default; without users there is none', () => {
    const tenant = generateScenario('default');
    const amos = userByName(tenant, 'Amos Marble');
    const without = { ...tenant, users: tenant.users.filter((u) => u.id !== amos.id) };
    expect(defaultSelfServiceUser(without)?.id).toBe(without.users[0]?.id);
    expect(demoTokens(generateScenario('empty')).defaultUser).toBeNull();
    expect(demoTokens(generateScenario('empty')).users).toEqual([]);
  });
});
