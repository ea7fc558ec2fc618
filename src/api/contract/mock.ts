/**
 * Mock only: the test hooks (demo data, demo tokens, network conditions). A real backend has none
 * of these; they are public and never subject to the faults they control.
 */
import { z } from 'zod/mini';
import { adminRoleSchema, type AdminRole } from './common';
import { defineRoute } from './route';
import { mockFaultsSchema, mockFaultsUpdateSchema, scenarioNameSchema } from './mock-settings';

export {
  MOCK_FAULTS_CHANGED_EVENT,
  MOCK_STATE_RECOVERED_EVENT,
  MOCK_SCENARIOS,
  mockFaultsSchema,
  mockFaultsUpdateSchema,
  NO_FAULTS,
  scenarioNameSchema,
  type MockFaults,
  type ScenarioName,
} from './mock-settings';

/** The mock's demo token for each admin role (A1). */
export const DEMO_ADMIN_TOKENS: Record<AdminRole, string> = {
  TeamsAdministrator: 'demo-teams-administrator',
  TeamsCommunicationsAdministrator: 'demo-teams-communications-administrator',
  GlobalReader: 'demo-global-reader',
};

/** Every user of a mock tenant has a demo token for the self-service page (P7): this and their id. */
export const DEMO_USER_TOKEN_PREFIX = 'demo-user-';
export function demoUserToken(userId: string): string {
  return `${DEMO_USER_TOKEN_PREFIX}${userId}`;
}

const demoUserSchema = z.object({ token: z.string(), userId: z.string(), displayName: z.string() });
export type DemoUser = z.infer<typeof demoUserSchema>;

export const demoTokensSchema = z.object({
  admins: z.array(z.object({ token: z.string(), role: adminRoleSchema, displayName: z.string() })),
  /** The first users by name (or those matching `search`), at most 100. */
  users: z.array(demoUserSchema),
  /** Whom the self-service page acts for until another user is chosen; null without users. */
  defaultUser: z.nullable(demoUserSchema),
  /** How any user's token is made: `demo-user-` and their id. */
  userTokenTemplate: z.string(),
});
export type DemoTokens = z.infer<typeof demoTokensSchema>;

export const demoTokensQuerySchema = z.object({
  search: z.optional(z.string().check(z.maxLength(100))),
});

/**
 * Browser mock only: the demo tokens a tab is signed in with ("Signed in as"), in its
 * sessionStorage under this key. A request from the tab without an Authorization header is made
 * with the tab's admin token, as a browser sends its sign-in cookie.
 */
export const TAB_TOKENS_STORAGE_KEY = 'acac.mock.tokens';
export const tabTokensSchema = z.object({
  admin: z.optional(z.string()),
  selfService: z.optional(z.string()),
});
export type TabTokens = z.infer<typeof tabTokensSchema>;

/** Whom a tab is signed in as until "Signed in as" chooses another. */
export const DEFAULT_TAB_ADMIN_TOKEN = DEMO_ADMIN_TOKENS.TeamsAdministrator;

/** A tab's stored tokens; a damaged entry is a fresh tab's (none chosen). */
export function parseTabTokens(raw: string | null): TabTokens {
  try {
    const parsed = tabTokensSchema.safeParse(raw ? JSON.parse(raw) : {});
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

export const resetMockRequestSchema = z.object({
  /** Another data set to start from; the current one when absent. */
  scenario: z.optional(scenarioNameSchema),
});

/** The saved demo data couldn't be read, so the tenant started again from the seed. */
export const savedStateRecoverySchema = z.object({
  at: z.string(),
  scenario: scenarioNameSchema,
  /** What was wrong with it, in words (it never holds the data itself). */
  reason: z.string(),
  /** The browser storage key the unreadable copy was kept under; null if there was no room. */
  backupKey: z.nullable(z.string()),
});
export type SavedStateRecovery = z.infer<typeof savedStateRecoverySchema>;

export const mockStateSchema = z.object({
  /** Always true once the mock answers: a kit may poll this until it does. */
  ready: z.boolean(),
  scenario: scenarioNameSchema,
  /** `browser`: the MSW worker of this tab, state in localStorage; `server`: `npm run api`. */
  host: z.enum(['browser', 'server']),
  /** The version of the saved state's format (the browser mock's localStorage). */
  savedStateVersion: z.int(),
  /** The last recovery from saved demo data that couldn't be read, since the mock started. */
  recovery: z.nullable(savedStateRecoverySchema),
  faults: mockFaultsSchema,
});
export type MockState = z.infer<typeof mockStateSchema>;

export const getMockStateRoute = defineRoute({
  operationId: 'getMockState',
  method: 'get',
  path: '/_mock/state',
  summary: 'The state of the mock itself',
  description:
    'Whether it is ready, which scenario it plays, its network conditions and whether saved demo data had to be reset because it could not be read.',
  tag: 'Mock: test hooks',
  access: 'public',
  response: mockStateSchema,
  responseDescription: 'The mock, as it is now.',
  cache: 'no-store',
  mockOnly: true,
  testHook: true,
});

export const resetMockRoute = defineRoute({
  operationId: 'resetDemoData',
  method: 'post',
  path: '/_mock/reset',
  summary: 'Reset demo data',
  description:
    'Back to the seeded tenant: every change, email, audit entry and meeting is gone. With `scenario`, the tenant of that data set (`default`, `large`, `empty`).',
  tag: 'Mock: test hooks',
  access: 'public',
  body: resetMockRequestSchema,
  response: null,
  responseDescription: 'The tenant is the seed again.',
  mockOnly: true,
  testHook: true,
});

export const getMockFaultsRoute = defineRoute({
  operationId: 'getNetworkConditions',
  method: 'get',
  path: '/_mock/faults',
  summary: 'The network conditions the mock plays',
  tag: 'Mock: test hooks',
  access: 'public',
  response: mockFaultsSchema,
  responseDescription: 'Latency, failure rate, dropped answers and offline.',
  mockOnly: true,
  testHook: true,
});

export const setMockFaultsRoute = defineRoute({
  operationId: 'setNetworkConditions',
  method: 'post',
  path: '/_mock/faults',
  summary: 'Change the network conditions',
  description:
    'Latency (ms), failure rate (% of requests answered 500 that change nothing), drop rate (% of answers lost after the change was made) and offline (every request fails at the network). In the browser they apply to the tab; on the HTTP server to every client.',
  tag: 'Mock: test hooks',
  access: 'public',
  body: mockFaultsUpdateSchema,
  response: mockFaultsSchema,
  responseDescription: 'The network conditions now.',
  mockOnly: true,
  testHook: true,
});

export const listDemoTokensRoute = defineRoute({
  operationId: 'listDemoTokens',
  method: 'get',
  path: '/_mock/tokens',
  summary: 'The demo tokens',
  description:
    'One bearer token per admin role, and one per user for the self-service page (`demo-user-` and the user’s id).',
  tag: 'Mock: test hooks',
  access: 'public',
  query: demoTokensQuerySchema,
  response: demoTokensSchema,
  responseDescription: 'The admin tokens and users’ tokens.',
  mockOnly: true,
  testHook: true,
});

/** M5: the mock's time, which only moves forward: the real time plus what QA advanced it by. */
export const mockClockSchema = z.object({
  now: z.string(),
  /** How far ahead of the real time the mock is, in minutes. */
  advancedMinutes: z.number(),
});
export type MockClock = z.infer<typeof mockClockSchema>;

/** At most 30 days at a time. */
export const MAX_ADVANCE_MINUTES = 43_200;
export const advanceClockRequestSchema = z.object({
  advanceMinutes: z.number(),
});

export const getMockClockRoute = defineRoute({
  operationId: 'getMockClock',
  method: 'get',
  path: '/_mock/clock',
  summary: 'The mock’s time',
  tag: 'Mock: test hooks',
  access: 'public',
  response: mockClockSchema,
  responseDescription: 'The mock time now.',
  cache: 'no-store',
  mockOnly: true,
  testHook: true,
});

export const advanceMockClockRoute = defineRoute({
  operationId: 'advanceMockClock',
  method: 'post',
  path: '/_mock/clock',
  summary: 'Move the mock’s time forward',
  description:
    'By `advanceMinutes`, a whole number from 1 to 43,200 (30 days); time never goes back (M5). Meeting migrations that fall due run, and everything time-based follows.',
  tag: 'Mock: test hooks',
  access: 'public',
  body: advanceClockRequestSchema,
  response: mockClockSchema,
  responseDescription: 'The mock time after the move.',
  cache: 'no-store',
  mockOnly: true,
  testHook: true,
});
