import type { ScenarioName } from '../src/api/contract/mock-settings';

/**
 * Where the browser mock keeps its state. localStorage (shared by the tabs of a profile): the
 * scenario and each scenario's saved state; sessionStorage (one tab): the network conditions.
 */
export const SCENARIO_KEY = 'acac.mock.scenario';
export const stateKey = (scenario: ScenarioName) => `acac.mock.state.${scenario}`;
/** A chunk of a saved state's mailbox or audit log (mocks/saved-state.ts). */
export const logChunkKey = (scenario: ScenarioName, log: string, index: number) =>
  `${logChunkPrefix(scenario)}${log}.${index}`;
export const logChunkPrefix = (scenario: ScenarioName) => `${stateKey(scenario)}.log.`;
/** Where a saved state that couldn't be read is kept aside, for a look or a bug report. */
export const backupKey = (scenario: ScenarioName) => `${stateKey(scenario)}.backup`;
/** The tab's network conditions (they belong to one tab; a page opened without any in its URL keeps them). */
export const FAULTS_STORAGE_KEY = 'acac.mock.faults';
/** The tab's name in a bulk job's lease (sessionStorage): a reload resumes the tab's own job at once. */
export const JOB_OWNER_KEY = 'acac.mock.jobOwner';
