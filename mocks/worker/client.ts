/**
 * The page's side of the mock's worker (decision 021): it forwards each request with what changed
 * in the mock's localStorage keys since it last told the worker, applies the worker's writes to
 * localStorage in order, and says whether localStorage took them.
 */
import type { MockFaults } from '../../src/api/contract/mock-settings';
import { isLogChunkKey, isMockStateKey } from '../storage-keys';
import type { KeyValueStorage } from '../store';
import type { PageMessage, SerializedResponse, StorageEntry, WorkerMessage } from './protocol';

export interface WorkerPort {
  postMessage(message: PageMessage, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null;
}

export interface MockClientOptions {
  worker: WorkerPort;
  /** The tab's localStorage. */
  storage: Required<KeyValueStorage>;
  /** The tab's sign-in, sent with each request. */
  token: () => string | null;
  onFaults: (faults: MockFaults) => void;
  onRecovered: () => void;
}

export interface MockClient {
  /** Settles once the worker has started (its tenant may still be in the making). */
  readonly ready: Promise<void>;
  start(init: { faults: MockFaults; jobOwner: string; basePath: string }): void;
  /** The mock's answer; undefined when no route answers (the request goes to the network). */
  forward(request: Request): Promise<Response | undefined>;
  /** The worker is gone: every request waiting for it fails, and every later one. */
  fail(error: Error): void;
}

export function createMockClient(options: MockClientOptions): MockClient {
  const { worker, storage } = options;
  /** The value of each of the mock's keys as the worker has it, as far as the page knows. */
  const told = new Map<string, string>();
  const waiting = new Map<
    number,
    { resolve: (r: SerializedResponse) => void; reject: (e: Error) => void }
  >();
  let nextId = 1;
  let failure: Error | null = null;
  /** After a refusal, the writes the worker sent before it rolled back are not applied. */
  let dropping = false;
  let started!: () => void;
  const ready = new Promise<void>((resolve) => (started = resolve));

  /**
   * The mock's keys whose value differs from what the worker was told, now told. A log's chunks
   * are written before the envelope that names them and a changed chunk comes with a changed
   * envelope (mocks/saved-state.ts), so a chunk the worker was told of is read again only when
   * some envelope changed: not megabytes of audit log on each keystroke after a bulk job.
   */
  function changes(): StorageEntry[] {
    const found: StorageEntry[] = [];
    const present = new Set<string>();
    const chunks: string[] = [];
    let envelopeChanged = false;
    const tell = (key: string) => {
      const value = storage.getItem(key);
      if (value === null || told.get(key) === value) return false;
      told.set(key, value);
      found.push([key, value]);
      return true;
    };
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key === null || !isMockStateKey(key)) continue;
      present.add(key);
      if (isLogChunkKey(key)) chunks.push(key);
      else if (tell(key)) envelopeChanged = true;
    }
    for (const key of chunks) if (envelopeChanged || !told.has(key)) tell(key);
    for (const key of told.keys()) {
      if (present.has(key)) continue;
      told.delete(key);
      found.push([key, null]);
    }
    return found;
  }

  function write(key: string, value: string | null) {
    if (value === null) storage.removeItem(key);
    else storage.setItem(key, value);
  }

  function apply(group: number, ops: StorageEntry[]) {
    if (dropping) return;
    const undo: StorageEntry[] = [];
    for (const [key, value] of ops) {
      try {
        const previous = storage.getItem(key);
        write(key, value);
        undo.push([key, previous]);
      } catch (error) {
        for (const [undoneKey, previous] of undo.reverse()) {
          try {
            write(undoneKey, previous);
          } catch {
            // What it holds now is told to the worker with the refusal.
          }
        }
        dropping = true;
        const { name, message } = error instanceof Error ? error : new Error(String(error));
        worker.postMessage(
          { type: 'refused', group, key, error: { name, message }, changes: changes() },
          [],
        );
        return;
      }
    }
    for (const [key, value] of ops) {
      if (value === null) told.delete(key);
      else told.set(key, value);
    }
    worker.postMessage({ type: 'applied', group }, []);
  }

  worker.onmessage = ({ data }) => {
    switch (data.type) {
      case 'ready':
        return started();
      case 'writes':
        return apply(data.group, data.ops);
      case 'rolled-back':
        dropping = false;
        return;
      case 'answer':
        waiting.get(data.id)?.resolve(data.response);
        waiting.delete(data.id);
        return;
      case 'faults':
        return options.onFaults(data.faults);
      case 'recovered':
        return options.onRecovered();
    }
  };

  return {
    ready,
    start(init) {
      worker.postMessage({ type: 'init', storage: changes(), token: options.token(), ...init }, []);
    },
    async forward(request) {
      if (failure) throw failure;
      const body =
        request.method === 'GET' || request.method === 'HEAD' ? null : await request.arrayBuffer();
      const id = nextId++;
      const answer = new Promise<SerializedResponse>((resolve, reject) =>
        waiting.set(id, { resolve, reject }),
      );
      worker.postMessage(
        {
          type: 'request',
          id,
          request: {
            method: request.method,
            url: request.url,
            headers: [...request.headers],
            body,
          },
          token: options.token(),
          changes: changes(),
        },
        body ? [body] : [],
      );
      return responseOf(await answer);
    },
    fail(error) {
      failure = error;
      for (const { reject } of waiting.values()) reject(error);
      waiting.clear();
    },
  };
}

function responseOf(answer: SerializedResponse): Response | undefined {
  switch (answer.kind) {
    case 'unhandled':
      return undefined;
    case 'network-error':
      return Response.error();
    case 'exception':
      throw Object.assign(new Error(answer.message), { name: answer.name });
    case 'response':
      return new Response(answer.body, {
        status: answer.status,
        statusText: answer.statusText,
        headers: answer.headers,
      });
  }
}
