import type { z } from 'zod/mini';
import { ApiError } from './api-error';
import { apiErrorBodySchema } from './contract';

import { API_BASE } from './config';

export function apiUrl(path: string): string {
  return `${API_BASE}${path}`;
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** An array becomes one parameter per item (`filter=a&filter=b`). */
  query?: Record<string, string | number | readonly string[] | undefined>;
  /** A4: the ETag of the version the change was made against. */
  ifMatch?: string;
  /** A4: the same key for a repeat of the same change (a retry), a new one for a new change. */
  idempotencyKey?: string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** A thin fetch wrapper: parses the response with the contract schema or throws a typed ApiError. */
export async function request<T extends z.ZodMiniType>(
  path: string,
  schema: T,
  options: RequestOptions = {},
): Promise<z.infer<T>> {
  const url = new URL(apiUrl(path), window.location.origin);
  for (const [key, value] of Object.entries(options.query ?? {})) {
    if (Array.isArray(value)) for (const item of value) url.searchParams.append(key, item);
    else if (value !== undefined && value !== '') url.searchParams.set(key, String(value));
  }
  let response: Response;
  try {
    response = await fetch(url, {
      method: options.method ?? 'GET',
      headers: {
        Accept: 'application/json',
        ...(options.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...(options.ifMatch ? { 'If-Match': options.ifMatch } : {}),
        ...(options.idempotencyKey ? { 'Idempotency-Key': options.idempotencyKey } : {}),
        ...options.headers,
      },
      body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
      signal: options.signal,
      cache: 'no-store',
    });
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    throw new ApiError(0, { code: 'network_error', message: 'The network request failed.' });
  }
  const payload: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsed = apiErrorBodySchema.safeParse(payload);
    throw new ApiError(
      response.status,
      parsed.success
        ? parsed.data
        : { code: 'http_error', message: `The server answered ${response.status}.` },
    );
  }
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    throw new ApiError(response.status, {
      code: 'invalid_response',
      message: "The server's answer didn't match the expected format. Try again.",
    });
  }
  return parsed.data;
}
