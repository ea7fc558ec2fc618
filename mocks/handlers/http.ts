import { delay, http, HttpResponse, type DefaultBodyType } from 'msw';
import type { z } from 'zod/mini';
import type { ApiErrorBody } from '../../src/api/contract/common';
import type { BodyOf, PathParamsOf, QueryOf, RouteDefinition } from '../../src/api/contract/route';
import type { PowerShellAction } from '../../src/lib/powershell';
import { callerOfToken, type Caller } from '../domain/identity';
import type { RefusalCode, Result } from '../domain/result';
import type { Tenant } from '../domain/types';
import { adminHasNoOwnPin, userOnlyOwnPin } from '../domain/roles';
import type { FaultState } from '../faults';
import { StorageRefusedError, type MockStore } from '../store';

const STATUS: Record<RefusalCode, number> = {
  validation: 400,
  forbidden: 403,
  not_found: 404,
  unavailable: 409,
  conflict: 409,
  in_progress: 409,
  precondition_failed: 412,
  idempotency_mismatch: 422,
};

export function errorResponse(status: number, body: ApiErrorBody) {
  return HttpResponse.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}

/** The one mapping from a domain result to HTTP. */
export function toResponse<T>(
  result: Result<T>,
  init: { status?: number; headers?: Record<string, string> } = {},
) {
  if (!result.ok) {
    const { code, message, fieldErrors } = result;
    return errorResponse(
      STATUS[code],
      fieldErrors ? { code, message, fieldErrors } : { code, message },
    );
  }
  return HttpResponse.json(result.value as DefaultBodyType, {
    status: init.status ?? 200,
    headers: init.headers,
  });
}

/** 204: done, nothing to say. */
export function noContent() {
  return new HttpResponse(null, { status: 204 });
}

function validationRefusal(error: z.core.$ZodError, message: string): Result<never> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.join('.') || 'body';
    (fieldErrors[field] ??= []).push(issue.message);
  }
  return { ok: false, code: 'validation', message, fieldErrors };
}

/** Parses a JSON body with a contract schema, as a result the handler can return as-is. */
export async function parseBody<T extends z.ZodMiniType>(
  request: Request,
  schema: T,
): Promise<Result<z.infer<T>>> {
  const raw: unknown = await request
    .text()
    .then((text) => (text ? JSON.parse(text) : {}))
    .catch(() => Symbol('invalid'));
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  return validationRefusal(parsed.error, 'The request was not valid.');
}

/** Whether a query field takes every value of its parameter (`filter=a&filter=b`). */
function isListField(field: z.ZodMiniType): boolean {
  let def = field._zod.def as { type: string; innerType?: z.ZodMiniType };
  while (def.innerType && def.type !== 'array') {
    def = def.innerType._zod.def as typeof def;
  }
  return def.type === 'array';
}

/** Parses a query string with a contract schema; parameters it doesn't name are ignored. */
export function parseQuery<T extends z.ZodMiniObject>(url: URL, schema: T): Result<z.output<T>> {
  const raw: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodMiniType>)) {
    if (isListField(field)) raw[key] = url.searchParams.getAll(key);
    else if (url.searchParams.has(key)) raw[key] = url.searchParams.get(key);
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  return validationRefusal(parsed.error, 'The search parameters are not valid.');
}

const REALM = 'Bearer realm="Audio Conferencing"';

/** 401 with the challenge of RFC 6750: no token, or one the server doesn't know. */
function unauthorized(reason: 'missing' | 'invalid') {
  const response = errorResponse(401, {
    code: 'unauthorized',
    message:
      reason === 'missing'
        ? 'Sign in first: the request has no access token (Authorization: Bearer …).'
        : "The access token isn't valid or has expired. Sign in again.",
  });
  response.headers.set(
    'WWW-Authenticate',
    reason === 'missing' ? REALM : `${REALM}, error="invalid_token"`,
  );
  return response;
}

/** What a route's handler is given: the request, its parameters, its caller and its input. */
export interface RouteInfo<R extends RouteDefinition> {
  request: Request;
  params: PathParamsOf<R>;
  caller: R['access'] extends 'public' ? null : Caller;
  body: BodyOf<R>;
  query: QueryOf<R>;
}

export type Resolver<R extends RouteDefinition> = (
  info: RouteInfo<R>,
) => Response | Promise<Response>;

/**
 * S1: the change a request is, with its checked input and the tenant before the change, for its
 * audit entry's PowerShell; null when it has none.
 */
export type Describer<R extends RouteDefinition> = (
  info: RouteInfo<R>,
  tenant: Tenant,
) => PowerShellAction | null;

/** What a change's guard is given. */
export interface ChangeRequest<P> {
  request: Request;
  params: P;
  caller: Caller;
  /** The change the request is (S1), once its input is checked; null before, or without one. */
  described: () => PowerShellAction | null;
}

export interface RouterOptions {
  /** Where the API lives: `/api` in the browser, an origin and `/api` on the server. */
  basePath: string;
  store: MockStore;
  faults: FaultState;
  random: () => number;
  /**
   * The browser mock only: the token of a request that has no Authorization header — the tab's
   * sign-in, as a browser sends its cookie. The HTTP server has none: such a request gets 401.
   */
  fallbackToken?: () => string | null;
  /** Told of every request before it is answered (the bulk job runner resumes on it). */
  onRequest?: () => void;
}

type Authentication = { ok: true; caller: Caller } | { ok: false; response: Response };

/**
 * Declares the contract's routes as handlers: the path from the route's template, the mock's
 * faults (latency, offline, failure rate before it runs, dropped answers after), the caller from
 * the bearer token, the body and query checked with the route's schemas, and the headers the
 * route promises.
 */
export function createRouter(options: RouterOptions) {
  const { basePath, store, faults, random } = options;

  function authenticate(request: Request): Authentication {
    const header = request.headers.get('Authorization');
    // RFC 6750: no Bearer credentials at all (none, or another scheme) is a plain challenge; a
    // Bearer token the server doesn't know is an invalid_token.
    const token =
      header === null
        ? (options.fallbackToken?.() ?? null)
        : (/^Bearer\s+(\S+)\s*$/i.exec(header)?.[1] ?? (/^Bearer\b/i.test(header) ? '' : null));
    if (token === null) return { ok: false, response: unauthorized('missing') };
    const caller = token === '' ? null : callerOfToken(store.read(), token);
    return caller ? { ok: true, caller } : { ok: false, response: unauthorized('invalid') };
  }

  async function inputOf<R extends RouteDefinition>(
    route: R,
    request: Request,
  ): Promise<Result<{ body: BodyOf<R>; query: QueryOf<R> }>> {
    let query: unknown;
    if (route.query) {
      const parsed = parseQuery(new URL(request.url), route.query);
      if (!parsed.ok) return parsed;
      query = parsed.value;
    }
    let body: unknown;
    if (route.body) {
      const parsed = await parseBody(request, route.body);
      if (!parsed.ok) return parsed;
      body = parsed.value;
    }
    return { ok: true, value: { body: body as BodyOf<R>, query: query as QueryOf<R> } };
  }

  function register<R extends RouteDefinition>(
    route: R,
    handle: (request: Request, params: PathParamsOf<R>) => Promise<Response>,
  ) {
    return http[route.method](`${basePath}${route.path}`, async ({ request, params }) => {
      options.onRequest?.();
      // Test hooks are never subject to the faults they control.
      const { latencyMs, offline, failureRate, dropRate } = route.testHook
        ? { latencyMs: 0, offline: false, failureRate: 0, dropRate: 0 }
        : faults.get();
      if (latencyMs > 0) await delay(latencyMs);
      if (offline) return HttpResponse.error();
      if (failureRate > 0 && random() * 100 < failureRate) {
        return errorResponse(500, {
          code: 'server_error',
          message: 'The server had a problem and did nothing. Try again.',
        });
      }
      const answer = await handle(request, params as PathParamsOf<R>).catch((error: unknown) => {
        // The browser's storage is full: the change was undone, and retrying won't help.
        if (error instanceof StorageRefusedError) {
          return errorResponse(507, { code: 'storage_full', message: error.message });
        }
        // A bug, not a refusal: the contract's error body, never a stack trace.
        console.error(`${route.operationId} failed:`, error);
        return errorResponse(500, {
          code: 'server_error',
          message:
            'The server failed. What you asked may not have been done: check, then try again.',
        });
      });
      if (route.cache && answer.ok && !answer.headers.has('Cache-Control')) {
        answer.headers.set('Cache-Control', route.cache);
      }
      // The server did its work, and its answer is lost on the way back: only a retry with the
      // same Idempotency-Key can find out what happened without doing it twice (A4).
      if (dropRate > 0 && random() * 100 < dropRate) return HttpResponse.error();
      return answer;
    });
  }

  /** A route that reads, or a test hook. */
  function route<R extends RouteDefinition>(definition: R, resolver: Resolver<R>) {
    return register(definition, async (request, params) => {
      let caller: Caller | null = null;
      if (definition.access !== 'public') {
        const auth = authenticate(request);
        if (!auth.ok) return auth.response;
        const denied = accessRefusal(definition.access, auth.caller);
        if (denied) return errorResponse(403, { code: 'forbidden', message: denied });
        caller = auth.caller;
      }
      const input = await inputOf(definition, request);
      if (!input.ok) return toResponse(input);
      return resolver({ request, params, caller, ...input.value } as RouteInfo<R>);
    });
  }

  /**
   * A change: authenticated, then `guard` (A1 role check, A2 audit entry, A4 idempotency) runs
   * `resolver` with the request's checked input.
   */
  function change<R extends RouteDefinition>(
    definition: R,
    guard: (
      info: ChangeRequest<PathParamsOf<R>>,
      run: () => Promise<Response>,
    ) => Promise<Response>,
    resolver: Resolver<R>,
    describe?: Describer<R>,
  ) {
    return register(definition, async (request, params) => {
      const auth = authenticate(request);
      if (!auth.ok) return auth.response;
      const { caller } = auth;
      let described: PowerShellAction | null = null;
      return guard({ request, params, caller, described: () => described }, async () => {
        const input = await inputOf(definition, request);
        if (!input.ok) return toResponse(input);
        const info = { request, params, caller, ...input.value } as RouteInfo<R>;
        described = describe?.(info, store.read()) ?? null;
        return resolver(info);
      });
    });
  }

  return { route, change };
}

export type Router = ReturnType<typeof createRouter>;

/** Why a caller may not use a route (403), or null when they may. */
function accessRefusal(access: RouteDefinition['access'], caller: Caller): string | null {
  if (access === 'admin' && caller.kind !== 'admin') return userOnlyOwnPin(caller.displayName);
  if (access === 'user' && caller.kind !== 'user') return adminHasNoOwnPin(caller.displayName);
  return null;
}
