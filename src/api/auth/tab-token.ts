import type { TokenProvider } from './token-provider';

/** sessionStorage: a sign-in belongs to one tab, as a session does. Never a PIN. */
const KEY = 'acac.auth.accessToken';
const listeners = new Set<() => void>();

function read(): string | null {
  try {
    return window.sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/**
 * The token provider of a build without an OIDC client: the access token the admin signed in
 * with on the sign-in screen, for this tab, for every request. A deployment behind an
 * authenticating proxy or with MSAL replaces it (`setTokenProvider`).
 */
export const tabTokenProvider: TokenProvider & {
  signIn(token: string): void;
  signOut(): void;
  current(): string | null;
  subscribe(listener: () => void): () => void;
} = {
  getToken: () => read(),
  current: read,
  signIn(token) {
    window.sessionStorage.setItem(KEY, token.trim());
    listeners.forEach((listener) => listener());
  },
  signOut() {
    window.sessionStorage.removeItem(KEY);
    listeners.forEach((listener) => listener());
  },
  subscribe(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
