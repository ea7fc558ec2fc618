import { describeError, isApiError } from '../../../api/api-error';

/** Splits a failed action into a message for one field and a message for the whole form. */
export function actionError(error: unknown, field?: string) {
  if (!error) return { fieldMessage: undefined, formMessage: undefined };
  const fieldMessage = field && isApiError(error) ? error.fieldError(field) : undefined;
  return { fieldMessage, formMessage: fieldMessage ? undefined : describeError(error) };
}
