import { HttpResponse } from 'msw';
import { getAuditLogRoute } from '../../src/api/contract/audit';
import { identityOf, powerShellFor, type PowerShellAction } from '../../src/lib/powershell';
import { listAudit, type AuditEntry } from '../domain/audit';
import type { Tenant } from '../domain/types';
import type { MockServerParts } from './parts';

/** A2: GET /audit-log?userId=&action= — newest first. Holds no PIN and no email body. */
export function auditHandlers({ router: { route }, store }: MockServerParts) {
  return [
    route(getAuditLogRoute, ({ query }) => {
      const tenant = store.read();
      return HttpResponse.json({
        items: listAudit(tenant.auditLog, query).map(withStepPowerShell(tenant)),
      });
    }),
  ];
}

/**
 * S1: a bulk job's step shows the single action's PowerShell for its user (J3). It is made when
 * the log is read, not when the step runs: a job of 100,000 users would otherwise make and keep
 * 100,000 commands, most of which the log drops (AUDIT_LIMIT).
 */
function withStepPowerShell(tenant: Tenant) {
  /** An import's conference ID per user, by job: looked up once per job and read. */
  const imported = new Map<string, Map<string, string>>();
  const importedId = (jobId: string, userId: string) => {
    let ids = imported.get(jobId);
    if (!ids) {
      ids = new Map();
      for (const step of tenant.jobs.find((job) => job.id === jobId)?.steps ?? []) {
        if (step.conferenceId !== undefined) ids.set(step.userId, step.conferenceId);
      }
      imported.set(jobId, ids);
    }
    return ids.get(userId) ?? null;
  };
  return (entry: AuditEntry): AuditEntry => {
    const { jobId, targetUserId } = entry;
    if (entry.powerShell || !jobId || targetUserId === null || entry.outcome !== 'succeeded') {
      return entry;
    }
    const user = tenant.usersById.get(targetUserId);
    if (!user) return entry;
    const change = stepChange(entry, identityOf(user), () => importedId(jobId, targetUserId));
    return change ? { ...entry, powerShell: powerShellFor(change) } : entry;
  };
}

/** What a job's step was as a single action, by the action its entry names. */
function stepChange(
  entry: AuditEntry,
  identity: string,
  importedId: () => string | null,
): PowerShellAction | null {
  switch (entry.action) {
    case 'resetConferenceId':
    case 'unlockPin':
      return { action: entry.action, identity };
    case 'resetPin':
      // J4: a bulk PIN reset always emails the user.
      return { action: 'resetPin', identity, sendEmail: true };
    case 'sendConferenceInfo':
      return { action: 'sendConferenceInfo', identity };
    case 'setConferenceId': {
      const conferenceId = importedId();
      return conferenceId === null ? null : { action: 'setConferenceId', identity, conferenceId };
    }
    default:
      return null;
  }
}
