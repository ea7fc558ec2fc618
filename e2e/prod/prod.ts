/**
 * Helpers of the production-build specs (project `prod`): the build `npm start` serves, without
 * the mock in it, against the mock served over HTTP on the same origin. The tenant lives in the
 * server's memory and every client shares it; callers are told apart by their bearer token.
 */
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { expect, type ConsoleGuard } from '../fixtures';

/** The demo tokens of the admin roles (GET /api/_mock/tokens lists them, and the users'). */
export const TOKENS = {
  teamsAdministrator: 'demo-teams-administrator',
  communicationsAdministrator: 'demo-teams-communications-administrator',
  globalReader: 'demo-global-reader',
} as const;

export const AMOS = 'Amos Marble';

export function bearer(token: string): { Authorization: string } {
  return { Authorization: `Bearer ${token}` };
}

/** The browser logs every refused request as a failed load: expected where a test provokes it. */
export function allowRefusals(consoleGuard: ConsoleGuard, ...statuses: number[]): void {
  for (const status of statuses) consoleGuard.allow(new RegExp(`status of ${status}\\b`));
}

/** POST /api/_mock/reset: the server's one tenant back to the seed (no token needed). */
export async function resetTenant(request: APIRequestContext): Promise<void> {
  const response = await request.post('/api/_mock/reset');
  expect(response.status(), 'the mock resets the tenant').toBe(204);
}

/** Amos Marble, the default user of the demo tokens: his id and his own (self-service) token. */
export async function defaultUser(
  request: APIRequestContext,
): Promise<{ userId: string; token: string; displayName: string }> {
  const response = await request.get('/api/_mock/tokens');
  expect(response.status()).toBe(200);
  const body = (await response.json()) as {
    defaultUser: { userId: string; token: string; displayName: string } | null;
  };
  expect(body.defaultUser, 'the seed has a default user').not.toBeNull();
  return body.defaultUser!;
}

/** The user's id, found with an admin's token by display name. */
export async function userIdByName(request: APIRequestContext, name: string): Promise<string> {
  const response = await request.get('/api/users', {
    headers: bearer(TOKENS.teamsAdministrator),
    params: { search: name },
  });
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { items: { id: string; displayName: string }[] };
  const user = body.items.find((item) => item.displayName === name);
  if (!user) throw new Error(`No user named ${name}`);
  return user.id;
}

export interface ServerUser {
  etag: string;
  audioConferencing: { conferenceId: string | null; provider: string; enabled: boolean };
  pin: { isSet: boolean; isLocked: boolean; lastChangedAt: string | null };
}

/** GET /api/users/:id as the server holds it now, with `token`. */
export async function serverUser(
  request: APIRequestContext,
  userId: string,
  token: string = TOKENS.teamsAdministrator,
): Promise<ServerUser> {
  const response = await request.get(`/api/users/${encodeURIComponent(userId)}`, {
    headers: bearer(token),
  });
  expect(response.status(), `GET /api/users/${userId}`).toBe(200);
  return (await response.json()) as ServerUser;
}

/** The sign-in screen shown in place of a page when the API answers 401. */
export function signInScreen(page: Page): Locator {
  return page.getByRole('main').getByRole('region', { name: 'Sign in' });
}

/** Waits for the sign-in screen, enters `token` and signs in (the token is kept for the tab). */
export async function signIn(page: Page, token: string): Promise<void> {
  const screen = signInScreen(page);
  await expect(screen.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
  await screen.getByLabel('Access token').fill(token);
  await screen.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** The header's "<name> (<role>)" of a build without the mock. */
export function header(page: Page): Locator {
  return page.getByRole('banner');
}
