/**
 * A route of the HTTP contract, declared once: its method, its path template, who may call it,
 * what it takes and what it answers. The client's URL builders, the mock's handler registrations
 * and the OpenAPI document are all made from these declarations.
 */
import type { z } from 'zod/mini';

/** Where the API lives on its host, unless configured otherwise (`VITE_API_BASE_URL`). */
export const API_BASE_PATH = '/api';

export type Method = 'get' | 'post' | 'put' | 'delete';

/**
 * Who may call a route, by the bearer token the request carries: an admin's, a user's own
 * (self-service), either, or nobody's (the mock's test hooks and the contract document).
 */
export type Access = 'admin' | 'user' | 'signed-in' | 'public';

/** Refusals a route can answer beyond those its shape implies (see `errorStatuses`). */
export type ExtraRefusal = 404 | 409 | 412;

export const TAGS = {
  Users: 'Users of the tenant and their Audio Conferencing settings.',
  'Conference IDs': 'Reset or set a conference ID, send the conference info (C1–C5, E2).',
  PINs: 'Organizer PINs: reset, check, lock and unlock (P1–P7). PINs are answered once.',
  'PIN policies': 'Global, per-site and per-user PIN policies (P4).',
  Bridge: 'The tenant’s conference bridge settings (B1–B5).',
  'Signed-in caller': 'Who the bearer token belongs to, and their own PIN (P7).',
  'Audit log': 'Every change and every refused attempt (A2).',
  'Bulk jobs': 'One action over many users: preview, start, progress, cancel, results (J1–J8).',
  Meetings:
    'Scheduled meetings, their invites and the meeting migrations that update them (M1–M4); a user’s timeline.',
  'Mock: mailbox': 'Mock only: the emails the mock sent (E5).',
  'Mock: dial-in': 'Mock only: the simulated bridge (D1–D3).',
  'Mock: test hooks': 'Mock only: demo data, demo tokens, network conditions and the mock clock.',
  Contract: 'This contract as an OpenAPI document.',
} as const;
export type Tag = keyof typeof TAGS;

export interface RouteDefinition {
  readonly operationId: string;
  readonly method: Method;
  /** Relative to the API base (`/api`), with `:name` for each path parameter. */
  readonly path: string;
  readonly summary: string;
  readonly description?: string;
  readonly tag: Tag;
  readonly access: Access;
  /** What each path parameter is. */
  readonly params?: Readonly<Record<string, string>>;
  readonly query?: z.ZodMiniObject;
  readonly body?: z.ZodMiniType;
  /** The success answer's body; null for 204 No Content. */
  readonly response: z.ZodMiniType | null;
  /** The answer is a file of this format (its body a string), not JSON. */
  readonly responseFormat?: 'csv';
  /** 201 Created, with a `Location` header naming what was made. */
  readonly created?: boolean;
  readonly responseDescription: string;
  /** A4: the change is made against the version the request names in `If-Match`. */
  readonly ifMatch?: boolean;
  /** A4: a repeat with the same `Idempotency-Key` is done once. */
  readonly idempotencyKey?: boolean;
  /** The answer carries the resource's version in an `ETag` header. */
  readonly etag?: boolean;
  /** `no-store`: the answer may hold a secret or a one-time value and is never cached. */
  readonly cache?: 'no-store' | 'no-cache';
  readonly refusals?: readonly ExtraRefusal[];
  /** Only the mock server has it: a real backend leaves it out. */
  readonly mockOnly?: boolean;
  /** A test hook of the mock: public, and never subject to the faults it controls. */
  readonly testHook?: boolean;
}

/** Declares a route, keeping its literal path so that its parameters are typed. */
export function defineRoute<const R extends RouteDefinition>(route: R): R {
  return route;
}

type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

/** The path parameters of a route, by name. */
export type PathParamsOf<R extends RouteDefinition> = { [K in ParamNames<R['path']>]: string };

export type HasPathParams<R extends RouteDefinition> = [ParamNames<R['path']>] extends [never]
  ? false
  : true;

/** What a successful answer holds: the response schema's type, or nothing (204). */
export type ResponseOf<R extends RouteDefinition> = R['response'] extends z.ZodMiniType
  ? z.infer<R['response']>
  : undefined;

export type BodyOf<R extends RouteDefinition> = R['body'] extends z.ZodMiniType
  ? z.output<R['body']>
  : undefined;

export type QueryOf<R extends RouteDefinition> = R['query'] extends z.ZodMiniObject
  ? z.output<R['query']>
  : undefined;

const PARAM = /:([A-Za-z]\w*)/g;

/** The names of a path template's parameters, in order. */
export function paramNames(path: string): string[] {
  return [...path.matchAll(PARAM)].map((match) => match[1]!);
}

/** A route's path with its parameters filled in (each one URL-encoded). */
export function pathOf<R extends RouteDefinition>(route: R, params: PathParamsOf<R>): string {
  const values = params as Record<string, string>;
  return route.path.replace(PARAM, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${route.operationId}: no value for :${name}`);
    return encodeURIComponent(value);
  });
}

/**
 * The refusals a route can answer, from its shape: 400 for a body, query or path parameter to
 * check (and a bad `Idempotency-Key`), 401 without a valid token, 403 for a caller it isn't for, 404 for an
 * unknown path parameter, 409 and 422 for a repeated `Idempotency-Key`, 412 for a stale `If-Match`.
 */
export function errorStatuses(route: RouteDefinition): number[] {
  const statuses = new Set<number>(route.refusals ?? []);
  if (route.body || route.query || route.idempotencyKey || paramNames(route.path).length > 0) {
    statuses.add(400);
  }
  if (route.access !== 'public') statuses.add(401);
  if (route.access === 'admin' || route.access === 'user') statuses.add(403);
  if (paramNames(route.path).length > 0) statuses.add(404);
  if (route.idempotencyKey) {
    statuses.add(409);
    statuses.add(422);
  }
  if (route.ifMatch) statuses.add(412);
  return [...statuses].sort((a, b) => a - b);
}
