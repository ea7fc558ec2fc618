import type { MockFaults } from '../src/api/contract';

/** Latency, failure rate and offline switch of the mock (PRODUCT.md §4 test hooks). */
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

/** `?latency=MS&failureRate=PCT&offline=1` override the defaults. */
export function faultsFromSearch(search: string, defaults: MockFaults): MockFaults {
  const params = new URLSearchParams(search);
  const number = (key: string, max: number, fallback: number) => {
    const value = Number(params.get(key));
    return params.has(key) && Number.isFinite(value) ? Math.min(Math.max(value, 0), max) : fallback;
  };
  return {
    latencyMs: Math.round(number('latency', 30_000, defaults.latencyMs)),
    failureRate: number('failureRate', 100, defaults.failureRate),
    offline: params.has('offline') ? params.get('offline') !== '0' : defaults.offline,
  };
}
