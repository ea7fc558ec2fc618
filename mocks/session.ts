import { isAdminRole, type AdminRole } from './domain/roles';
import type { KeyValueStorage } from './store';

const ROLE_KEY = 'acac.mock.role';
const SELF_SERVICE_KEY = 'acac.mock.signedInUser';

/** The admin each role signs in as, in mock mode (Microsoft 365 demo-tenant names). */
export const ACTOR: Record<AdminRole, string> = {
  TeamsAdministrator: 'Adele Vance',
  TeamsCommunicationsAdministrator: 'Nestor Wilke',
  GlobalReader: 'Patti Fernandez',
};

/** Who is signed in (mock mode): chosen per tab with "Signed in as", Teams Administrator first. */
export interface MockSession {
  role(): AdminRole;
  actor(): string;
  setRole(role: AdminRole): void;
  /** The user the self-service page acts for, as chosen (not checked against the tenant). */
  selfServiceUserId(): string | null;
  setSelfServiceUser(userId: string): void;
}

export function createMockSession(storage: KeyValueStorage): MockSession {
  const role = (): AdminRole => {
    const stored = storage.getItem(ROLE_KEY);
    return isAdminRole(stored) ? stored : 'TeamsAdministrator';
  };
  return {
    role,
    actor: () => ACTOR[role()],
    setRole: (next) => storage.setItem(ROLE_KEY, next),
    selfServiceUserId: () => storage.getItem(SELF_SERVICE_KEY),
    setSelfServiceUser: (userId) => storage.setItem(SELF_SERVICE_KEY, userId),
  };
}
