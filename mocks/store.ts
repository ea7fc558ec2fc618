import { canRestoreOnto, restoreSnapshot, snapshotOf, type TenantSnapshot } from './domain/tenant';
import type { Tenant } from './domain/types';
import { generateScenario, isScenarioName, type ScenarioName } from './scenarios/scenarios';

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function memoryStorage(): KeyValueStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

const SCENARIO_KEY = 'acac.mock.scenario';
const stateKey = (scenario: ScenarioName) => `acac.mock.state.${scenario}`;

export interface MockStore {
  readonly scenario: ScenarioName;
  /** The tenant as it is now, including changes other tabs made. */
  read(): Tenant;
  /** Runs a change and persists it for reloads and other tabs. */
  write<T>(change: (tenant: Tenant) => T): T;
  /**
   * Runs `work`, whose writes are persisted once, when it ends: a change and its audit entry are
   * one write of the snapshot, not two.
   */
  batch<T>(work: () => Promise<T>): Promise<T>;
  /** "Reset demo data": back to the seed. */
  reset(): void;
  /** Runs `listener` after every reset (what was kept for the old tenant is forgotten). */
  onReset(listener: () => void): void;
}

/**
 * The mock's state: generated from the seed, plus the admin's changes kept in storage. Tabs of one
 * browser profile share the storage, so every request first picks up what another tab wrote, as
 * they would share a real server.
 */
export function createMockStore(options: {
  /** Where changes persist; null keeps them in memory only (the HTTP server: one process). */
  storage: KeyValueStorage | null;
  scenario?: string | null;
  seed?: number;
}): MockStore {
  const { seed } = options;
  const storage = options.storage ?? memoryStorage();
  const persistent = options.storage !== null;
  const requested = options.scenario ?? storage.getItem(SCENARIO_KEY);
  const scenario: ScenarioName = isScenarioName(requested) ? requested : 'default';
  storage.setItem(SCENARIO_KEY, scenario);

  // Generated on the first request, not at start-up: the app's shell shows meanwhile, even while
  // the 100,000 users of the large scenario are being generated.
  let tenant: Tenant | null = null;
  let seenRaw: string | null = null;
  let batches = 0;
  let unsaved = false;
  const resetListeners: (() => void)[] = [];

  function persist(current: Tenant) {
    if (!persistent) {
      unsaved = false;
      return;
    }
    seenRaw = JSON.stringify(snapshotOf(current));
    storage.setItem(stateKey(scenario), seenRaw);
    unsaved = false;
  }

  function sync(): Tenant {
    // In memory only, nobody else writes: the tenant is what this process made of it.
    if (tenant && !persistent) return tenant;
    // Changes not yet persisted stay as they are until the batch that made them ends.
    if (tenant && unsaved) return tenant;
    const raw = storage.getItem(stateKey(scenario));
    if (tenant && raw === seenRaw) return tenant;
    const snapshot = raw ? (JSON.parse(raw) as TenantSnapshot) : null;
    // Regenerating 100,000 users takes a second: another tab's change is applied in place unless
    // it undid one of ours (a reset), which only the seed can restore.
    if (tenant && snapshot && canRestoreOnto(tenant, snapshot)) {
      tenant = restoreSnapshot(tenant, snapshot);
    } else {
      const fresh = generateScenario(scenario, seed);
      tenant = snapshot ? restoreSnapshot(fresh, snapshot) : fresh;
    }
    seenRaw = raw;
    return tenant;
  }

  return {
    scenario,
    read: sync,
    write(change) {
      const current = sync();
      const result = change(current);
      if (batches > 0) unsaved = true;
      else persist(current);
      return result;
    },
    async batch(work) {
      batches++;
      try {
        return await work();
      } finally {
        batches--;
        if (batches === 0 && unsaved && tenant) persist(tenant);
      }
    },
    reset() {
      storage.removeItem(stateKey(scenario));
      tenant = null;
      seenRaw = null;
      unsaved = false;
      resetListeners.forEach((listener) => listener());
    },
    onReset: (listener) => void resetListeners.push(listener),
  };
}
