/** A2: the audit log — every change and every refused attempt. Never a PIN, never an email body. */
import { z } from 'zod/mini';
import { callerRoleSchema } from './common';
import { defineRoute } from './route';

/** Every change an admin can make through the API, named as the audit log names it. */
export const CHANGE_ACTIONS = [
  'resetConferenceId',
  'setConferenceId',
  'updateAudioConferencing',
  'resetPin',
  'lockPin',
  'unlockPin',
  'sendConferenceInfo',
  'updateBridgeSettings',
  'savePinPolicy',
  'removePinPolicy',
  'startJob',
  'cancelJob',
  'updateMeetings',
  'retryMeetingMigration',
] as const;
export type ChangeAction = (typeof CHANGE_ACTIONS)[number];

/** What the audit log records: every admin change, and a user's reset of their own PIN (P7). */
export const AUDIT_ACTIONS = [...CHANGE_ACTIONS, 'resetOwnPin'] as const;
export const auditActionSchema = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof auditActionSchema>;

/** Each action in words, as the audit log and a user's Activity name it. */
export const AUDIT_ACTION_LABEL: Record<AuditAction, string> = {
  resetConferenceId: 'Reset conference ID',
  setConferenceId: 'Set conference ID',
  updateAudioConferencing: 'Edit Audio Conferencing',
  resetPin: 'Reset PIN',
  lockPin: 'Lock PIN',
  unlockPin: 'Unlock PIN',
  sendConferenceInfo: 'Send conference info',
  updateBridgeSettings: 'Save bridge settings',
  savePinPolicy: 'Save PIN policy',
  removePinPolicy: 'Remove PIN policy',
  resetOwnPin: 'Reset own PIN',
  startJob: 'Start bulk job',
  cancelJob: 'Cancel bulk job',
  updateMeetings: 'Update meetings',
  retryMeetingMigration: 'Retry meeting migration',
};

/**
 * S1: the PowerShell a change is — the current cmdlet(s), in order, and what they can't do (a
 * retired parameter, a license). Never a PIN.
 */
export const powerShellSchema = z.object({
  commands: z.array(z.string()),
  notes: z.array(z.string()),
});
export type PowerShellView = z.infer<typeof powerShellSchema>;

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  /** Who: the signed-in admin's name, or the user's own. */
  actor: z.string(),
  role: callerRoleSchema,
  action: auditActionSchema,
  /** The user changed, or null for a tenant setting (bridge, global policy). */
  targetUserId: z.nullable(z.string()),
  targetName: z.string(),
  outcome: z.enum(['succeeded', 'refused', 'forbidden']),
  /** Why it was refused, in the server's words (which never hold a PIN); null on success. */
  reason: z.nullable(z.string()),
  /** J3: the bulk job whose step this was; absent for a change made on its own. */
  jobId: z.optional(z.string()),
  /** S1: the PowerShell of a change that succeeded, with the values it was made with. */
  powerShell: z.optional(powerShellSchema),
});
export type AuditEntryView = z.infer<typeof auditEntrySchema>;
export const auditLogSchema = z.object({ items: z.array(auditEntrySchema) });

export const auditLogQuerySchema = z.object({
  userId: z.optional(z.string().check(z.maxLength(100))),
  action: z.optional(auditActionSchema),
  jobId: z.optional(z.string().check(z.maxLength(100))),
});

export const getAuditLogRoute = defineRoute({
  operationId: 'getAuditLog',
  method: 'get',
  path: '/audit-log',
  summary: 'The audit log, newest first',
  tag: 'Audit log',
  access: 'admin',
  query: auditLogQuerySchema,
  response: auditLogSchema,
  responseDescription: 'The entries, newest first, of that user and action if given.',
  cache: 'no-store',
});
