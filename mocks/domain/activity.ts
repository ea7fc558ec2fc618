/**
 * A user's own timeline, newest first: every change made to them (their audit entries), every
 * email sent about them and every state their meeting migrations went through. Built from what
 * the tenant keeps, none of which holds a PIN; an email is named by its subject, never its body.
 */
import { AUDIT_ACTION_LABEL } from '../../src/api/contract/audit';
import { MIGRATION_STATE_LABEL, type ActivityItem } from '../../src/api/contract/meetings';
import type { Tenant } from './types';

/** The most a timeline answers. */
export const ACTIVITY_LIMIT = 200;

export const MIGRATION_ACTOR = 'Meeting Migration Service';

const SAME_MOMENT_RANK = { email: 0, migration: 1, change: 2 } as const;

const OUTCOME_WORDS = { succeeded: '', refused: ' (refused)', forbidden: ' (forbidden)' } as const;

export function userActivity(tenant: Tenant, userId: string): ActivityItem[] {
  const items: ActivityItem[] = [];
  for (const entry of tenant.auditLog) {
    if (entry.targetUserId !== userId) continue;
    const reason = entry.reason ? `: ${entry.reason}` : '';
    const job = entry.jobId ? ` (bulk job ${entry.jobId})` : '';
    items.push({
      id: entry.id,
      at: entry.at,
      kind: 'change',
      summary: `${AUDIT_ACTION_LABEL[entry.action]}${OUTCOME_WORDS[entry.outcome]}${job}${reason}`,
      actor: entry.actor,
    });
  }
  for (const email of tenant.mailbox) {
    if (email.userId !== userId) continue;
    items.push({
      id: email.id,
      at: email.sentAt,
      kind: 'email',
      summary: `Email sent to ${email.to}: “${email.subject}”`,
      actor: 'Audio Conferencing',
    });
  }
  for (const migration of tenant.migrations) {
    if (migration.userId !== userId) continue;
    migration.history.forEach((event, index) => {
      items.push({
        id: `${migration.id}-${index + 1}`,
        at: event.at,
        kind: 'migration',
        summary: `Meeting migration ${MIGRATION_STATE_LABEL[event.state].toLowerCase()} (${migration.trigger}): ${event.message}`,
        actor: MIGRATION_ACTOR,
      });
    });
  }
  // Newest first. At one moment, as a change happens: its email is sent, its migration queued,
  // then the change is logged; within a kind, in the order they were made.
  const order = new Map(items.map((item, index) => [item, index]));
  items.sort(
    (a, b) =>
      b.at.localeCompare(a.at) ||
      SAME_MOMENT_RANK[b.kind] - SAME_MOMENT_RANK[a.kind] ||
      order.get(b)! - order.get(a)!,
  );
  return items.slice(0, ACTIVITY_LIMIT);
}
