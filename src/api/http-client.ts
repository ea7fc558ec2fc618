import type { z } from 'zod/mini';
import { ApiError } from './api-error';
import { tokenFor, type Audience } from './auth/token-provider';
import { apiErrorBodySchema } from './contract/common';
import {
  pathOf,
  type HasPathParams,
  type PathParamsOf,
  type ResponseOf,
  type RouteDefinition,
} from './contract/route';
import { API_BASE } from './config';

export function apiUrl(path: string): string {
  return `${API_BASE}${path}`;
}

type QueryValue = string | number | readonly string[] | undefined;

interface BaseOptions {
  /** An array becomes one parameter per item (`filter=a&filter=b`). */
  query?: Record<string, QueryValue>;
  /** A4: the ETag of the version the change was made against. */
  ifMatch?: string;
  /** A4: the same key for a repeat of the same change (a retry), a new one for a new change. */
  idempotencyKey?: string;
  signal?: AbortSignal;
  /** Whose token the request carries: the admin's (the default) or the self-service user's. */
  audience?: Audience;
}

/** The options of a call: `params` when the route's path has any, `body` when it takes one. */
export type RequestOptions<R extends RouteDefinition> = BaseOptions &
  (HasPathParams<R> extends true ? { params: PathParamsOf<R> } : { params?: undefined }) &
  (R['body'] extends z.ZodMiniType ? { body: z.input<R['body']> } : { body?: undefined });

type CallArgs<R extends RouteDefinition> =
  HasPathParams<R> extends true
    ? [RequestOptions<R>]
    : R['body'] extends z.ZodMiniType
      ? [RequestOptions<R>]
      : [RequestOptions<R>?];

/** Sends a call of `route`: its URL from the path template, the caller's bearer token. */
async function send<R extends RouteDefinition>(
  route: R,
  options: RequestOptions<R> | undefined,
): Promise<Response> {
  const opts = (options ?? {}) as BaseOptions & { params?: PathParamsOf<R>; body?: unknown };
  const path = pathOf(route, (opts.params ?? {}) as PathParamsOf<R>);
  const url = new URL(apiUrl(path), window.location.origin);
  for (const [key, value] of Object.entries(opts.query ?? {})) {
    if (Array.isArray(value)) for (const item of value) url.searchParams.append(key, item);
    else if (value !== undefined && value !== '') url.searchParams.set(key, String(value));
  }
  const token = await tokenFor(opts.audience ?? 'admin');
  try {
    return await fetch(url, {
      method: route.method.toUpperCase(),
      headers: {
        Accept: route.responseFormat === 'csv' ? 'text/csv' : 'application/json',
        ...(opts.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...(opts.ifMatch ? { 'If-Match': opts.ifMatch } : {}),
        ...(opts.idempotencyKey ? { 'Idempotency-Key': opts.idempotencyKey } : {}),
      },
      body: opts.body !== undefined ? JSON.stringify(opts.body) : undefined,
      signal: opts.signal,
      cache: 'no-store',
    });
  } catch (cause) {
    if (opts.signal?.aborted) throw cause;
    throw new ApiError(0, { code: 'network_error', message: 'The network request failed.' });
  }
}

/** The typed ApiError of a refused call. */
async function refusal(response: Response): Promise<ApiError> {
  const payload: unknown = await response.json().catch(() => undefined);
  const parsed = apiErrorBodySchema.safeParse(payload);
  return new ApiError(
    response.status,
    parsed.success
      ? parsed.data
      : { code: 'http_error', message: `The server answered ${response.status}.` },
  );
}

/**
 * Calls a route of the contract: builds its URL from the path template, sends the caller's
 * bearer token, parses the answer with the route's schema or throws a typed ApiError.
 */
export async function request<R extends RouteDefinition>(
  route: R,
  ...[options]: CallArgs<R>
): Promise<ResponseOf<R>> {
  const response = await send(route, options);
  if (response.ok && route.response === null) return undefined as ResponseOf<R>;
  // A file (CSV): its text, as it came.
  if (response.ok && route.responseFormat === 'csv')
    return (await response.text()) as ResponseOf<R>;
  if (!response.ok) throw await refusal(response);
  const payload: unknown = await response.json().catch(() => undefined);
  const parsed = route.response!.safeParse(payload);
  if (!parsed.success) {
    throw new ApiError(response.status, {
      code: 'invalid_response',
      message: "The server's answer didn't match the expected format. Try again.",
    });
  }
  return parsed.data as ResponseOf<R>;
}

/**
 * Calls a route that answers with a file (CSV) and gives it as a Blob: a 10 MB export is never
 * decoded into one string on the page's thread, so the page stays responsive while it arrives.
 */
export async function requestFile<R extends RouteDefinition & { responseFormat: 'csv' }>(
  route: R,
  ...[options]: CallArgs<R>
): Promise<Blob> {
  const response = await send(route, options);
  if (!response.ok) throw await refusal(response);
  return response.blob();
}
