import { describe, expect, it } from 'vitest';
import {
  ADMIN_ROLES,
  authorize,
  authorizeCaller,
  CHANGE_ACTIONS,
  isAdminRole,
  mayChange,
} from './roles';

describe('A1 roles: every role × every change', () => {
  const expected = {
    TeamsAdministrator: true,
    TeamsCommunicationsAdministrator: true,
    GlobalReader: false,
  } as const;

  for (const role of ADMIN_ROLES) {
    for (const action of CHANGE_ACTIONS) {
      it(`A1: ${role} ${expected[role] ? 'may' : 'may not'} ${action}`, () => {
        expect(mayChange(role, action)).toBe(expected[role]);
        const result = authorize(role, action);
        expect(result.ok).toBe(expected[role]);
        if (!result.ok) {
          expect(result.code).toBe('forbidden');
          expect(result.message).toMatch(/Global Reader can view everything but change nothing/);
        }
      });
    }
  }

  it('A1: only the three roles of the brief are roles', () => {
    expect(ADMIN_ROLES).toHaveLength(3);
    expect(isAdminRole('GlobalReader')).toBe(true);
    expect(isAdminRole('GlobalAdministrator')).toBe(false);
    expect(isAdminRole(undefined)).toBe(false);
  });
});

describe('A1 + P7 callers: admins change what their role allows, users only their own PIN', () => {
  const admin = (role: (typeof ADMIN_ROLES)[number]) =>
    ({ kind: 'admin', role, displayName: 'Adele Vance' }) as const;
  const user = { kind: 'user', userId: 'u1', displayName: 'Ken Myer' } as const;

  it('A1: an admin caller is authorised by role', () => {
    expect(authorizeCaller(admin('TeamsAdministrator'), 'resetPin').ok).toBe(true);
    expect(authorizeCaller(admin('GlobalReader'), 'resetPin')).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
  });

  it('P7: a user may reset their own PIN and nothing else', () => {
    expect(authorizeCaller(user, 'resetOwnPin').ok).toBe(true);
    for (const action of CHANGE_ACTIONS) {
      const result = authorizeCaller(user, action);
      expect(result).toMatchObject({ ok: false, code: 'forbidden' });
      if (!result.ok) expect(result.message).toMatch(/Ken Myer is signed in as a user/);
    }
  });

  it('P7: an admin has no PIN of their own to reset on the self-service page', () => {
    const result = authorizeCaller(admin('TeamsAdministrator'), 'resetOwnPin');
    expect(result).toMatchObject({ ok: false, code: 'forbidden' });
  });
});
