import type { MockFaults } from '../../../api/contract/mock';

/** The mock's network conditions in a few words, for the header. */
export function summarizeFaults(faults: MockFaults | undefined): string {
  if (!faults) return '';
  if (faults.offline) return 'Offline';
  const parts = [
    faults.latencyMs > 0 ? `${faults.latencyMs} ms` : '',
    faults.failureRate > 0 ? `${faults.failureRate}% fail` : '',
    faults.dropRate > 0 ? `${faults.dropRate}% dropped` : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : 'Normal';
}

/** True when the mock fails or drops anything: the header should say so plainly. */
export function isDegraded(faults: MockFaults | undefined): boolean {
  return !!faults && (faults.offline || faults.failureRate > 0 || faults.dropRate > 0);
}
