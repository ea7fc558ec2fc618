import { useSyncExternalStore } from 'react';
import type { Audience, TokenProvider } from '../../../api/auth/token-provider';
import {
  DEFAULT_TAB_ADMIN_TOKEN,
  listDemoTokensRoute,
  parseTabTokens,
  TAB_TOKENS_STORAGE_KEY,
  type TabTokens,
} from '../../../api/contract/mock';
import { request } from '../../../api/http-client';

const listeners = new Set<() => void>();
let cached: { raw: string | null; tokens: TabTokens } | null = null;

/** The demo tokens this tab is signed in with ("Signed in as"), per tab, as a sign-in is. */
function readTabTokens(): TabTokens {
  const raw = window.sessionStorage.getItem(TAB_TOKENS_STORAGE_KEY);
  // The same object while nothing changed, as useSyncExternalStore needs.
  if (cached?.raw !== raw) cached = { raw, tokens: parseTabTokens(raw) };
  return cached.tokens;
}

export function setTabToken(audience: Audience, token: string): void {
  const next = { ...readTabTokens(), [audience === 'admin' ? 'admin' : 'selfService']: token };
  window.sessionStorage.setItem(TAB_TOKENS_STORAGE_KEY, JSON.stringify(next));
  listeners.forEach((listener) => listener());
}

export function useTabTokens(): TabTokens {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, readTabTokens);
}

let defaultUserToken: Promise<string | null> | null = null;

/**
 * Mock mode's token provider: the demo token "Signed in as" chose for this tab — the admin's for
 * the admin center, the user's for the self-service page. Until one is chosen, Teams
 * Administrator and the mock's default user (Amos Marble).
 */
export const mockTokenProvider: TokenProvider = {
  getToken(audience) {
    const tokens = readTabTokens();
    if (audience === 'admin') return tokens.admin ?? DEFAULT_TAB_ADMIN_TOKEN;
    if (tokens.selfService) return tokens.selfService;
    defaultUserToken ??= request(listDemoTokensRoute, { query: {} }).then(
      (listing) => listing.defaultUser?.token ?? null,
      (error: unknown) => {
        defaultUserToken = null;
        throw error;
      },
    );
    return defaultUserToken;
  },
};

/** After "Reset demo data" the default user is asked for again. */
export function forgetDefaultUser(): void {
  defaultUserToken = null;
}
