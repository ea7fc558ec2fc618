import { NO_FAULTS, type MockFaults } from '../src/api/contract/mock-settings';

export { NO_FAULTS };

/**
 * Latency, failure rate, dropped answers and offline switch of the mock (PRODUCT.md §4 test
 * hooks).
 */
export interface FaultState {
  get(): MockFaults;
  set(next: Partial<MockFaults>): MockFaults;
}

export function createFaultState(initial: MockFaults): FaultState {
  let faults = { ...initial };
  return {
    get: () => faults,
    set(next) {
      faults = { ...faults, ...next };
      return faults;
    },
  };
}

/**
 * J6: whether one step of a longer piece of work (a bulk job's user, a migration's invite) fails
 * at the failure rate set now; the work goes on with the next.
 */
export function stepFails(faults: FaultState, random: () => number): boolean {
  const { failureRate } = faults.get();
  return failureRate > 0 && random() * 100 < failureRate;
}

/** The query parameters that set the network conditions. */
export const FAULT_PARAMS = ['latency', 'failureRate', 'dropRate', 'offline'] as const;

/**
 * The network conditions a URL asks for: `?latency=MS&failureRate=PCT&dropRate=PCT&offline=1`.
 * A URL that names any of them describes them all (what it leaves out is `defaults`'), so the
 * conditions a page was opened with never depend on an earlier page; one that names none keeps
 * `current`.
 */
export function faultsFromSearch(
  search: string,
  current: MockFaults | null,
  defaults: Partial<MockFaults>,
): MockFaults {
  const base = { ...NO_FAULTS, ...defaults };
  const params = new URLSearchParams(search);
  if (!FAULT_PARAMS.some((key) => params.has(key))) return current ?? base;
  const number = (key: string, max: number, fallback: number) => {
    const value = Number(params.get(key));
    return params.has(key) && params.get(key) !== '' && Number.isFinite(value)
      ? Math.min(Math.max(value, 0), max)
      : fallback;
  };
  return {
    latencyMs: Math.round(number('latency', 30_000, base.latencyMs)),
    failureRate: number('failureRate', 100, base.failureRate),
    dropRate: number('dropRate', 100, base.dropRate),
    offline: params.has('offline')
      ? !['0', 'false'].includes(params.get('offline')!)
      : base.offline,
  };
}
