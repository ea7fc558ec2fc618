import { describe, expect, it } from 'vitest';
import { resetConferenceId, resetPin, sendConferenceInfo } from './domain/actions';
import { generateConferenceId } from './domain/conference-id';
import { pinMatches } from './domain/pin';
import {
  AMOS,
  expectOk,
  fingerprint,
  KEN,
  queueRandom,
  testContext,
  userByName,
  valuesForConferenceIds,
  wholeNumberPattern,
} from './domain/test-helpers';
import { generateScenario } from './scenarios/scenarios';
import { entryNumber, LOG_CHUNK, SAVED_STATE_VERSION } from './saved-state';
import { MAILBOX_LIMIT } from './domain/email';
import { snapshotOf } from './domain/tenant';
import { logChunkKey } from './storage-keys';
import {
  backupKey,
  createMockStore,
  memoryStorage,
  stateKey,
  StorageRefusedError,
  type KeyValueStorage,
} from './store';

/** A memory storage that also remembers every value ever written to it. */
function recordingStorage(): KeyValueStorage & { written: string[]; keys: string[] } {
  const inner = memoryStorage();
  const written: string[] = [];
  const keys: string[] = [];
  return {
    written,
    keys,
    getItem: (key) => inner.getItem(key),
    setItem: (key, value) => {
      written.push(value);
      keys.push(key);
      inner.setItem(key, value);
    },
    removeItem: (key) => inner.removeItem(key),
    get length() {
      return inner.length;
    },
    key: (index) => inner.key!(index),
  };
}

const seed = () => generateScenario('default');

describe('mock store: one state shared by the tabs of a browser profile', () => {
  it('a fresh storage starts from the seed', () => {
    const store = createMockStore({ storage: memoryStorage(), scenario: 'default' });
    expect(store.scenario).toBe('default');
    expect(fingerprint(store.read())).toEqual(fingerprint(seed()));
  });

  it('an unknown scenario falls back to default', () => {
    const store = createMockStore({ storage: memoryStorage(), scenario: 'nonsense' });
    expect(store.scenario).toBe('default');
  });

  it('a change written in one tab is seen by a second tab opened afterwards', () => {
    const storage = memoryStorage();
    const ctx = testContext();
    const tab1 = createMockStore({ storage, scenario: 'default' });
    const amosId = userByName(tab1.read(), AMOS).id;
    const old = userByName(tab1.read(), AMOS).audio.conferenceId!;
    const next = tab1.write((t) => expectOk(resetConferenceId(t, ctx, amosId))).user
      .audioConferencing.conferenceId!;

    const tab2 = createMockStore({ storage });

    const seen = tab2.read();
    expect(tab2.scenario).toBe('default');
    expect(userByName(seen, AMOS).audio.conferenceId).toBe(next);
    expect(seen.assignedConferenceIds.get(next)).toBe(amosId);
    expect(seen.assignedConferenceIds.has(old)).toBe(false);
    expect([...seen.retiredConferenceIds]).toEqual([old]);
    expect(seen.mailbox).toHaveLength(1);
    expect(seen.mailbox[0]?.body).toContain(next);
  });

  it('a change written in one tab is seen by a tab that was already open', () => {
    const storage = memoryStorage();
    const ctx = testContext();
    const tab1 = createMockStore({ storage, scenario: 'default' });
    const tab2 = createMockStore({ storage, scenario: 'default' });
    expect(userByName(tab2.read(), KEN).pin.stored).toBeNull();

    const { pin } = tab1.write((t) => expectOk(resetPin(t, ctx, userByName(t, KEN).id)));

    const ken = userByName(tab2.read(), KEN);
    expect(ken.pin.stored).not.toBeNull();
    expect(pinMatches(ken.pin.stored!, pin)).toBe(true);
  });

  it("writes from two tabs add up: neither tab loses the other's change", () => {
    const storage = memoryStorage();
    const ctx = testContext();
    const tab1 = createMockStore({ storage, scenario: 'default' });
    const tab2 = createMockStore({ storage, scenario: 'default' });
    tab1.read();
    tab2.read();

    const newId = tab1.write((t) => expectOk(resetConferenceId(t, ctx, userByName(t, AMOS).id)))
      .user.audioConferencing.conferenceId;
    tab2.write((t) => expectOk(sendConferenceInfo(t, ctx, userByName(t, KEN).id, undefined)));

    const seen = tab1.read();
    expect(userByName(seen, AMOS).audio.conferenceId).toBe(newId);
    expect(seen.mailbox.map((m) => m.to)).toEqual([
      'amos.marble@contoso.com',
      'ken.myer@contoso.com',
    ]);
  });

  it('C2: an ID retired in one tab is never handed out by another tab', () => {
    const storage = memoryStorage();
    const tab1 = createMockStore({ storage, scenario: 'default' });
    const tab2 = createMockStore({ storage, scenario: 'default' });
    const retired = userByName(tab2.read(), AMOS).audio.conferenceId!;
    tab1.write((t) => expectOk(resetConferenceId(t, testContext(), userByName(t, AMOS).id)));

    const generated = tab2.write((t) =>
      generateConferenceId(t, queueRandom(valuesForConferenceIds(retired, '1234567'))),
    );

    expect(generated).toBe('1234567');
  });

  it('reset() returns to the seed, in this tab and in the others', () => {
    const storage = memoryStorage();
    const ctx = testContext();
    const tab1 = createMockStore({ storage, scenario: 'default' });
    const tab2 = createMockStore({ storage, scenario: 'default' });
    tab1.write((t) => {
      expectOk(resetConferenceId(t, ctx, userByName(t, AMOS).id));
      expectOk(resetPin(t, ctx, userByName(t, KEN).id));
      t.bridge.pinLength = 9;
    });
    expect(fingerprint(tab2.read())).not.toEqual(fingerprint(seed()));

    tab1.reset();

    expect(fingerprint(tab1.read())).toEqual(fingerprint(seed()));
    expect(fingerprint(tab2.read())).toEqual(fingerprint(seed()));
    expect(fingerprint(createMockStore({ storage }).read())).toEqual(fingerprint(seed()));
  });

  it('a fresh storage starts from the seed even after another profile changed things', () => {
    const ctx = testContext();
    const used = createMockStore({ storage: memoryStorage(), scenario: 'default' });
    used.write((t) => expectOk(resetConferenceId(t, ctx, userByName(t, AMOS).id)));

    const fresh = createMockStore({ storage: memoryStorage(), scenario: 'default' });
    expect(fingerprint(fresh.read())).toEqual(fingerprint(seed()));
  });

  it('P2/A3: the persisted state never holds a PIN that was just reset', () => {
    const storage = recordingStorage();
    const ctx = testContext();
    const store = createMockStore({ storage, scenario: 'default' });

    const pins = [KEN, AMOS].map(
      (name) => store.write((t) => expectOk(resetPin(t, ctx, userByName(t, name).id))).pin,
    );

    const persisted = storage.written.filter((value) => value.startsWith('{'));
    expect(persisted.length).toBe(2);
    for (const pin of pins) {
      for (const value of storage.written) expect(value).not.toMatch(wholeNumberPattern(pin));
    }
    // Not vacuous: the reset was persisted (a second tab can check the PINs against it).
    const other = createMockStore({ storage }).read();
    expect(pinMatches(userByName(other, KEN).pin.stored!, pins[0]!)).toBe(true);
    expect(pinMatches(userByName(other, AMOS).pin.stored!, pins[1]!)).toBe(true);
  });
});

describe('mock store: a batch persists its writes once', () => {
  it('a change and its audit entry are one write of the snapshot, made when the batch ends', async () => {
    const storage = recordingStorage();
    const store = createMockStore({ storage, scenario: 'default' });
    const other = createMockStore({ storage, scenario: 'default' });
    const amos = userByName(store.read(), AMOS).id;
    const before = storage.written.length;
    let seenByOtherTab = '';
    await store.batch(async () => {
      store.write((tenant) => resetConferenceId(tenant, testContext(), amos));
      await Promise.resolve();
      store.write((tenant) => tenant.nextAuditNumber++);
      seenByOtherTab = other.read().usersById.get(amos)!.audio.conferenceId ?? '';
    });
    // One save: the mailbox's chunk that gained the reset's email, then the state that names it.
    expect(storage.keys.slice(before)).toEqual([
      logChunkKey('default', 'mailbox', 0),
      stateKey('default'),
    ]);
    const after = store.read().usersById.get(amos)!.audio.conferenceId;
    expect(seenByOtherTab, 'nothing is persisted before the batch ends').not.toBe(after);
    expect(other.read().usersById.get(amos)!.audio.conferenceId).toBe(after);
  });

  it('a batch that fails still persists what it changed', async () => {
    const storage = recordingStorage();
    const store = createMockStore({ storage, scenario: 'default' });
    const amos = userByName(store.read(), AMOS).id;
    await expect(
      store.batch(async () => {
        store.write((tenant) => resetConferenceId(tenant, testContext(), amos));
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const reloaded = createMockStore({ storage, scenario: 'default' });
    expect(reloaded.read().usersById.get(amos)!.audio.conferenceId).toBe(
      store.read().usersById.get(amos)!.audio.conferenceId,
    );
  });
});

/** A memory storage whose writes to `key` fail as a full browser storage's do. */
function fullStorage(inner: KeyValueStorage, key: string): KeyValueStorage & { full: boolean } {
  const storage = {
    full: false,
    getItem: (k: string) => inner.getItem(k),
    setItem: (k: string, value: string) => {
      if (storage.full && k === key) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      inner.setItem(k, value);
    },
    removeItem: (k: string) => inner.removeItem(k),
  };
  return storage;
}

describe('mock store: saved state that heals', () => {
  const key = stateKey('default');
  const now = () => new Date('2026-12-02T10:00:00.000Z');

  /** A storage holding a valid saved state in which Amos's conference ID was reset. */
  function savedWithAChange() {
    const storage = memoryStorage();
    const store = createMockStore({ storage, scenario: 'default' });
    const newId = store.write((t) =>
      expectOk(resetConferenceId(t, testContext(), userByName(t, AMOS).id)),
    ).user.audioConferencing.conferenceId!;
    return { storage, newId, raw: storage.getItem(key)! };
  }

  it(`saves a versioned state (version ${SAVED_STATE_VERSION}) that a new store reads back`, () => {
    const { storage, newId, raw } = savedWithAChange();
    const saved = JSON.parse(raw) as { version: number; savedAt: string; tenant: object };
    expect(saved.version).toBe(SAVED_STATE_VERSION);
    expect(Date.parse(saved.savedAt)).not.toBeNaN();
    const reloaded = createMockStore({ storage, scenario: 'default' });
    expect(userByName(reloaded.read(), AMOS).audio.conferenceId).toBe(newId);
    expect(reloaded.recovery()).toBeNull();
  });

  const damaged: [string, (raw: string) => string, RegExp][] = [
    ['bad JSON (a write cut off mid-way)', (raw) => raw.slice(0, raw.length / 2), /not valid JSON/],
    [
      'valid JSON of the wrong shape',
      () => JSON.stringify({ version: 1, users: 'many' }),
      /^Its content is not valid at savedAt/,
    ],
    ['an array', () => '[1,2,3]', /not a saved state/],
    [
      'a state without a version (the unversioned format)',
      (raw) => JSON.stringify((JSON.parse(raw) as { tenant: object }).tenant),
      /no version/,
    ],
    [
      'an old version',
      (raw) => JSON.stringify({ ...JSON.parse(raw), version: 0 }),
      /format version 0/,
    ],
    [
      'a newer version',
      (raw) => JSON.stringify({ ...JSON.parse(raw), version: 99 }),
      /newer release/,
    ],
    [
      'a user record with a wrong field (hand edit)',
      (raw) => raw.replace(/"conferenceId":"(\d+)"/, '"conferenceId":12'),
      /changedUsers\.0\.audio\.conferenceId/,
    ],
    [
      'another scenario’s state under this key',
      (raw) => raw.replace('"scenario":"default"', '"scenario":"large"'),
      /large scenario/,
    ],
  ];

  it.each(damaged)(
    '%s: kept aside under a backup key, the tenant starts from the seed',
    (_, damage, reason) => {
      const { storage, raw } = savedWithAChange();
      const bad = damage(raw);
      storage.setItem(key, bad);

      const store = createMockStore({ storage, scenario: 'default', now });

      expect(fingerprint(store.read())).toEqual(fingerprint(seed()));
      expect(store.recovery()).toEqual({
        at: '2026-12-02T10:00:00.000Z',
        scenario: 'default',
        reason: expect.stringMatching(reason) as string,
        backupKey: backupKey('default'),
      });
      expect(storage.getItem(backupKey('default'))).toBe(bad);
      expect(storage.getItem(key), 'the damaged state is no longer read').toBeNull();
      // It works: a change is saved and read back by the next tab, which has nothing to recover.
      const newId = store.write((t) =>
        expectOk(resetConferenceId(t, testContext(), userByName(t, KEN).id)),
      ).user.audioConferencing.conferenceId;
      const next = createMockStore({ storage, scenario: 'default' });
      expect(userByName(next.read(), KEN).audio.conferenceId).toBe(newId);
      expect(next.recovery()).toBeNull();
    },
  );

  it('a state damaged by another tab while this one runs is set aside too, never a failure', () => {
    const { storage } = savedWithAChange();
    const store = createMockStore({ storage, scenario: 'default' });
    store.read();
    storage.setItem(key, '{"version":1,');
    expect(fingerprint(store.read())).toEqual(fingerprint(seed()));
    expect(store.recovery()?.reason).toMatch(/not valid JSON/);
  });

  it('onRecovery is told of each recovery when it happens', () => {
    const storage = memoryStorage();
    storage.setItem(key, '[]');
    const told: string[] = [];
    const store = createMockStore({
      storage,
      scenario: 'default',
      onRecovery: (r) => told.push(r.reason),
    });
    store.read();
    expect(told).toEqual(['It is not a saved state of the demo tenant.']);
  });

  it('Reset demo data forgets the recovery', () => {
    const storage = memoryStorage();
    storage.setItem(key, 'nonsense');
    const store = createMockStore({ storage, scenario: 'default' });
    store.read();
    expect(store.recovery()).not.toBeNull();
    store.reset();
    expect(store.recovery()).toBeNull();
  });

  it('a write storage refuses (quota) throws StorageRefusedError and changes nothing, in memory or in storage', async () => {
    const { storage: inner, raw } = savedWithAChange();
    const storage = fullStorage(inner, key);
    const store = createMockStore({ storage, scenario: 'default' });
    // A copy: the fingerprint holds the tenant's own mailbox array, which the change appends to.
    const before = structuredClone(fingerprint(store.read()));
    const kenId = userByName(store.read(), KEN).id;
    storage.full = true;

    expect(() => store.write((t) => expectOk(resetConferenceId(t, testContext(), kenId)))).toThrow(
      StorageRefusedError,
    );
    expect(fingerprint(store.read())).toEqual(before);
    expect(storage.getItem(key)).toBe(raw);

    await expect(
      store.batch(async () => {
        store.write((t) => expectOk(sendConferenceInfo(t, testContext(), kenId, undefined)));
        store.write((t) => t.nextAuditNumber++);
      }),
    ).rejects.toThrow(/storage for the site is full, so nothing was changed/);
    expect(fingerprint(store.read())).toEqual(before);
    expect(store.read().mailbox).toHaveLength(1);
    expect(storage.getItem(key)).toBe(raw);

    // Room again: the same change goes through.
    storage.full = false;
    store.write((t) => expectOk(resetConferenceId(t, testContext(), kenId)));
    expect(fingerprint(store.read())).not.toEqual(before);
  });

  it('reset({ scenario }) switches the scenario, and the other tabs follow', () => {
    const storage = memoryStorage();
    const tab1 = createMockStore({ storage, scenario: 'default' });
    const tab2 = createMockStore({ storage, scenario: 'default' });
    tab2.read();
    tab1.reset({ scenario: 'empty' });
    expect(tab1.scenario).toBe('empty');
    expect(tab1.read().users).toHaveLength(0);
    expect(tab2.read().users).toHaveLength(0);
    expect(tab2.scenario).toBe('empty');
  });

  it('Reset demo data in a tab that missed another tab’s scenario switch resets the scenario in use', () => {
    const storage = memoryStorage();
    const tab1 = createMockStore({ storage, scenario: 'default' });
    tab1.read();
    const tab2 = createMockStore({ storage, scenario: 'default' });
    tab2.reset({ scenario: 'empty' });
    tab2.write((t) => (t.bridge.pinLength = 9));

    tab1.reset();

    expect(tab1.scenario).toBe('empty');
    expect(tab1.read().bridge.pinLength).toBe(generateScenario('empty').bridge.pinLength);
    expect(tab2.read().bridge.pinLength).toBe(generateScenario('empty').bridge.pinLength);
  });

  it('forget(): a write the host undid in storage is gone from memory too', () => {
    const { storage, raw } = savedWithAChange();
    const store = createMockStore({ storage, scenario: 'default' });
    const kenId = userByName(store.read(), KEN).id;
    const kenBefore = userByName(store.read(), KEN).audio.conferenceId;
    store.write((t) => expectOk(resetConferenceId(t, testContext(), kenId)));
    // The host undoes the write in its storage, then tells the store.
    storage.setItem(key, raw);
    store.forget();
    expect(userByName(store.read(), KEN).audio.conferenceId).toBe(kenBefore);
    expect(store.read().mailbox).toHaveLength(1);
  });

  it('forget() while a batch runs: the batch is refused, none of it is saved', async () => {
    const { storage, raw } = savedWithAChange();
    const store = createMockStore({ storage, scenario: 'default' });
    const kenId = userByName(store.read(), KEN).id;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let changed!: () => void;
    const halfway = new Promise<void>((resolve) => (changed = resolve));
    const change = store.batch(async () => {
      store.write((t) => expectOk(resetConferenceId(t, testContext(), kenId)));
      changed();
      await held;
      store.write((t) => t.nextAuditNumber++);
    });
    await halfway;
    store.forget();
    release();
    await expect(change).rejects.toThrow(StorageRefusedError);
    expect(storage.getItem(key)).toBe(raw);
    expect(store.read().mailbox).toHaveLength(1);
    // A batch that only read is not refused.
    let readOnce!: () => void;
    const hasRead = new Promise<void>((resolve) => (readOnce = resolve));
    const read = store.batch(async () => {
      readOnce();
      await held;
      return store.read().users.length;
    });
    await hasRead;
    store.forget();
    await expect(read).resolves.toBeGreaterThan(0);
  });

  it('batches run one after another: a refused save undoes only its own change', async () => {
    const storage = fullStorage(memoryStorage(), key);
    const store = createMockStore({ storage, scenario: 'default' });
    const amos = userByName(store.read(), AMOS).id;
    const ken = userByName(store.read(), KEN).id;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));

    // The first change waits (as for its request body) while the second is sent.
    const first = store.batch(async () => {
      await held;
      return store.write((t) => expectOk(resetConferenceId(t, testContext(), amos)));
    });
    const second = store.batch(async () => {
      storage.full = true;
      return store.write((t) => expectOk(resetConferenceId(t, testContext(), ken)));
    });
    release();

    // Without the queue the second would be answered as done, then undone with the first's save.
    await expect(first).resolves.toBeDefined();
    await expect(second).rejects.toThrow(StorageRefusedError);
    storage.full = false;
    const saved = createMockStore({ storage, scenario: 'default' }).read();
    expect(userByName(saved, AMOS).audio.conferenceId).not.toBe(
      userByName(seed(), AMOS).audio.conferenceId,
    );
    expect(userByName(saved, KEN).audio.conferenceId).toBe(
      userByName(seed(), KEN).audio.conferenceId,
    );
  });
});

describe('mock store: the mailbox and the audit log are saved in chunks', () => {
  const key = stateKey('default');
  const chunkKeys = (storage: KeyValueStorage) =>
    Array.from({ length: storage.length! }, (_, i) => storage.key!(i)!)
      .filter((k) => k.startsWith(`${key}.log.`))
      .sort();

  /** Sends the conference info to Amos `times` times, one save each. */
  function sendToAmos(store: ReturnType<typeof createMockStore>, times: number) {
    const ctx = testContext();
    for (let i = 0; i < times; i++) {
      store.write((t) => expectOk(sendConferenceInfo(t, ctx, userByName(t, AMOS).id, undefined)));
    }
  }

  it(`a save writes only the chunk that gained an entry (${LOG_CHUNK} entries a chunk), not the whole log`, () => {
    const storage = recordingStorage();
    const store = createMockStore({ storage, scenario: 'default' });
    sendToAmos(store, LOG_CHUNK + 10);
    const before = storage.keys.length;
    sendToAmos(store, 1);
    const written = storage.keys.slice(before);
    expect(written).toEqual([logChunkKey('default', 'mailbox', 1), key]);
    // The chunk holds its own entries only: a few kilobytes, whatever the log's length.
    const chunk = JSON.parse(storage.getItem(written[0]!)!) as { id: string }[];
    expect(chunk.every((email) => Math.floor(entryNumber(email.id) / LOG_CHUNK) === 1)).toBe(true);
    const reloaded = createMockStore({ storage, scenario: 'default' }).read();
    expect(reloaded.mailbox).toEqual(store.read().mailbox);
    expect(reloaded.mailbox).toHaveLength(LOG_CHUNK + 11);
  });

  it(`E5: chunks whose entries all dropped off the mailbox (${MAILBOX_LIMIT} kept) are removed`, () => {
    const storage = memoryStorage();
    const store = createMockStore({ storage, scenario: 'default' });
    sendToAmos(store, MAILBOX_LIMIT + LOG_CHUNK + 1);
    const mailbox = store.read().mailbox;
    expect(mailbox).toHaveLength(MAILBOX_LIMIT);
    const first = Math.floor(entryNumber(mailbox[0]!.id) / LOG_CHUNK);
    const last = Math.floor(entryNumber(mailbox.at(-1)!.id) / LOG_CHUNK);
    const expected = Array.from({ length: last - first + 1 }, (_, i) =>
      logChunkKey('default', 'mailbox', first + i),
    );
    expect(chunkKeys(storage).filter((k) => k.includes('.mailbox.'))).toEqual(expected.sort());
    expect(createMockStore({ storage, scenario: 'default' }).read().mailbox).toEqual(mailbox);
  });

  it('a reader of an envelope whose chunk has since gained entries reads the envelope’s entries only', () => {
    const storage = memoryStorage();
    const store = createMockStore({ storage, scenario: 'default' });
    sendToAmos(store, 3);
    const older = storage.getItem(key)!;
    sendToAmos(store, 2);
    // Another tab that saw the chunk's write before the envelope's.
    storage.setItem(key, older);
    const reader = createMockStore({ storage, scenario: 'default' });
    expect(reader.read().mailbox).toHaveLength(3);
    expect(reader.recovery()).toBeNull();
  });

  it('a missing or damaged chunk sets the state aside, with every chunk of it', () => {
    for (const damage of [
      (s: KeyValueStorage) => s.removeItem(logChunkKey('default', 'mailbox', 0)),
      (s: KeyValueStorage) => s.setItem(logChunkKey('default', 'mailbox', 0), '[{"id":'),
      (s: KeyValueStorage) => s.setItem(logChunkKey('default', 'mailbox', 0), '[{"id":"mail-1"}]'),
    ]) {
      const storage = memoryStorage();
      sendToAmos(createMockStore({ storage, scenario: 'default' }), 2);
      damage(storage);
      const store = createMockStore({ storage, scenario: 'default' });
      expect(fingerprint(store.read())).toEqual(fingerprint(seed()));
      expect(store.recovery()?.reason).toMatch(/^Its mailbox chunk 0 (is missing|is not valid)/);
      expect(chunkKeys(storage)).toEqual([]);
      expect(storage.getItem(key)).toBeNull();
    }
  });

  it('M1–M5: a migration, the invites it keeps and the mock clock survive a reload', () => {
    const storage = memoryStorage();
    const store = createMockStore({ storage, scenario: 'default' });
    store.write((t) => {
      t.clock = { ...t.clock, offsetMs: 120 * 60_000 };
      expectOk(resetConferenceId(t, testContext(), userByName(t, AMOS).id));
    });
    const before = store.read();
    const reloaded = createMockStore({ storage, scenario: 'default' }).read();
    expect(reloaded.clock).toEqual(before.clock);
    expect(reloaded.migrations).toEqual(before.migrations);
    expect(reloaded.migrations).toHaveLength(1);
    expect([...reloaded.invites]).toEqual([...before.invites]);
    expect(reloaded.nextMigrationNumber).toBe(before.nextMigrationNumber);
  });

  it('a version 3 state (before meetings) reads with Automatically update meetings on, no migrations and the real time', () => {
    const storage = memoryStorage();
    sendToAmos(createMockStore({ storage, scenario: 'default' }), 1);
    const current = JSON.parse(storage.getItem(key)!) as {
      tenant: Record<string, unknown> & { bridge: Record<string, unknown> };
    };
    const {
      clock: _c,
      invites: _i,
      migrations: _m,
      nextMigrationNumber: _n,
      ...tenant
    } = current.tenant;
    const { automaticallyUpdateMeetings: _a, ...bridge } = current.tenant.bridge;
    storage.setItem(key, JSON.stringify({ ...current, version: 3, tenant: { ...tenant, bridge } }));
    const reader = createMockStore({ storage, scenario: 'default' });
    const read = reader.read();
    expect(reader.recovery()).toBeNull();
    expect(read.mailbox).toHaveLength(1);
    expect(read.bridge.automaticallyUpdateMeetings).toBe(true);
    expect(read.migrations).toEqual([]);
    expect(read.invites.size).toBe(0);
    expect(read.clock.offsetMs).toBe(0);
  });

  it('a version 2 state, its logs inline, is read and saved again in chunks', () => {
    const storage = memoryStorage();
    const store = createMockStore({ storage, scenario: 'default' });
    sendToAmos(store, 2);
    const tenant = store.read();
    const snapshot = snapshotOf(tenant);
    const version2 = JSON.stringify({
      version: 2,
      savedAt: new Date().toISOString(),
      tenant: snapshot,
    });
    const fresh = memoryStorage();
    fresh.setItem(key, version2);
    const reader = createMockStore({ storage: fresh, scenario: 'default' });
    expect(reader.read().mailbox).toEqual(tenant.mailbox);
    expect(reader.read().auditLog).toEqual(tenant.auditLog);
    expect(reader.recovery()).toBeNull();
    sendToAmos(reader, 1);
    expect(chunkKeys(fresh)).toEqual([logChunkKey('default', 'mailbox', 0)]);
    expect((JSON.parse(fresh.getItem(key)!) as { version: number }).version).toBe(
      SAVED_STATE_VERSION,
    );
    expect(createMockStore({ storage: fresh, scenario: 'default' }).read().mailbox).toHaveLength(3);
  });

  it('Reset demo data removes every chunk', () => {
    const storage = memoryStorage();
    const store = createMockStore({ storage, scenario: 'default' });
    sendToAmos(store, LOG_CHUNK + 1);
    expect(chunkKeys(storage).length).toBeGreaterThan(1);
    store.reset();
    expect(chunkKeys(storage)).toEqual([]);
    expect(store.read().mailbox).toEqual([]);
  });
});
