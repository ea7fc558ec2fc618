import { describe, expect, it } from 'vitest';
import { ADMIN_ROLES, authorize, CHANGE_ACTIONS, isAdminRole, mayChange } from './roles';

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
