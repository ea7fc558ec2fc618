import { AUDIT_ACTIONS, type AuditAction, type PowerShellView } from '../../src/api/contract/audit';
import type { CallerRole } from '../../src/api/contract/common';

export { AUDIT_ACTIONS, type AuditAction };

/** A2: one change or refused attempt. Holds no PIN and no email body, ever. */
export interface AuditEntry {
  id: string;
  at: string;
  /** Who: the signed-in admin's name, or the user's own. */
  actor: string;
  role: CallerRole;
  action: AuditAction;
  /** The user changed, or null for a tenant setting (bridge, global policy). */
  targetUserId: string | null;
  targetName: string;
  outcome: 'succeeded' | 'refused' | 'forbidden';
  /** Why it was refused, in the domain's words (which never hold a PIN); null on success. */
  reason: string | null;
  /** J3: the bulk job whose step this was. */
  jobId?: string;
  /** S1: the PowerShell of a change that succeeded, with the values it was made with. */
  powerShell?: PowerShellView;
}

/** Newest entries kept; older ones drop off, as a real log rotates. */
export const AUDIT_LIMIT = 5_000;

/** `trim: false` leaves the log longer than its limit until trimAudit: a bulk job's slice. */
export function appendAudit(
  log: AuditEntry[],
  entry: Omit<AuditEntry, 'id'>,
  nextNumber: number,
  trim = true,
): AuditEntry {
  const saved = { ...entry, id: `audit-${nextNumber}` };
  log.push(saved);
  if (trim) trimAudit(log);
  return saved;
}

export function trimAudit(log: AuditEntry[]): void {
  if (log.length > AUDIT_LIMIT) log.splice(0, log.length - AUDIT_LIMIT);
}

export interface AuditFilter {
  /** A user id: that user's entries only. */
  userId?: string;
  action?: AuditAction;
  jobId?: string;
}

/** Newest first, filtered by user and action. */
export function listAudit(log: readonly AuditEntry[], filter: AuditFilter = {}): AuditEntry[] {
  const result: AuditEntry[] = [];
  for (let i = log.length - 1; i >= 0; i--) {
    const entry = log[i]!;
    if (filter.userId && entry.targetUserId !== filter.userId) continue;
    if (filter.action && entry.action !== filter.action) continue;
    if (filter.jobId && entry.jobId !== filter.jobId) continue;
    result.push(entry);
  }
  return result;
}
