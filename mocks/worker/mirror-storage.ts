import type { KeyValueStorage } from '../store';
import type { StorageEntry } from './protocol';

/** Who made a write: a request's handlers, or the bulk job runner between requests. */
export type WriteKind = 'request' | 'background';

interface Write {
  key: string;
  value: string | null;
  /** The write's number: a request's window starts at the count when it started. */
  seq: number;
  kind: WriteKind;
}

export interface Refusal {
  name: string;
  message: string;
  times: number;
  until?: number;
}

export interface ShippedGroup {
  group: number;
  ops: StorageEntry[];
}

export interface MirrorStorage {
  /** What the store reads and writes. */
  readonly storage: KeyValueStorage;
  /** How many writes were made so far. */
  readonly writeCount: number;
  /** The number of the last request write that localStorage holds; -1 for none. */
  readonly lastConfirmedRequestWrite: number;
  readonly shippedUpTo: number;
  readonly confirmedUpTo: number;
  /** The writes not shipped yet, as one group for the page; null when there are none. */
  ship(): ShippedGroup | null;
  /** localStorage holds the groups up to `group`; says whose writes those were. */
  confirm(group: number): Set<WriteKind>;
  /** Who wrote `key` in a shipped group. */
  writersOf(group: number, key: string): Set<WriteKind>;
  /** Undoes every write localStorage doesn't hold (refused, or never applied). */
  rollback(): void;
  /** Values the page found in localStorage (another tab, a hand edit): they lie under our writes. */
  receive(changes: readonly StorageEntry[]): void;
  /** Runs `work`, its writes counted as the runner's. */
  inBackground<T>(work: () => T): T;
  /**
   * The next `times` writes of `key` by `kind` throw `error`, as localStorage did: the code that
   * makes them takes its usual refused path. A refusal with `until` lapses then.
   */
  refuseNext(key: string, kind: WriteKind, refusal: Refusal): void;
  /** Drops the refusals of `kind` not yet used. */
  disarm(kind: WriteKind): void;
}

/**
 * The worker's copy of the mock's localStorage keys: what the page last told it, with its own
 * writes on top until the page says localStorage holds them too (`confirm`) or refused them
 * (`rollback`). Workers have no localStorage; this is what the store is given instead.
 */
export function createMirrorStorage(options: {
  initial: readonly StorageEntry[];
  /** Told of each write, to ship it soon. */
  onWrite?: () => void;
  now?: () => number;
}): MirrorStorage {
  const now = options.now ?? Date.now;
  /** What localStorage holds, as far as the worker knows. */
  const base = new Map<string, string>();
  /** `base` with the writes not confirmed yet: what the store sees. */
  let current = new Map<string, string>();
  let pending: Write[] = [];
  let shipped: { group: number; writes: Write[] }[] = [];
  let writeCount = 0;
  let lastConfirmedRequestWrite = -1;
  let shippedUpTo = 0;
  let confirmedUpTo = 0;
  let background = 0;
  const refusals: Record<WriteKind, Map<string, Refusal>> = {
    request: new Map(),
    background: new Map(),
  };

  const set = (map: Map<string, string>, [key, value]: StorageEntry) =>
    value === null ? map.delete(key) : map.set(key, value);
  for (const entry of options.initial) {
    set(base, entry);
    set(current, entry);
  }

  function record(key: string, value: string | null) {
    const kind: WriteKind = background > 0 ? 'background' : 'request';
    pending.push({ key, value, seq: writeCount++, kind });
    set(current, [key, value]);
    options.onWrite?.();
  }

  function refusalOf(key: string): Error | null {
    const kind: WriteKind = background > 0 ? 'background' : 'request';
    const refusal = refusals[kind].get(key);
    if (!refusal) return null;
    if (--refusal.times <= 0) refusals[kind].delete(key);
    if (refusal.until !== undefined && now() > refusal.until) {
      refusals[kind].delete(key);
      return null;
    }
    return new DOMException(refusal.message, refusal.name);
  }

  const unconfirmed = (key: string) =>
    pending.some((write) => write.key === key) ||
    shipped.some(({ writes }) => writes.some((write) => write.key === key));

  const storage: KeyValueStorage = {
    getItem: (key) => current.get(key) ?? null,
    setItem(key, value) {
      const refused = refusalOf(key);
      if (refused) throw refused;
      record(key, value);
    },
    removeItem: (key) => record(key, null),
    get length() {
      return current.size;
    },
    key: (index) => [...current.keys()][index] ?? null,
  };

  return {
    storage,
    get writeCount() {
      return writeCount;
    },
    get lastConfirmedRequestWrite() {
      return lastConfirmedRequestWrite;
    },
    get shippedUpTo() {
      return shippedUpTo;
    },
    get confirmedUpTo() {
      return confirmedUpTo;
    },
    ship() {
      if (pending.length === 0) return null;
      const group = { group: ++shippedUpTo, writes: pending };
      pending = [];
      shipped.push(group);
      return {
        group: group.group,
        ops: group.writes.map(({ key, value }): StorageEntry => [key, value]),
      };
    },
    confirm(group) {
      const writers = new Set<WriteKind>();
      while (shipped.length > 0 && shipped[0]!.group <= group) {
        for (const write of shipped.shift()!.writes) {
          set(base, [write.key, write.value]);
          writers.add(write.kind);
          if (write.kind === 'request') {
            lastConfirmedRequestWrite = Math.max(lastConfirmedRequestWrite, write.seq);
          }
        }
      }
      confirmedUpTo = Math.max(confirmedUpTo, group);
      return writers;
    },
    writersOf(group, key) {
      const writes = shipped.find((candidate) => candidate.group === group)?.writes ?? [];
      return new Set(writes.filter((write) => write.key === key).map((write) => write.kind));
    },
    rollback() {
      pending = [];
      shipped = [];
      current = new Map(base);
      confirmedUpTo = shippedUpTo;
    },
    receive(changes) {
      for (const entry of changes) {
        set(base, entry);
        if (!unconfirmed(entry[0])) set(current, entry);
      }
    },
    inBackground(work) {
      background++;
      try {
        return work();
      } finally {
        background--;
      }
    },
    refuseNext(key, kind, refusal) {
      refusals[kind].set(key, { ...refusal });
    },
    disarm: (kind) => refusals[kind].clear(),
  };
}
