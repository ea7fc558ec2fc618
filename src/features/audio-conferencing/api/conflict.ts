import type { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../../../api/api-error';
import { userKeys } from '../../../api/query-keys';

/** A4: after a stale write (412) the panel reloads the user, so the next try is made against it. */
export function reloadUserOnConflict(queryClient: QueryClient, userId: string) {
  return (error: unknown) => {
    if (isApiError(error) && error.status === 412) {
      void queryClient.invalidateQueries({ queryKey: userKeys.detail(userId) });
    }
  };
}
