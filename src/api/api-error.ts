import type { ApiErrorBody } from './contract/common';

/** A failed request, typed: an HTTP refusal (status > 0) or a network failure (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fieldErrors: Record<string, string[]>;

  constructor(status: number, body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.fieldErrors = body.fieldErrors ?? {};
  }

  get isNetworkError() {
    return this.status === 0;
  }

  /** The first message for a field, if the server refused that field. */
  fieldError(field: string): string | undefined {
    return this.fieldErrors[field]?.[0];
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Words an admin can act on, whatever went wrong. */
export function describeError(error: unknown): string {
  if (!isApiError(error)) return 'Something went wrong. Try again.';
  if (error.isNetworkError) {
    return "Couldn't reach the server. Check your connection and try again.";
  }
  // 507 Insufficient Storage: the change was undone, and the server says what to free first.
  if (error.status === 507) return error.message;
  if (error.status >= 500) {
    return `The server couldn't complete the request (error ${error.status}). Nothing was changed. Try again in a moment.`;
  }
  return error.message;
}

/**
 * Splits a failed request into per-field messages and one message for the whole form. The form
 * message stands in whenever none of the fields the form shows has a message of its own, so no
 * refusal goes unexplained.
 */
export function actionErrors(error: unknown, shownFields: readonly string[] = []) {
  const field = (name: string): string | undefined =>
    isApiError(error) ? error.fieldError(name) : undefined;
  return {
    field,
    form: error && !shownFields.some((name) => field(name)) ? describeError(error) : undefined,
  };
}
