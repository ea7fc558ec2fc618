import type { ApiErrorBody } from './contract';

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
  if (error.status >= 500) {
    return `The server couldn't complete the request (error ${error.status}). Nothing was changed. Try again in a moment.`;
  }
  return error.message;
}

/** Splits a failed request into per-field messages and one message for the whole form. */
export function actionErrors(error: unknown) {
  const fieldErrors = isApiError(error) ? error.fieldErrors : {};
  const hasFieldErrors = Object.keys(fieldErrors).length > 0;
  return {
    field: (name: string): string | undefined => fieldErrors[name]?.[0],
    form: error && !hasFieldErrors ? describeError(error) : undefined,
  };
}
