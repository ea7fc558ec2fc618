/** Requests and answers as the worker and the page pass them (mocks/worker/protocol.ts). */
import { getResponse, type RequestHandler } from 'msw';
import { errorResponse } from '../handlers/http';
import { StorageRefusedError } from '../store';
import type { SerializedRequest, SerializedResponse } from './protocol';

export async function respond(
  handlers: RequestHandler[],
  message: SerializedRequest,
): Promise<SerializedResponse> {
  const request = new Request(message.url, {
    method: message.method,
    headers: message.headers,
    body: message.body,
  });
  const response = await getResponse(handlers, request, {
    baseUrl: new URL(message.url).origin,
  });
  if (!response || response.headers.get('x-msw-intention') === 'passthrough') {
    return { kind: 'unhandled' };
  }
  return serialize(response);
}

export async function serialize(response: Response): Promise<SerializedResponse> {
  if (response.type === 'error') return { kind: 'network-error' };
  return {
    kind: 'response',
    status: response.status,
    statusText: response.statusText,
    headers: [...response.headers],
    // A file (a CSV stream) is read whole here, in the worker, and handed over without a copy.
    body: response.body === null ? null : await response.arrayBuffer(),
  };
}

export function storageFull(): Response {
  return errorResponse(507, {
    code: 'storage_full',
    message: new StorageRefusedError(null).message,
  });
}

export const errorName = (error: unknown) => (error instanceof Error ? error.name : 'Error');
