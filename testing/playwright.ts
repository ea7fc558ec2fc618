/**
 * The Audio Conferencing admin center's kit for Playwright suites (README "Testing against the
 * admin center"). Import `test` and `expect` from here instead of `@playwright/test`:
 *
 *   import { expect, test } from '<this repo>/testing/playwright';
 *
 *   test('a reset emails the user', async ({ page, adminCenter }) => {
 *     await adminCenter.start({ scenario: 'default', signInAs: 'TeamsAdministrator' });
 *     // … drive the UI by the names of PRODUCT.md §4 …
 *     expect(await adminCenter.mailbox()).toHaveLength(1);
 *   });
 *
 * It speaks only the documented control API (`/api/_mock/*`, `openapi.json`) and the documented
 * readiness signal, so it works against both hosts of the mock:
 * - `host: 'browser'` (default): the mock-mode build (`npm run dev`, `vite preview`), whose mock
 *   runs in the tab. The tenant belongs to the browser profile (each Playwright context starts
 *   from the seed), the network conditions to the tab. The kit's calls go through the page.
 * - `host: 'server'`: `npm run api -- --app dist` or `npm start` — the production build against
 *   the mock over HTTP. One tenant and one set of network conditions for every client: run such
 *   a suite with one worker. The kit's calls go to `apiURL` (the page's origin by default).
 *
 * The kit's own calls are the API's: `mailbox()`, `auditLog()`, `userId()` and `api()` are subject
 * to the network conditions like any request (the `/_mock/*` test hooks are not). Read them with
 * a normal network.
 *
 * Types come from the contract (`src/api/contract`) as types only: the kit needs nothing of the
 * app at run time.
 */
import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';
import type { AuditEntryView } from '../src/api/contract/audit';
import type { AdminRole, SentEmail } from '../src/api/contract/common';
import type { DemoTokens, MockFaults, MockState, ScenarioName } from '../src/api/contract/mock';
import type { JobRequest, JobResultView, JobView, StepOutcomeView } from '../src/api/contract/jobs';
import type { MeetingMigration, MigrationState, UserMeetings } from '../src/api/contract/meetings';
import type { MockClock } from '../src/api/contract/mock';

export type {
  MeetingMigration,
  MigrationState,
  MockClock,
  UserMeetings,
  AdminRole,
  AuditEntryView as AuditEntry,
  MockFaults,
  MockState,
  ScenarioName,
  SentEmail,
};

/** The demo tokens of the admin roles (also listed by `GET /api/_mock/tokens`). */
export const ADMIN_TOKENS: Readonly<Record<AdminRole, string>> = {
  TeamsAdministrator: 'demo-teams-administrator',
  TeamsCommunicationsAdministrator: 'demo-teams-communications-administrator',
  GlobalReader: 'demo-global-reader',
};

/** A normal network: what `start()` sets unless told otherwise. */
export const NORMAL_NETWORK: MockFaults = {
  latencyMs: 0,
  failureRate: 0,
  dropRate: 0,
  offline: false,
};

/** Whom the tab acts as: an admin role, or a user of the tenant by display name or id. */
export type SignIn = AdminRole | { user: string };

export interface StartOptions {
  /** The data set to start from (PRODUCT.md §4); `default` unless told. Always from its seed. */
  scenario?: ScenarioName;
  /** Teams Administrator unless told. */
  signInAs?: SignIn;
  /** Network conditions to play once started; a normal network unless told. */
  faults?: Partial<MockFaults>;
  /** The page to open once ready; `/users` unless told. */
  path?: string;
}

export interface AuditFilter {
  userId?: string;
  action?: string;
}

export interface AdminCenter {
  readonly host: 'browser' | 'server';
  /**
   * A known starting point: the scenario's seed, a normal network (or `faults`), signed in as
   * `signInAs`, on `path` with the mock ready.
   */
  start(options?: StartOptions): Promise<void>;
  /** Opens `path` and waits until the app can be driven (the mock started with the URL's settings). */
  goto(path: string): Promise<void>;
  /**
   * Signs the tab in as an admin role or a user; the current page is opened again as them. On the
   * browser host a user is signed in for the self-service page only (the admin pages keep the
   * tab's admin); on the server host the tab has one token, so a user gets 403 on admin pages.
   */
  signInAs(who: SignIn): Promise<void>;
  /** Back to the seed, of `scenario` if given; the app's page is opened again. */
  reset(scenario?: ScenarioName): Promise<void>;
  /** Changes the network conditions (only those given); returns them all as they are now. */
  setFaults(faults: Partial<MockFaults>): Promise<MockFaults>;
  faults(): Promise<MockFaults>;
  /** The mock itself: scenario, network conditions, and whether saved demo data had to be reset. */
  state(): Promise<MockState>;
  /** The mock mailbox, newest first. */
  mailbox(): Promise<SentEmail[]>;
  /** The audit log, newest first. */
  auditLog(filter?: AuditFilter): Promise<AuditEntryView[]>;
  /** The demo tokens; `search` narrows the users' (by name). */
  demoTokens(search?: string): Promise<DemoTokens>;
  /** A user's id by exact display name. */
  userId(displayName: string): Promise<string>;
  /** M5: the mock's time and how far it was moved forward. */
  clock(): Promise<MockClock>;
  /**
   * M5: moves the mock's time forward by whole minutes (1–43,200); meeting migrations that fall
   * due run. The app's page reads the time-based views again when next asked (reopen or reload).
   */
  advanceClock(minutes: number): Promise<MockClock>;
  /** M1: a user's meetings, the dial-in their invites carry, and their newest migration. */
  userMeetings(userId: string): Promise<UserMeetings>;
  /** M3: the meeting migrations, newest first; a user's only, or of one state, if given. */
  migrations(filter?: { userId?: string; state?: MigrationState }): Promise<MeetingMigration[]>;
  /** Starts a bulk job (J1) as the signed-in admin, through `POST /api/jobs`. */
  startJob(request: JobRequest): Promise<JobView>;
  /** Waits until a job is no longer running (`timeoutMs`, 60 s unless given), and returns it. */
  waitForJob(jobId: string, options?: { timeoutMs?: number }): Promise<JobView>;
  /** Every per-user result of a job, in its order, of one outcome if given. */
  jobResults(jobId: string, outcome?: StepOutcomeView): Promise<JobResultView[]>;
  /**
   * Any call of the API (`path` under `/api`), as `token` (Teams Administrator unless given;
   * null for none). Returns the status and the parsed JSON body (null when there is none).
   */
  api<T = unknown>(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    path: string,
    options?: { body?: unknown; token?: string | null; headers?: Record<string, string> },
  ): Promise<{ status: number; body: T }>;
}

export interface AdminCenterOptions {
  /** Which host of the mock the suite drives. */
  host: 'browser' | 'server';
  /** `host: 'server'`: where the API is, if not on the page's origin (e.g. http://127.0.0.1:8787). */
  apiURL: string | undefined;
}

/** The attribute the mock-mode app sets on `<html>` once its mock answers. */
export const MOCK_READY_SELECTOR = 'html[data-mock-ready="true"]';

/** The URL's mock settings (PRODUCT.md §4 test hooks), which a page opened with them applies. */
const MOCK_URL_PARAMS = ['scenario', 'latency', 'failureRate', 'dropRate', 'offline'];

/** Where the app keeps a tab's sign-in (sessionStorage). */
const TAB_TOKENS_KEY = 'acac.mock.tokens';
const ACCESS_TOKEN_KEY = 'acac.auth.accessToken';

type Call = AdminCenter['api'];

function adminCenterFor(
  page: Page,
  request: APIRequestContext,
  { host, apiURL }: AdminCenterOptions,
): AdminCenter {
  const onApp = () => page.url().startsWith('http');

  async function waitUntilReady() {
    if (host === 'browser') {
      await page.locator(MOCK_READY_SELECTOR).waitFor({ state: 'attached' });
    }
  }

  async function goto(path: string) {
    await page.goto(path);
    await waitUntilReady();
  }

  /** The page again, without the URL's mock settings: they would undo what the kit just set. */
  async function reopen() {
    const url = new URL(page.url());
    for (const key of MOCK_URL_PARAMS) url.searchParams.delete(key);
    await goto(url.toString());
  }

  const api: Call = async (method, path, options = {}) => {
    const token = options.token === undefined ? ADMIN_TOKENS.TeamsAdministrator : options.token;
    const headers: Record<string, string> = { ...options.headers };
    if (token !== null) headers.Authorization = `Bearer ${token}`;
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    const data = options.body === undefined ? undefined : JSON.stringify(options.body);
    if (host === 'server') {
      const base = apiURL ?? (onApp() ? new URL(page.url()).origin : undefined);
      const url = base ? new URL(`/api${path}`, base).toString() : `/api${path}`;
      const response = await request.fetch(url, { method, headers, data });
      const text = await response.text();
      return { status: response.status(), body: (text ? JSON.parse(text) : null) as never };
    }
    // The browser's mock answers only the page's own requests: the call is made from the page.
    if (!onApp()) await goto('/users');
    else await waitUntilReady();
    return page.evaluate(
      async ({ method, url, headers, data }) => {
        const response = await fetch(url, { method, headers, body: data, cache: 'no-store' });
        const text = await response.text();
        return { status: response.status, body: text ? JSON.parse(text) : null };
      },
      { method, url: `/api${path}`, headers, data },
    );
  };

  async function ok<T>(method: Parameters<Call>[0], path: string, options?: Parameters<Call>[2]) {
    const answer = await api<T>(method, path, options);
    if (answer.status < 200 || answer.status >= 300) {
      throw new Error(
        `${method} /api${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`,
      );
    }
    return answer.body;
  }

  async function tokenOf(who: SignIn): Promise<{ token: string; user: boolean }> {
    if (typeof who === 'string') return { token: ADMIN_TOKENS[who], user: false };
    const listing = await ok<DemoTokens>(
      'GET',
      `/_mock/tokens?${new URLSearchParams({ search: who.user })}`,
      { token: null },
    );
    const found = listing.users.find((u) => u.displayName === who.user || u.userId === who.user);
    if (found) return { token: found.token, user: true };
    // Any user's token is made the same way: the id, when a name didn't match.
    return { token: listing.userTokenTemplate.replace('{userId}', who.user), user: true };
  }

  async function signInAs(who: SignIn) {
    const { token, user } = await tokenOf(who);
    if (!onApp()) await goto('/users');
    await page.evaluate(
      ({ host, token, user, tabKey, accessKey }) => {
        if (host === 'server') {
          sessionStorage.setItem(accessKey, token);
          return;
        }
        const saved = JSON.parse(sessionStorage.getItem(tabKey) ?? '{}') as object;
        sessionStorage.setItem(
          tabKey,
          JSON.stringify({ ...saved, [user ? 'selfService' : 'admin']: token }),
        );
      },
      { host, token, user, tabKey: TAB_TOKENS_KEY, accessKey: ACCESS_TOKEN_KEY },
    );
    await reopen();
  }

  async function setFaults(faults: Partial<MockFaults>) {
    return ok<MockFaults>('POST', '/_mock/faults', { body: faults, token: null });
  }

  async function reset(scenario?: ScenarioName) {
    await ok('POST', '/_mock/reset', { body: scenario ? { scenario } : {}, token: null });
  }

  return {
    host,
    async start(options = {}) {
      await reset(options.scenario ?? 'default');
      await setFaults({ ...NORMAL_NETWORK, ...options.faults });
      await signInAs(options.signInAs ?? 'TeamsAdministrator');
      await goto(options.path ?? '/users');
    },
    goto,
    signInAs,
    async reset(scenario) {
      await reset(scenario);
      if (onApp()) await reopen();
    },
    setFaults,
    faults: () => ok<MockFaults>('GET', '/_mock/faults', { token: null }),
    state: () => ok<MockState>('GET', '/_mock/state', { token: null }),
    mailbox: async () => (await ok<{ items: SentEmail[] }>('GET', '/emails')).items,
    auditLog: async (filter = {}) => {
      const query = new URLSearchParams(filter as Record<string, string>);
      return (await ok<{ items: AuditEntryView[] }>('GET', `/audit-log?${query}`)).items;
    },
    demoTokens: (search) =>
      ok<DemoTokens>('GET', `/_mock/tokens?${new URLSearchParams(search ? { search } : {})}`, {
        token: null,
      }),
    clock: () => ok<MockClock>('GET', '/_mock/clock', { token: null }),
    advanceClock: (minutes) =>
      ok<MockClock>('POST', '/_mock/clock', { body: { advanceMinutes: minutes }, token: null }),
    userMeetings: (userId) =>
      ok<UserMeetings>('GET', `/users/${encodeURIComponent(userId)}/meetings`),
    async migrations(filter = {}) {
      const query = new URLSearchParams(filter.state ? { state: filter.state } : {});
      const { items } = await ok<{ items: MeetingMigration[] }>(
        'GET',
        `/meeting-migrations?${query}`,
      );
      return filter.userId ? items.filter((m) => m.userId === filter.userId) : items;
    },
    startJob: (body) =>
      ok<JobView>('POST', '/jobs', {
        body,
        headers: { 'Idempotency-Key': crypto.randomUUID() },
      }),
    async waitForJob(jobId, { timeoutMs = 60_000 } = {}) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const job = await ok<JobView>('GET', `/jobs/${encodeURIComponent(jobId)}`);
        if (job.state !== 'running') return job;
        if (Date.now() > until) throw new Error(`Job ${jobId} still running after ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async jobResults(jobId, outcome) {
      const results: JobResultView[] = [];
      for (let page = 1; ; page++) {
        const query = new URLSearchParams({ page: String(page), pageSize: '100' });
        if (outcome) query.set('outcome', outcome);
        const answer = await ok<{ items: JobResultView[]; total: number }>(
          'GET',
          `/jobs/${encodeURIComponent(jobId)}/results?${query}`,
        );
        results.push(...answer.items);
        if (results.length >= answer.total || answer.items.length === 0) return results;
      }
    },
    async userId(displayName) {
      const page = await ok<{ items: { id: string; displayName: string }[] }>(
        'GET',
        `/users?${new URLSearchParams({ search: displayName })}`,
      );
      const user = page.items.find((item) => item.displayName === displayName);
      if (!user) throw new Error(`No user named ${displayName}`);
      return user.id;
    },
    api,
  };
}

export const test = base.extend<{ adminCenter: AdminCenter } & AdminCenterOptions>({
  host: ['browser', { option: true }],
  apiURL: [undefined, { option: true }],
  adminCenter: async ({ page, request, host, apiURL }, use) => {
    await use(adminCenterFor(page, request, { host, apiURL }));
  },
});

export { expect };
