import type { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../../../api/api-error';
import { userKeys } from '../../../api/query-keys';

/**
 * A4: after a stale write (412) the panel reloads the user, so the next try is made against it;
 * so it does when a retry finds the change already done (a PIN reset whose answer was lost).
 */
export function reloadUserOnConflict(queryClient: QueryClient, userId: string) {
  return (error: unknown) => {
    if (isApiError(error) && (error.status === 412 || error.code === 'already_done')) {
      void queryClient.invalidateQueries({ queryKey: userKeys.detail(userId) });
    }
  };
}
