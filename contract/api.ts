/**
 * The contract suite's HTTP client: calls an operation of openapi.json by its id, and checks
 * every answer against the contract (status, body, required headers). Which operations were
 * answered as the contract says is recorded, so that the suite can tell none was left out.
 */
import { inject } from 'vitest';
import { contractProblems, mediaTypesOf, operation } from './openapi';

export const API = inject('apiBaseUrl');

/**
 * The callers, by their bearer tokens. Against the mock the demo tokens; a backend team sets
 * CONTRACT_ADMIN_TOKEN (a Teams Administrator), CONTRACT_READER_TOKEN (a Global Reader) and
 * CONTRACT_USER_TOKEN (a user of the tenant, for the self-service page).
 */
export const tokens = {
  admin: process.env.CONTRACT_ADMIN_TOKEN ?? 'demo-teams-administrator',
  reader: process.env.CONTRACT_READER_TOKEN ?? 'demo-global-reader',
  user: process.env.CONTRACT_USER_TOKEN ?? null,
};

export interface CallOptions {
  params?: Record<string, string>;
  /** Path parameters put into the path as they are, not encoded (to send a broken escape). */
  rawParams?: Record<string, string>;
  query?: Record<string, string | readonly string[]>;
  /** A JSON body; `rawBody` sends text as it is (to send something that isn't JSON). */
  body?: unknown;
  rawBody?: string;
  /** The caller's token; null sends none. Teams Administrator unless said. */
  token?: string | null;
  headers?: Record<string, string>;
}

export interface Answer {
  status: number;
  headers: Headers;
  /** Parsed JSON; a `text/csv` answer's text as it is (and any body that isn't JSON). */
  body: unknown;
  /** What the answer does that the contract doesn't allow; empty when it conforms. */
  problems: string[];
  /** `GET /users/{userId}` for reports. */
  request: string;
}

/** Operations answered with a 2xx that the contract allows. */
export const conformingSuccesses = new Set<string>();

export async function call(operationId: string, options: CallOptions = {}): Promise<Answer> {
  const op = operation(operationId);
  const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const rawValue = options.rawParams?.[name];
    if (rawValue !== undefined) return rawValue;
    const value = options.params?.[name];
    if (value === undefined) throw new Error(`${operationId}: no value for {${name}}`);
    return encodeURIComponent(value);
  });
  const url = new URL(`${API}${path}`);
  for (const [key, value] of Object.entries(options.query ?? {})) {
    for (const item of typeof value === 'string' ? [value] : value)
      url.searchParams.append(key, item);
  }
  const token = options.token === undefined ? tokens.admin : options.token;
  const hasBody = options.body !== undefined || options.rawBody !== undefined;
  // What the operation may answer: a CSV file, or JSON (its errors are JSON too).
  const accept = mediaTypesOf(op).join(', ') || 'application/json';
  const response = await fetch(url, {
    method: op.method.toUpperCase(),
    headers: {
      Accept: accept,
      ...(hasBody ? { 'Content-Type': 'application/json' } : {}),
      ...(token === null ? {} : { Authorization: `Bearer ${token}` }),
      ...options.headers,
    },
    body:
      options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
  const text = await response.text();
  let body: unknown = undefined;
  if (/^text\/csv\b/i.test(response.headers.get('Content-Type') ?? '')) {
    // A file is its text, even one that happens to parse as JSON (a lone number, say).
    body = text;
  } else if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  const problems = contractProblems(op, response.status, response.headers, body);
  if (response.ok && problems.length === 0) conformingSuccesses.add(operationId);
  return {
    status: response.status,
    headers: response.headers,
    body,
    problems,
    request: `${op.method.toUpperCase()} ${url.pathname}${url.search}`,
  };
}

/** A JSON body as an object, for reading fields (the contract check has validated its shape). */
export function json<T = Record<string, unknown>>(answer: Answer): T {
  return answer.body as T;
}

/** Calls an operation that must succeed; fails with what the server said if it didn't. */
export async function ok<T = Record<string, unknown>>(
  operationId: string,
  options: CallOptions = {},
): Promise<T> {
  const answer = await call(operationId, options);
  if (!answer.status.toString().startsWith('2') || answer.problems.length > 0) {
    throw new Error(
      `${answer.request} answered ${answer.status}: ${JSON.stringify(answer.body)}\n${answer.problems.join('\n')}`,
    );
  }
  return answer.body as T;
}
