import { canRestoreOnto, restoreSnapshot, snapshotOf, type TenantSnapshot } from './domain/tenant';
import type { Tenant } from './domain/types';
import {
  noSavedChunks,
  readSavedState,
  serializeSavedState,
  type SavedChunks,
} from './saved-state';
import { backupKey, logChunkKey, logChunkPrefix, SCENARIO_KEY, stateKey } from './storage-keys';
import { generateScenario, isScenarioName, type ScenarioName } from './scenarios/scenarios';

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** The number of keys and the nth (as the Web Storage API has them): to find stray chunks. */
  readonly length?: number;
  key?(index: number): string | null;
}

export function memoryStorage(): KeyValueStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
  };
}

/** The keys of `storage` that start with `prefix`, when it can list them. */
function keysStartingWith(storage: KeyValueStorage, prefix: string): string[] {
  const found: string[] = [];
  if (storage.key === undefined || storage.length === undefined) return found;
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(prefix)) found.push(key);
  }
  return found;
}

export { backupKey, SCENARIO_KEY, stateKey };

/** The saved demo data couldn't be read: it was set aside and the tenant started from the seed. */
export interface SavedStateRecovery {
  at: string;
  scenario: ScenarioName;
  reason: string;
  /** Where the damaged copy is kept; null when storage had no room for it either. */
  backupKey: string | null;
}

/** Storage refused a write (its quota is full): the change was undone and nothing is saved. */
export class StorageRefusedError extends Error {
  constructor(cause: unknown) {
    super(
      "The change couldn't be saved: this browser's storage for the site is full, so nothing was changed. Free space (Reset demo data, or clear the site's data), then try again.",
      { cause },
    );
    this.name = 'StorageRefusedError';
  }
}

export interface MockStore {
  readonly scenario: ScenarioName;
  /** The tenant as it is now, including changes other tabs made. */
  read(): Tenant;
  /**
   * The tenant as this store last read it, without looking at storage; null before the first
   * read. For what each request reads many times and another tab's writes rarely change: the
   * mock clock (M5), read when the request has already read the tenant.
   */
  peek(): Tenant | null;
  /**
   * Runs a change and persists it for reloads and other tabs. Should storage refuse it, the
   * change is undone and a StorageRefusedError thrown.
   */
  write<T>(change: (tenant: Tenant) => T): T;
  /**
   * Runs `work`, whose writes are persisted once, when it ends: a change and its audit entry are
   * one write of the snapshot, not two. Should storage refuse it, all of them are undone.
   */
  batch<T>(work: () => Promise<T>): Promise<T>;
  /**
   * Runs a change that is persisted later, by `flush` or the next write: a bulk job's steps, a few
   * hundred at a time, saved about once a second. Until then a reload forgets the change and
   * everything it did together (J3: a step's effects and its outcome are saved as one).
   */
  defer<T>(change: (tenant: Tenant) => T): T;
  /** Persists what `defer` left unsaved; a StorageRefusedError undoes it all. */
  flush(): void;
  /** "Reset demo data": back to the seed, of another scenario if one is given. */
  reset(options?: { scenario?: ScenarioName }): void;
  /** Runs `listener` after every reset (what was kept for the old tenant is forgotten). */
  onReset(listener: () => void): void;
  /** The last time saved demo data couldn't be read and was reset, since this store started. */
  recovery(): SavedStateRecovery | null;
  /**
   * Drops the tenant as this store knows it, and every change not saved yet: the next read builds
   * it from the seed and what storage holds. For a host whose storage undid a write after the
   * store made it (the browser's worker, when the page's localStorage refused it). A batch that
   * was running is refused at its end (StorageRefusedError) if it changed anything: its changes
   * were made on the tenant that was dropped.
   */
  forget(): void;
}

/**
 * The mock's state: generated from the seed, plus the admin's changes kept in storage. Tabs of one
 * browser profile share the storage, so every request first picks up what another tab wrote, as
 * they would share a real server. What storage holds is checked before it is used
 * (mocks/saved-state.ts): a damaged state is set aside, never a reason to fail.
 */
export function createMockStore(options: {
  /** Where changes persist; null keeps them in memory only (the HTTP server: one process). */
  storage: KeyValueStorage | null;
  scenario?: string | null;
  seed?: number;
  now?: () => Date;
  /** Told of each recovery from saved demo data that couldn't be read, when it happens. */
  onRecovery?: (recovery: SavedStateRecovery) => void;
}): MockStore {
  const { seed } = options;
  const now = options.now ?? (() => new Date());
  const storage = options.storage ?? memoryStorage();
  const persistent = options.storage !== null;
  let scenario = scenarioOf(options.scenario ?? storage.getItem(SCENARIO_KEY));
  saveScenario();

  // Generated on the first read, not here: a host chooses when (the browser's worker as soon as it
  // starts, off the page's main thread; the HTTP server before it listens).
  let tenant: Tenant | null = null;
  /** What storage held when the tenant was last read from it or saved to it. */
  let seenRaw: string | null = null;
  /** The logs' chunks storage holds, as far as this store knows: a save writes the others. */
  let savedChunks: SavedChunks = noSavedChunks();
  let batches = 0;
  let unsaved = false;
  /** Whether the running batch changed anything; how many times `forget` dropped the tenant. */
  let batchChanged = false;
  let forgotten = 0;
  let recovery: SavedStateRecovery | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const resetListeners: (() => void)[] = [];

  function saveScenario() {
    try {
      if (storage.getItem(SCENARIO_KEY) !== scenario) storage.setItem(SCENARIO_KEY, scenario);
    } catch {
      // A full storage: the scenario holds for this tab; the next write says what's wrong.
    }
  }

  function persist(current: Tenant) {
    unsaved = false;
    if (!persistent) return;
    const write = serializeSavedState(snapshotOf(current), now(), savedChunks);
    try {
      // The chunks first, the state that names them last: whoever reads it finds them all.
      for (const chunk of write.chunks) {
        storage.setItem(logChunkKey(scenario, chunk.log, chunk.index), chunk.raw);
      }
      storage.setItem(stateKey(scenario), write.envelope);
    } catch (error) {
      // Undone: the tenant is rebuilt from what storage still holds, as it was before.
      tenant = null;
      seenRaw = null;
      throw new StorageRefusedError(error);
    }
    for (const chunk of write.stale) {
      storage.removeItem(logChunkKey(scenario, chunk.log, chunk.index));
    }
    savedChunks = write.saved;
    seenRaw = write.envelope;
  }

  /** Drops the saved state of `name` and every chunk of its logs. */
  function removeSaved(name: ScenarioName) {
    storage.removeItem(stateKey(name));
    for (const key of keysStartingWith(storage, logChunkPrefix(name))) storage.removeItem(key);
    if (name === scenario) savedChunks = noSavedChunks();
  }

  function setAside(raw: string, reason: string) {
    // Removed first: a full storage may have room for the copy once the original is gone.
    removeSaved(scenario);
    let kept: string | null = backupKey(scenario);
    try {
      storage.setItem(kept, raw);
    } catch {
      kept = null;
    }
    recovery = { at: now().toISOString(), scenario, reason, backupKey: kept };
    options.onRecovery?.(recovery);
  }

  /** The saved snapshot, checked; a damaged one is set aside and reads as none. */
  function savedSnapshot(raw: string | null): TenantSnapshot | null {
    if (raw === null) return null;
    const reading = readSavedState(raw, scenario, (log, index) =>
      storage.getItem(logChunkKey(scenario, log, index)),
    );
    if (reading.ok) {
      savedChunks = reading.saved;
      return reading.snapshot;
    }
    setAside(raw, reading.reason);
    return null;
  }

  /** The seed's tenant with `snapshot` applied; a snapshot that can't be applied is set aside. */
  function fromSeed(snapshot: TenantSnapshot | null, raw: string | null): Tenant {
    const fresh = generateScenario(scenario, seed);
    if (!snapshot || raw === null) return fresh;
    try {
      return restoreSnapshot(fresh, snapshot);
    } catch (error) {
      setAside(raw, `It couldn't be applied to the tenant: ${String(error)}`);
      return generateScenario(scenario, seed);
    }
  }

  /** Another tab may have chosen another scenario (tabs of a profile share one mock state). */
  function followSharedScenario() {
    const shared = persistent ? storage.getItem(SCENARIO_KEY) : null;
    if (!isScenarioName(shared) || shared === scenario) return;
    scenario = shared;
    tenant = null;
    seenRaw = null;
    savedChunks = noSavedChunks();
    // What was kept for the other tenant (idempotency records) is forgotten, as after a reset.
    resetListeners.forEach((listener) => listener());
  }

  function forget() {
    tenant = null;
    seenRaw = null;
    unsaved = false;
    // What storage holds of the logs is read again with the state.
    savedChunks = noSavedChunks();
    forgotten++;
  }

  /** Saves what a batch changed, unless `forget` dropped the tenant while it ran. */
  function endBatch(generation: number) {
    if (generation !== forgotten && batchChanged) {
      // Part of it was made on a tenant that is gone: none of it is saved.
      forget();
      throw new StorageRefusedError(new Error('The tenant was dropped while the change ran.'));
    }
    if (batches === 0 && unsaved && tenant) persist(tenant);
  }

  function sync(): Tenant {
    // In memory only, nobody else writes: the tenant is what this process made of it.
    if (tenant && !persistent) return tenant;
    // Changes not yet persisted stay as they are until the batch that made them ends.
    if (tenant && unsaved) return tenant;
    followSharedScenario();
    const raw = storage.getItem(stateKey(scenario));
    if (tenant && raw === seenRaw) return tenant;
    const snapshot = savedSnapshot(raw);
    // Regenerating 100,000 users takes a second: another tab's change is applied in place unless
    // it undid one of ours (a reset), which only the seed can restore.
    if (tenant && snapshot && canRestoreOnto(tenant, snapshot)) {
      tenant = restoreSnapshot(tenant, snapshot);
    } else {
      tenant = fromSeed(snapshot, raw);
    }
    // What storage holds now: the state just read, or nothing once a damaged one is set aside.
    seenRaw = storage.getItem(stateKey(scenario));
    return tenant;
  }

  return {
    get scenario() {
      return scenario;
    },
    read: sync,
    peek: () => tenant,
    write(change) {
      const current = sync();
      const result = change(current);
      if (batches > 0) unsaved = batchChanged = true;
      else persist(current);
      return result;
    },
    defer(change) {
      const current = sync();
      const result = change(current);
      unsaved = true;
      return result;
    },
    flush() {
      if (batches === 0 && unsaved && tenant) persist(tenant);
    },
    batch(work) {
      // One after another: a change that awaits (its body, say) must not share its save with
      // another one, or a refused save would undo a change already answered as done.
      const run = async () => {
        batches++;
        batchChanged = false;
        const generation = forgotten;
        try {
          return await work();
        } finally {
          batches--;
          endBatch(generation);
        }
      };
      const result = queue.then(run, run);
      queue = result.catch(() => undefined);
      return result;
    },
    reset(next = {}) {
      followSharedScenario();
      removeSaved(scenario);
      if (next.scenario) {
        scenario = next.scenario;
        saveScenario();
        removeSaved(scenario);
      }
      tenant = null;
      seenRaw = null;
      unsaved = false;
      recovery = null;
      resetListeners.forEach((listener) => listener());
    },
    onReset: (listener) => void resetListeners.push(listener),
    recovery: () => recovery,
    forget,
  };
}

function scenarioOf(requested: string | null): ScenarioName {
  return isScenarioName(requested) ? requested : 'default';
}
