/**
 * The messages between the page (mocks/browser.ts, mocks/worker/client.ts) and the mock's worker
 * (mocks/mock-worker.ts, mocks/worker/host.ts). Decision 021 tells the whole exchange.
 */
import type { MockFaults } from '../../src/api/contract/mock-settings';

/** A localStorage key of the mock and its value; null: removed. */
export type StorageEntry = [key: string, value: string | null];

export interface SerializedRequest {
  method: string;
  url: string;
  headers: [string, string][];
  /** Null for GET and HEAD. */
  body: ArrayBuffer | null;
}

export type SerializedResponse =
  | {
      kind: 'response';
      status: number;
      statusText: string;
      headers: [string, string][];
      body: ArrayBuffer | null;
    }
  /** The answer is lost (offline, a dropped answer): the page's fetch fails. */
  | { kind: 'network-error' }
  /** No route answers it: the page sends it to the network, as MSW's `bypass` did. */
  | { kind: 'unhandled' }
  /** A handler threw: the page's MSW answers it as it answers any handler that throws. */
  | { kind: 'exception'; name: string; message: string };

/** What the page tells the worker. */
export type PageMessage =
  | {
      type: 'init';
      /** Every key of the mock that localStorage holds. */
      storage: StorageEntry[];
      faults: MockFaults;
      jobOwner: string;
      basePath: string;
      token: string | null;
    }
  | {
      type: 'request';
      id: number;
      request: SerializedRequest;
      /** The tab's sign-in ("Signed in as"), for a request without an Authorization header. */
      token: string | null;
      /** The mock's keys whose value in localStorage changed since the page last told the worker. */
      changes: StorageEntry[];
    }
  /** A group of the worker's writes is in localStorage now. */
  | { type: 'applied'; group: number }
  /**
   * localStorage refused a write of the group: the page undid the group's writes and drops the
   * groups that follow until the worker has rolled back (`rolled-back`).
   */
  | {
      type: 'refused';
      group: number;
      key: string;
      error: { name: string; message: string };
      /** As with a request: what localStorage holds now that differs from what the worker has. */
      changes: StorageEntry[];
    };

/** What the worker tells the page. */
export type WorkerMessage =
  | { type: 'ready' }
  /** Writes for localStorage, in order; the page answers `applied` or `refused`. */
  | { type: 'writes'; group: number; ops: StorageEntry[] }
  /** The worker has undone every write the page hasn't applied: the page applies writes again. */
  | { type: 'rolled-back' }
  | { type: 'answer'; id: number; response: SerializedResponse }
  /** The network conditions changed (`POST /_mock/faults`): the page keeps and shows them. */
  | { type: 'faults'; faults: MockFaults }
  /** Saved demo data couldn't be read and was reset (decision 014). */
  | { type: 'recovered' };
