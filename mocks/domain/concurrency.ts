import { refuse, type Refusal } from './result';
import type { UserRecord } from './types';
import { etagOf } from './users';

/**
 * A4: a change made against an older version of the user is refused (412), so that nobody
 * overwrites what someone else saved in between. No If-Match (undefined): no check.
 */
export function staleWriteRefusal(user: UserRecord, ifMatch: string | undefined): Refusal | null {
  if (ifMatch === undefined || ifMatch === '*' || ifMatch === etagOf(user)) return null;
  return refuse(
    'precondition_failed',
    `Someone else changed ${user.displayName} after you opened them. Their latest settings are loaded; check them and try again.`,
  );
}
