import { describe, expect, it } from 'vitest';
import { NO_FAULTS as NORMAL } from '../../api/contract/mock';
import { isRecovery } from './api/mock-faults';
import { isDegraded, summarizeFaults } from './components/network-conditions-summary';

describe('Network conditions (mock mode)', () => {
  it('the header sums them up in a few words', () => {
    expect(summarizeFaults(NORMAL)).toBe('Normal');
    expect(summarizeFaults({ ...NORMAL, latencyMs: 200 })).toBe('200 ms');
    expect(summarizeFaults({ ...NORMAL, latencyMs: 50, failureRate: 20, dropRate: 5 })).toBe(
      '50 ms, 20% fail, 5% dropped',
    );
    expect(summarizeFaults({ ...NORMAL, offline: true, failureRate: 100 })).toBe('Offline');
    expect(summarizeFaults(undefined)).toBe('');
  });

  it('only failures, drops and offline count as degraded; latency alone does not', () => {
    expect(isDegraded(NORMAL)).toBe(false);
    expect(isDegraded({ ...NORMAL, latencyMs: 5000 })).toBe(false);
    expect(isDegraded({ ...NORMAL, failureRate: 1 })).toBe(true);
    expect(isDegraded({ ...NORMAL, dropRate: 1 })).toBe(true);
    expect(isDegraded({ ...NORMAL, offline: true })).toBe(true);
  });

  it('a recovery is fewer failures than before: what failed to load is fetched again', () => {
    expect(isRecovery({ ...NORMAL, offline: true }, NORMAL)).toBe(true);
    expect(isRecovery({ ...NORMAL, failureRate: 100 }, { ...NORMAL, failureRate: 50 })).toBe(true);
    expect(isRecovery({ ...NORMAL, dropRate: 100 }, NORMAL)).toBe(true);
    expect(isRecovery(NORMAL, { ...NORMAL, offline: true })).toBe(false);
    expect(isRecovery(NORMAL, { ...NORMAL, latencyMs: 300 })).toBe(false);
    expect(isRecovery(undefined, NORMAL)).toBe(false);
  });
});
