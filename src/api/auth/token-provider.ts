/**
 * Where the bearer token of every request comes from: the seam where MSAL or any OIDC client
 * plugs in (`setTokenProvider` in `main.tsx`). Without one, the token this tab was signed in
 * with is used (see `tab-token.ts`); in mock mode, the demo token "Signed in as" chose.
 */

/**
 * Whom a request is made for: the admin center's admin, or the user of the self-service page
 * (P7). One sign-in may serve both; the mock's demo tokens keep them apart.
 */
export type Audience = 'admin' | 'self-service';

export interface TokenProvider {
  /** The bearer token for a request, or null to send none (the server then answers 401). */
  getToken(audience: Audience): string | null | Promise<string | null>;
}

let provider: TokenProvider | null = null;

export function setTokenProvider(next: TokenProvider): void {
  provider = next;
}

export async function tokenFor(audience: Audience): Promise<string | null> {
  return provider ? provider.getToken(audience) : null;
}
