import type { ScenarioName } from '../src/api/contract/mock-settings';

/**
 * Where the browser mock keeps its state. localStorage (shared by the tabs of a profile): the
 * scenario and each scenario's saved state; sessionStorage (one tab): the network conditions.
 */
export const SCENARIO_KEY = 'acac.mock.scenario';
const STATE_KEY_PREFIX = 'acac.mock.state.';
export const stateKey = (scenario: ScenarioName) => `${STATE_KEY_PREFIX}${scenario}`;
/** A chunk of a saved state's mailbox or audit log (mocks/saved-state.ts). */
export const logChunkKey = (scenario: ScenarioName, log: string, index: number) =>
  `${logChunkPrefix(scenario)}${log}.${index}`;
/** What stands between a saved state's key and the names of its logs' chunks. */
const LOG_CHUNKS = '.log.';
export const logChunkPrefix = (scenario: ScenarioName) => `${stateKey(scenario)}${LOG_CHUNKS}`;
/** Whether a key is a chunk of some saved state's log (the key's scenario left unchecked). */
export const isLogChunkKey = (key: string) =>
  key.startsWith(STATE_KEY_PREFIX) && key.includes(LOG_CHUNKS, STATE_KEY_PREFIX.length);
/** Where a saved state that couldn't be read is kept aside, for a look or a bug report. */
export const backupKey = (scenario: ScenarioName) => `${stateKey(scenario)}.backup`;
/** The tab's network conditions (they belong to one tab; a page opened without any in its URL keeps them). */
export const FAULTS_STORAGE_KEY = 'acac.mock.faults';
/** The tab's name in a bulk job's lease (sessionStorage): a reload resumes the tab's own job at once. */
export const JOB_OWNER_KEY = 'acac.mock.jobOwner';

/**
 * Whether a localStorage key holds the mock's shared state (the scenario, a saved state, its
 * chunks, a backup): what the browser's worker mirrors. The tab's own keys live in sessionStorage.
 */
export const isMockStateKey = (key: string) =>
  key === SCENARIO_KEY || key.startsWith(STATE_KEY_PREFIX);
