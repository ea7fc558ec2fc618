import { afterEach, describe, expect, it } from 'vitest';
import type { JobView } from '../../src/api/contract/jobs';
import { DEMO_ADMIN_TOKENS, NO_FAULTS, type MockFaults } from '../../src/api/contract/mock';
import { backupKey, memoryStorage, stateKey } from '../store';
import { isLogChunkKey } from '../storage-keys';
import { createMockClient, type WorkerPort } from './client';
import { createWorkerHost } from './host';

const ORIGIN = 'http://mock.test';
const KEY = stateKey('default');
const QUOTA = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** A tab's localStorage, which refuses the writes `refuses` picks. */
function pageStorage() {
  const inner = memoryStorage();
  const storage = {
    refuses: null as ((key: string) => boolean) | null,
    /** The keys read, in order. */
    reads: [] as string[],
    getItem: (key: string) => (storage.reads.push(key), inner.getItem(key)),
    setItem(key: string, value: string) {
      if (storage.refuses?.(key)) throw QUOTA();
      inner.setItem(key, value);
    },
    removeItem: (key: string) => inner.removeItem(key),
    get length() {
      return inner.length!;
    },
    key: (index: number) => inner.key!(index),
  };
  return storage;
}

const opened: MessagePort[] = [];
afterEach(() => opened.splice(0).forEach((port) => port.close()));

/** A tab: the page's client and the worker's host, joined by a message channel as in a browser. */
function tab(storage = pageStorage()) {
  const { port1, port2 } = new MessageChannel();
  opened.push(port1, port2);
  const host = createWorkerHost({
    post: (message, transfer) => port2.postMessage(message, transfer ?? []),
  });
  port2.onmessage = (event: MessageEvent) => host.receive(event.data);
  const told = { faults: [] as MockFaults[], recovered: 0 };
  const client = createMockClient({
    worker: port1 as WorkerPort,
    storage,
    token: () => DEMO_ADMIN_TOKENS.TeamsAdministrator,
    onFaults: (faults) => told.faults.push(faults),
    onRecovered: () => told.recovered++,
  });
  client.start({ faults: NO_FAULTS, jobOwner: 'tab-test', basePath: `${ORIGIN}/api` });

  async function call<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    const response = await client.forward(
      new Request(`${ORIGIN}/api${path}`, {
        method,
        headers: { 'Content-Type': 'application/json', ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );
    if (!response) throw new Error(`${method} ${path} was not answered`);
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as T, response };
  }
  const userId = async (name: string) =>
    (await call<{ items: { id: string }[] }>('GET', `/users?search=${encodeURIComponent(name)}`))
      .body.items[0]!.id;
  const conferenceId = async (id: string) =>
    (await call<{ audioConferencing: { conferenceId: string } }>('GET', `/users/${id}`)).body
      .audioConferencing.conferenceId;
  return { storage, client, call, userId, conferenceId, told };
}

describe('the mock in a worker: the page forwards, the worker answers (decision 021)', () => {
  it('answers as the handler set does, and its changes reach localStorage for the next tab', async () => {
    const first = tab();
    await first.client.ready;
    const state = await first.call('GET', '/_mock/state');
    expect(state.body).toMatchObject({ ready: true, host: 'browser', scenario: 'default' });

    const amos = await first.userId('Amos Marble');
    const reset = await first.call<{ user: { audioConferencing: { conferenceId: string } } }>(
      'POST',
      `/users/${amos}/conference-id/reset`,
    );
    expect(reset.status).toBe(200);
    expect(first.storage.getItem(KEY)).not.toBeNull();

    const second = tab(first.storage);
    expect(await second.conferenceId(amos)).toBe(reset.body.user.audioConferencing.conferenceId);
  });

  it('sees what another tab or a hand edit wrote to localStorage by the next request', async () => {
    const one = tab();
    const other = tab(one.storage);
    const ken = await one.userId('Ken Myer');
    const before = await one.conferenceId(ken);
    await other.call('POST', `/users/${ken}/conference-id/reset`);
    const after = await other.conferenceId(ken);
    expect(after).not.toBe(before);
    expect(await one.conferenceId(ken)).toBe(after);

    one.storage.setItem(KEY, '{"version":1,"ten');
    const state = await one.call<{ recovery: { reason: string } }>('GET', '/_mock/state');
    expect(state.body.recovery.reason).toMatch(/not valid JSON/);
    expect(one.storage.getItem(backupKey('default'))).toBe('{"version":1,"ten');
    await expect.poll(() => one.told.recovered).toBe(1);
  });

  it("reads a log's chunks again only when an envelope changed, and sees another tab's entries", async () => {
    const one = tab();
    const other = tab(one.storage);
    const ken = await one.userId('Ken Myer');
    const amos = await one.userId('Amos Marble');
    await one.call('POST', `/users/${ken}/conference-id/reset`);
    const chunkKeys = () =>
      Array.from({ length: one.storage.length }, (_, i) => one.storage.key(i)!);
    expect(chunkKeys().filter(isLogChunkKey).length).toBeGreaterThan(0);

    // Nothing changed: the next requests read no chunk.
    await one.call('GET', '/users');
    one.storage.reads.length = 0;
    await one.call('GET', '/users?search=ken');
    await one.call('GET', `/users/${ken}`);
    expect(one.storage.reads.filter(isLogChunkKey)).toEqual([]);

    // Another tab adds to the log: its rewritten chunk is read with the envelope.
    await other.call('POST', `/users/${amos}/conference-id/reset`);
    const log = await one.call<{ items: { target?: { id?: string } }[] }>('GET', '/audit-log');
    const targets = JSON.stringify(log.body.items);
    expect(targets).toContain(ken);
    expect(targets).toContain(amos);
  });

  it('a write localStorage refuses is answered 507 and undone in the worker and in localStorage', async () => {
    const page = tab();
    const amos = await page.userId('Amos Marble');
    await page.call('POST', `/users/${amos}/conference-id/reset`);
    const saved = page.storage.getItem(KEY);
    const ken = await page.userId('Ken Myer');
    const before = await page.conferenceId(ken);
    const emails = (await page.call<{ items: unknown[] }>('GET', '/emails')).body.items.length;
    page.storage.refuses = (key) => key === KEY;

    const key = { 'Idempotency-Key': 'refused-once' };
    const refused = await page.call('POST', `/users/${ken}/conference-id/reset`, undefined, key);
    expect(refused.status).toBe(507);
    expect(refused.body).toMatchObject({ code: 'storage_full' });
    expect(page.storage.getItem(KEY)).toBe(saved);
    expect(await page.conferenceId(ken)).toBe(before);
    expect((await page.call<{ items: unknown[] }>('GET', '/emails')).body.items).toHaveLength(
      emails,
    );

    // Room again: the same request, with the same key, runs; it is no replay of the refusal.
    page.storage.refuses = null;
    const retried = await page.call('POST', `/users/${ken}/conference-id/reset`, undefined, key);
    expect(retried.status).toBe(200);
    expect(retried.response.headers.get('Idempotent-Replayed')).toBeNull();
    expect(await page.conferenceId(ken)).not.toBe(before);
  });

  it('a request answered meanwhile never shows the write that localStorage then refused', async () => {
    const page = tab();
    const ken = await page.userId('Ken Myer');
    const before = await page.conferenceId(ken);
    // The page asks for Ken while it applies the reset's write, before it tells the worker that
    // localStorage refused it: the worker has the new ID in memory then.
    let read: Promise<string> | undefined;
    page.storage.refuses = (key) => key === KEY && (read ??= page.conferenceId(ken)) !== undefined;
    const refused = await page.call('POST', `/users/${ken}/conference-id/reset`);
    expect(refused.status).toBe(507);
    expect(await read).toBe(before);
  });

  it('leaves to the network what no route answers; offline is a network error; the page is told of faults', async () => {
    const page = tab();
    expect(await page.client.forward(new Request(`${ORIGIN}/elsewhere`))).toBeUndefined();
    expect(await page.client.forward(new Request(`${ORIGIN}/api/no-such-route`))).toBeUndefined();
    const set = await page.call('POST', '/_mock/faults', { offline: true });
    expect(set.status).toBe(200);
    expect(page.told.faults).toEqual([{ ...NO_FAULTS, offline: true }]);
    const offline = await page.client.forward(new Request(`${ORIGIN}/api/users`));
    expect(offline?.type).toBe('error');
  });

  it('J6: a bulk job whose save localStorage refuses stops with the reason; its steps are undone', async () => {
    const page = tab();
    const emails = (await page.call<{ items: unknown[] }>('GET', '/emails')).body.items.length;
    // The job's start is saved; the runner's first save is refused; the save that stops it isn't.
    let saves = 0;
    page.storage.refuses = (key) => key === KEY && ++saves === 2;
    const started = await page.call<JobView>('POST', '/jobs', {
      action: 'sendConferenceInfo',
      match: {},
    });
    expect(started.status).toBe(201);

    // Each request lets the runner go on (as the job page's polling does).
    await expect.poll(async () => (await page.call('GET', '/jobs'), saves)).toBe(3);
    const job = (await page.call<JobView>('GET', `/jobs/${started.body.id}`)).body;
    expect(job.state).toBe('completed');
    expect(job.counts.failed).toBe(job.counts.total);
    const results = await page.call<{ items: { reason: string }[] }>(
      'GET',
      `/jobs/${job.id}/results`,
    );
    expect(results.body.items[0]!.reason).toMatch(/storage for the site is full/);
    expect((await page.call<{ items: unknown[] }>('GET', '/emails')).body.items).toHaveLength(
      emails,
    );
  });
});
