import { NO_FAULTS, type MockFaults } from '../src/api/contract/mock';

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

/** `?latency=MS&failureRate=PCT&dropRate=PCT&offline=1` override the defaults. */
export function faultsFromSearch(search: string, defaults: Partial<MockFaults>): MockFaults {
  const base = { ...NO_FAULTS, ...defaults };
  const params = new URLSearchParams(search);
  const number = (key: string, max: number, fallback: number) => {
    const value = Number(params.get(key));
    return params.has(key) && Number.isFinite(value) ? Math.min(Math.max(value, 0), max) : fallback;
  };
  return {
    latencyMs: Math.round(number('latency', 30_000, base.latencyMs)),
    failureRate: number('failureRate', 100, base.failureRate),
    dropRate: number('dropRate', 100, base.dropRate),
    offline: params.has('offline') ? params.get('offline') !== '0' : base.offline,
  };
}
