/**
 * Mock only: the settings a page's URL can give the mock (PRODUCT.md §4 test hooks) — its data set
 * and its network conditions. Apart from the rest of the mock's contract because mock mode reads
 * them before the app starts (mocks/launch.ts), in the first script of the page.
 */
import { z } from 'zod/mini';

/** The mock's data sets (PRODUCT.md §4): `large` has 100,000 users, `empty` none. */
export const MOCK_SCENARIOS = ['default', 'large', 'empty'] as const;
export const scenarioNameSchema = z.enum(MOCK_SCENARIOS);
export type ScenarioName = z.infer<typeof scenarioNameSchema>;

export const mockFaultsSchema = z.object({
  latencyMs: z.int().check(z.minimum(0), z.maximum(30_000)),
  failureRate: z.number().check(z.minimum(0), z.maximum(100)),
  /** Share of requests the server carries out whose answer never arrives (a network error). */
  dropRate: z.number().check(z.minimum(0), z.maximum(100)),
  offline: z.boolean(),
});
export type MockFaults = z.infer<typeof mockFaultsSchema>;
export const mockFaultsUpdateSchema = z.partial(mockFaultsSchema);
/**
 * Browser mock only: the window event the mock fires when its network conditions change, however
 * they were changed (the dialog, or a test's `POST /_mock/faults`), so the header shows what
 * applies.
 */
export const MOCK_FAULTS_CHANGED_EVENT = 'acac:mock-faults-changed';

/** A normal network: no latency, no failures (what tests start from, and "Back to normal"). */
export const NO_FAULTS: MockFaults = { latencyMs: 0, failureRate: 0, dropRate: 0, offline: false };

/**
 * Browser mock only: the window event the mock fires when it had to reset saved demo data it
 * couldn't read, so a page already open says so too.
 */
export const MOCK_STATE_RECOVERED_EVENT = 'acac:mock-state-recovered';
