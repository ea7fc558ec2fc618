/**
 * The mock server's worker (decision 021): the tenant, its indexes and every handler run here,
 * off the page's main thread. mocks/browser.ts starts it and forwards the API's requests to it.
 */
import './worker/globals';
import { createWorkerHost } from './worker/host';
import type { PageMessage, WorkerMessage } from './worker/protocol';

const scope = self as unknown as {
  postMessage(message: WorkerMessage, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<PageMessage>) => void) | null;
};
const host = createWorkerHost({
  post: (message, transfer = []) => scope.postMessage(message, transfer),
});
scope.onmessage = (event) => host.receive(event.data);
