/** What a request that runs again needs (decision 021). */
import type { IdempotencyStore } from '../domain/idempotency';
import type { SerializedRequest, SerializedResponse } from './protocol';

/** The idempotency keys, with the run during which each key's record was made. */
export function trackedKeys(keys: IdempotencyStore, clock: () => number) {
  const madeIn = new Map<string, number>();
  return {
    madeIn,
    begin(...args: Parameters<IdempotencyStore['begin']>) {
      const decision = keys.begin(...args);
      if (decision.kind === 'run') madeIn.set(args[0], clock());
      return decision;
    },
    clear: () => keys.clear(),
    forget: (key: string) => keys.forget(key),
  };
}

/**
 * Before a request runs again: the record its first run made for its Idempotency-Key goes, or
 * the second run would replay the first one's answer. A record made before the run, or a first
 * run that was a replay or a refusal of the key, belongs to another request and stays.
 */
export function forgetKeyOf(
  request: SerializedRequest,
  answer: SerializedResponse,
  stamp: number,
  keys: TrackedKeys,
) {
  const key = request.headers.find(([name]) => name.toLowerCase() === 'idempotency-key')?.[1];
  if (key === undefined || (keys.madeIn.get(key) ?? 0) < stamp) return;
  if (answer.kind === 'response') {
    if (answer.headers.some(([name]) => name === 'idempotent-replayed')) return;
    if (answer.status === 409 || answer.status === 422) {
      const code = codeOf(answer.body);
      if (code === 'in_progress' || code === 'idempotency_mismatch') return;
    }
  }
  keys.forget(key);
}

function codeOf(body: ArrayBuffer | null): unknown {
  try {
    return (JSON.parse(new TextDecoder().decode(body ?? new ArrayBuffer(0))) as { code?: unknown })
      .code;
  } catch {
    return undefined;
  }
}

export type TrackedKeys = ReturnType<typeof trackedKeys>;
