import type { ResetConferenceIdResponse } from '../../src/api/contract/audio-conferencing';
import { conferencingUnavailableReason } from './availability';
import { assignConferenceId, retireConferenceId } from './conference-id';
import { staleWriteRefusal } from './concurrency';
import { endMeeting } from './dial-in';
import { conferenceIdChangedMessage, sendAutomaticEmail } from './email';
import { afterDialInChange } from './meeting-migration';
import { keepInvites } from './meetings';
import { fieldRefusal, ok, refuse, type Result } from './result';
import { touch } from './touch';
import type { DomainContext, Tenant, UserRecord } from './types';
import { findUser, toDetail } from './users';

/** C3: why an ID can't be this user's, in words for the field, or null if it can. */
export function conferenceIdProblem(
  tenant: Tenant,
  user: UserRecord,
  value: string,
): string | null {
  const length = tenant.bridge.conferenceIdLength;
  if (value === '') return 'Enter a conference ID.';
  // ASCII digits only: not letters, spaces, + or -, nor the digits of other scripts.
  if (!/^[0-9]+$/.test(value))
    return `A conference ID has only the digits 0–9 (${length} of them).`;
  if (value.length !== length) {
    return `A conference ID has exactly ${length} digits; this one has ${value.length}.`;
  }
  if (value === user.audio.conferenceId)
    return `That is already ${user.displayName}'s conference ID.`;
  // Names no one: the admin learns only that it is taken.
  if (tenant.assignedConferenceIds.has(value))
    return 'That conference ID is in use. Choose another.';
  if (tenant.retiredConferenceIds.has(value)) {
    return 'That conference ID was used before and is retired. Choose another.';
  }
  return null;
}

/** C3 + C2 + C4 + E1: an easy-to-remember ID; the old one is retired and the user emailed. */
export function setConferenceId(
  tenant: Tenant,
  ctx: DomainContext,
  userId: string,
  conferenceId: string,
  ifMatch?: string,
): Result<ResetConferenceIdResponse> {
  const found = findUser(tenant, userId);
  if (!found.ok) return found;
  const user = found.value;
  const unavailable = conferencingUnavailableReason(user);
  if (unavailable) return refuse('unavailable', unavailable);
  const stale = staleWriteRefusal(user, ifMatch);
  if (stale) return stale;
  const problem = conferenceIdProblem(tenant, user, conferenceId);
  if (problem) return fieldRefusal('conferenceId', problem);

  return ok(replaceConferenceId(tenant, ctx, user, conferenceId, 'Conference ID set'));
}

/**
 * C2 + C4 + E1 + M2: gives the user `next`; the old ID stops working at once (its meeting ends, it
 * is retired for good), the user is emailed the new ID and numbers, never a PIN, and a meeting
 * migration is queued for the invites that carry the old one.
 */
export function replaceConferenceId(
  tenant: Tenant,
  ctx: DomainContext,
  user: UserRecord,
  next: string,
  trigger: string,
): ResetConferenceIdResponse {
  const previous = user.audio.conferenceId;
  keepInvites(tenant, user);
  if (previous) {
    endMeeting(tenant, previous);
    retireConferenceId(tenant, previous);
  }
  assignConferenceId(tenant, user.id, next);
  user.audio.conferenceId = next;
  touch(tenant, user);
  const email = sendAutomaticEmail(
    tenant,
    ctx,
    user,
    conferenceIdChangedMessage(tenant, user),
    'the new conference ID',
  );
  const meetings = afterDialInChange(tenant, user, trigger, ctx.now().getTime());
  return { user: toDetail(user, tenant), previousConferenceId: previous, email, meetings };
}
