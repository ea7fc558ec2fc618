/**
 * Bulk jobs, before they start (PRODUCT.md J1, J2, J4, J8): who a job would change, who it would
 * skip and why — the single actions' own rules, applied to many users — and the rows of a CSV
 * import checked one by one. Each user's step checks the rules again when it runs (J2).
 */
import { identityOf } from '../../src/lib/powershell';
import { conferencingUnavailableReason, pinResetUnavailableReason } from './availability';
import { conferenceIdProblem } from './set-conference-id';
import type { Tenant, UserRecord } from './types';

import { BULK_ACTIONS, type BulkAction } from '../../src/api/contract/jobs';

/** The actions a bulk job applies (J1); `importConferenceIds` comes from a CSV file (J8). */
export { BULK_ACTIONS, type BulkAction };

/** J2 + J4: why `action` would skip this user, in the single action's words; null if it applies. */
export function bulkSkipReason(user: UserRecord, action: BulkAction): string | null {
  const name = user.displayName;
  switch (action) {
    case 'resetConferenceIds':
      return conferencingUnavailableReason(user);
    case 'resetPins':
      // J4: a bulk reset shows no PIN, so it can reach a user only by email.
      return (
        pinResetUnavailableReason(user) ??
        (user.email
          ? null
          : `${name} has no mailbox, so a bulk reset couldn't tell them their new PIN. Reset their PIN on their own to see it.`)
      );
    case 'sendConferenceInfo':
      return (
        conferencingUnavailableReason(user) ??
        (user.email
          ? null
          : `${name} has no mailbox, so there is nowhere to send the conference info.`)
      );
    case 'unlockPins':
      return user.pin.locked ? null : `${name}'s PIN isn't locked.`;
  }
}

export interface SkippedUser {
  userId: string;
  displayName: string;
  reason: string;
}

export interface BulkPreview {
  /** How many users the job would change (J2: `N users will change`). */
  willChange: number;
  /** How many it would skip (`M will be skipped`). */
  skippedCount: number;
  /** The skipped users with their reasons, the first `limit` of them, in the order given. */
  skipped: SkippedUser[];
  /** Ids the tenant doesn't hold: never part of a job. */
  unknownUserIds: string[];
}

/** J2: the preview of `action` over `userIds` (the selection, or every matching user). */
export function previewBulkJob(
  tenant: Tenant,
  action: BulkAction,
  userIds: readonly string[],
  limit = 1000,
): BulkPreview {
  const preview: BulkPreview = { willChange: 0, skippedCount: 0, skipped: [], unknownUserIds: [] };
  const seen = new Set<string>();
  for (const userId of userIds) {
    if (seen.has(userId)) continue;
    seen.add(userId);
    const user = tenant.usersById.get(userId);
    if (!user) {
      preview.unknownUserIds.push(userId);
      continue;
    }
    const reason = bulkSkipReason(user, action);
    if (reason === null) {
      preview.willChange++;
      continue;
    }
    preview.skippedCount++;
    if (preview.skipped.length < limit) {
      preview.skipped.push({ userId, displayName: user.displayName, reason });
    }
  }
  return preview;
}

/** The sign-in name a CSV names a user by: their SIP address without `sip:`. */
export function userPrincipalName(user: UserRecord): string {
  return identityOf(user);
}

/** The most rows an import takes (J8). */
export const MAX_IMPORT_ROWS = 100_000;

export interface ImportRow {
  /** The line of the file, the header being line 1. */
  line: number;
  userPrincipalName: string;
  conferenceId: string;
}

export type CheckedImportRow = ImportRow &
  (
    | { valid: true; userId: string; displayName: string }
    | { valid: false; userId: string | null; displayName: string | null; reason: string }
  );

/**
 * J8: every row checked — unknown user, a user whose ID can't be managed, C3 format, in use,
 * retired, and the same user or the same ID twice in the file (the later row is the bad one).
 */
export function checkImportRows(tenant: Tenant, rows: readonly ImportRow[]): CheckedImportRow[] {
  const byName = new Map<string, UserRecord>();
  for (const user of tenant.users) byName.set(userPrincipalName(user).toLowerCase(), user);
  const firstLineOfUser = new Map<string, number>();
  const firstLineOfId = new Map<string, number>();
  return rows.map((row) => {
    const upn = row.userPrincipalName.trim();
    const id = row.conferenceId.trim();
    const bad = (reason: string, user: UserRecord | null = null): CheckedImportRow => ({
      ...row,
      valid: false,
      userId: user?.id ?? null,
      displayName: user?.displayName ?? null,
      reason,
    });
    if (upn === '') return bad('The row names no user (UserPrincipalName is empty).');
    const user = byName.get(upn.toLowerCase());
    if (!user) return bad(`No user signs in as ${upn}.`);
    const unavailable = conferencingUnavailableReason(user);
    if (unavailable) return bad(unavailable, user);
    const earlierUser = firstLineOfUser.get(user.id);
    if (earlierUser !== undefined) {
      return bad(`${user.displayName} is on line ${earlierUser} already.`, user);
    }
    firstLineOfUser.set(user.id, row.line);
    const problem = conferenceIdProblem(tenant, user, id);
    if (problem) return bad(problem, user);
    const earlierId = firstLineOfId.get(id);
    if (earlierId !== undefined) {
      return bad(`Conference ID ${id} is on line ${earlierId} already.`, user);
    }
    firstLineOfId.set(id, row.line);
    return {
      ...row,
      conferenceId: id,
      valid: true,
      userId: user.id,
      displayName: user.displayName,
    };
  });
}
