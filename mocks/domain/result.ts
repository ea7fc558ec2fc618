/** Domain functions return a value or a typed refusal; they never throw for a broken rule. */
export type RefusalCode =
  | 'not_found'
  | 'validation'
  | 'unavailable'
  | 'conflict'
  | 'precondition_failed'
  | 'forbidden'
  | 'in_progress'
  | 'idempotency_mismatch';

export interface Refusal {
  ok: false;
  code: RefusalCode;
  message: string;
  fieldErrors?: Record<string, string[]>;
}

export interface Success<T> {
  ok: true;
  value: T;
}

export type Result<T> = Success<T> | Refusal;

export function ok<T>(value: T): Success<T> {
  return { ok: true, value };
}

export function refuse(
  code: RefusalCode,
  message: string,
  fieldErrors?: Record<string, string[]>,
): Refusal {
  return fieldErrors ? { ok: false, code, message, fieldErrors } : { ok: false, code, message };
}

export function fieldRefusal(field: string, message: string): Refusal {
  return refuse('validation', message, { [field]: [message] });
}
