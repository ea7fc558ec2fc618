import { describe, expect, it } from 'vitest';
import { NO_FAULTS } from '../src/api/contract/mock';
import { faultsFromSearch } from './faults';
import { applyLaunchUrl, savedFaults } from './launch';
import { FAULTS_STORAGE_KEY, SCENARIO_KEY } from './storage-keys';
import { memoryStorage } from './store';

function tab() {
  return { session: memoryStorage() as Storage, local: memoryStorage() as Storage };
}

describe('the URL’s mock settings (PRODUCT.md §4 test hooks)', () => {
  it('a URL that names a condition describes them all: what it leaves out is normal', () => {
    const earlier = { latencyMs: 500, failureRate: 100, dropRate: 20, offline: true };
    expect(faultsFromSearch('?failureRate=0', earlier, {})).toEqual(NO_FAULTS);
    expect(faultsFromSearch('?latency=50', earlier, {})).toEqual({ ...NO_FAULTS, latencyMs: 50 });
    expect(faultsFromSearch('?offline=1', null, {})).toEqual({ ...NO_FAULTS, offline: true });
    expect(faultsFromSearch('?offline=0&failureRate=30', earlier, {})).toEqual({
      ...NO_FAULTS,
      failureRate: 30,
    });
  });

  it('a URL that names none keeps the tab’s conditions, or the defaults for a new tab', () => {
    const earlier = { ...NO_FAULTS, failureRate: 100 };
    expect(faultsFromSearch('?scenario=large', earlier, {})).toEqual(earlier);
    expect(faultsFromSearch('', null, { latencyMs: 200 })).toEqual({
      ...NO_FAULTS,
      latencyMs: 200,
    });
  });

  it('values out of range are clamped; values that are not numbers are left at normal', () => {
    expect(faultsFromSearch('?failureRate=250&latency=-5&dropRate=abc', null, {})).toEqual({
      ...NO_FAULTS,
      failureRate: 100,
    });
    expect(faultsFromSearch('?latency=99999999', null, {}).latencyMs).toBe(30_000);
  });

  it('applyLaunchUrl keeps them for the tab, and the later URL replaces the earlier', () => {
    const storage = tab();
    applyLaunchUrl('?failureRate=100&latency=300', storage, false);
    expect(savedFaults(storage.session)).toEqual({
      ...NO_FAULTS,
      failureRate: 100,
      latencyMs: 300,
    });
    applyLaunchUrl('?failureRate=0', storage, false);
    expect(savedFaults(storage.session)).toEqual(NO_FAULTS);
    applyLaunchUrl('', storage, false);
    expect(savedFaults(storage.session)).toEqual(NO_FAULTS);
  });

  it('applyLaunchUrl takes the scenario for the profile; an unknown one is the default', () => {
    const storage = tab();
    applyLaunchUrl('?scenario=large', storage, false);
    expect(storage.local.getItem(SCENARIO_KEY)).toBe('large');
    applyLaunchUrl('?scenario=nonsense', storage, false);
    expect(storage.local.getItem(SCENARIO_KEY)).toBe('default');
    applyLaunchUrl('', storage, false);
    expect(storage.local.getItem(SCENARIO_KEY)).toBe('default');
  });

  it('a damaged saved entry counts as none, and a storage that refuses changes nothing', () => {
    const storage = tab();
    storage.session.setItem(FAULTS_STORAGE_KEY, '{"latencyMs":');
    expect(savedFaults(storage.session)).toBeNull();
    const refusing = {
      ...storage,
      session: {
        ...storage.session,
        getItem: () => null,
        setItem: () => {
          throw new DOMException('full', 'QuotaExceededError');
        },
      } as unknown as Storage,
    };
    expect(() => applyLaunchUrl('?failureRate=50', refusing, false)).not.toThrow();
  });
});
