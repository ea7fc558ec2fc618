import {
  mockFaultsSchema,
  scenarioNameSchema,
  type MockFaults,
} from '../src/api/contract/mock-settings';
import { faultsFromSearch } from './faults';
import { FAULTS_STORAGE_KEY, SCENARIO_KEY } from './storage-keys';

/** The network conditions of a tab that has none yet: a small latency in dev, none in a build. */
export function defaultFaults(dev: boolean): Partial<MockFaults> {
  return { latencyMs: dev ? 200 : 0 };
}

/** The tab's saved network conditions; a damaged entry counts as none. */
export function savedFaults(session: Pick<Storage, 'getItem'>): MockFaults | null {
  try {
    const parsed = mockFaultsSchema.safeParse(
      JSON.parse(session.getItem(FAULTS_STORAGE_KEY) ?? 'null'),
    );
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Takes the mock's settings from the URL the tab was opened with (`?scenario=`, `?latency=`,
 * `?failureRate=`, `?dropRate=`, `?offline=`) into the tab's storage. It runs before the app
 * and before the page's load event, so a test that navigates again at once keeps them; the mock
 * reads them from there when it starts.
 */
export function applyLaunchUrl(
  search: string,
  storage: { session: Storage; local: Storage },
  dev: boolean,
): void {
  const params = new URLSearchParams(search);
  const scenario = params.get('scenario');
  // Each on its own: a full localStorage must not cost the tab its network conditions.
  try {
    // An unknown scenario is the default one, as in the store.
    if (scenario !== null) {
      const known = scenarioNameSchema.safeParse(scenario);
      storage.local.setItem(SCENARIO_KEY, known.success ? known.data : 'default');
    }
  } catch {
    // A full storage: the store starts from the URL's scenario or the saved one.
  }
  try {
    const faults = faultsFromSearch(search, savedFaults(storage.session), defaultFaults(dev));
    storage.session.setItem(FAULTS_STORAGE_KEY, JSON.stringify(faults));
  } catch {
    // A full storage: the mock starts from the URL alone.
  }
}
