import { setTokenProvider } from '../api/auth/token-provider';
import type { AdminRole } from '../api/contract/common';
import { DEMO_ADMIN_TOKENS, demoUserToken } from '../api/contract/mock';
import { mock } from './server';

/** Whom the app under test is signed in as: an admin role, and a user for the self-service page. */
const signedIn: { admin: string; selfService: string | null } = {
  admin: DEMO_ADMIN_TOKENS.TeamsAdministrator,
  selfService: null,
};

setTokenProvider({
  getToken: (audience) => {
    if (audience === 'admin') return signedIn.admin;
    if (signedIn.selfService) return signedIn.selfService;
    const amos = mock.store.read().users.find((u) => u.displayName === 'Amos Marble');
    return amos ? demoUserToken(amos.id) : null;
  },
});

/** Signs the app under test in as an admin role (Teams Administrator until a test says else). */
export function signInAs(role: AdminRole): void {
  signedIn.admin = DEMO_ADMIN_TOKENS[role];
}

/** Signs the self-service page in as a user. */
export function signInAsUser(userId: string): void {
  signedIn.selfService = demoUserToken(userId);
}

export function resetSignIn(): void {
  signedIn.admin = DEMO_ADMIN_TOKENS.TeamsAdministrator;
  signedIn.selfService = null;
}
