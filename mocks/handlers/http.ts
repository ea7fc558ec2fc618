import {
  delay,
  http,
  HttpResponse,
  type DefaultBodyType,
  type HttpResponseResolver,
  type PathParams,
} from 'msw';
import type { z } from 'zod/mini';
import type { ApiErrorBody } from '../../src/api/contract';
import { API_BASE } from '../../src/api/config';
import type { FaultState } from '../faults';
import type { RefusalCode, Result } from '../domain/result';

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
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path.join('.') || 'body';
    (fieldErrors[field] ??= []).push(issue.message);
  }
  return { ok: false, code: 'validation', message: 'The request was not valid.', fieldErrors };
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * Declares a route under the API base with the mock's faults applied: latency, offline (a network
 * error) and the failure rate (500) before the route runs, dropped answers after it.
 */
export function createRoute(faults: FaultState, random: () => number) {
  return function route<Params extends PathParams>(
    method: Method,
    path: string,
    resolver: HttpResponseResolver<Params, DefaultBodyType, DefaultBodyType>,
  ) {
    return http[method]<Params>(`${API_BASE}${path}`, async (info) => {
      const { latencyMs, offline, failureRate, dropRate } = faults.get();
      if (latencyMs > 0) await delay(latencyMs);
      if (offline) return HttpResponse.error();
      if (failureRate > 0 && random() * 100 < failureRate) {
        return errorResponse(500, {
          code: 'server_error',
          message: 'The server had a problem and did nothing. Try again.',
        });
      }
      const answer = await resolver(info);
      // The server did its work, and its answer is lost on the way back: only a retry with the
      // same Idempotency-Key can find out what happened without doing it twice (A4).
      if (dropRate > 0 && random() * 100 < dropRate) return HttpResponse.error();
      return answer;
    });
  };
}
