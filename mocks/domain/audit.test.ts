import { describe, expect, it } from 'vitest';
import { appendAudit, AUDIT_LIMIT, listAudit, type AuditEntry } from './audit';

function entry(overrides: Partial<AuditEntry> = {}): Omit<AuditEntry, 'id'> {
  return {
    at: '2026-11-22T10:00:00.000Z',
    actor: 'Megan Admin',
    role: 'TeamsAdministrator',
    action: 'resetConferenceId',
    targetUserId: 'u1',
    targetName: 'Amos Marble',
    outcome: 'succeeded',
    reason: null,
    ...overrides,
  };
}

describe('A2 audit log', () => {
  it('A2: lists newest first, with who, role, action, target, when and outcome', () => {
    const log: AuditEntry[] = [];
    appendAudit(log, entry({ at: '2026-11-22T10:00:00.000Z' }), 1);
    appendAudit(log, entry({ at: '2026-11-22T10:05:00.000Z', action: 'resetPin' }), 2);
    const listed = listAudit(log);
    expect(listed.map((e) => e.id)).toEqual(['audit-2', 'audit-1']);
    expect(listed[0]).toMatchObject({
      actor: 'Megan Admin',
      role: 'TeamsAdministrator',
      action: 'resetPin',
      targetName: 'Amos Marble',
      outcome: 'succeeded',
    });
  });

  it('A2: filters by user and by action, together or apart', () => {
    const log: AuditEntry[] = [];
    appendAudit(log, entry({ targetUserId: 'u1', action: 'resetPin' }), 1);
    appendAudit(log, entry({ targetUserId: 'u2', action: 'resetPin' }), 2);
    appendAudit(log, entry({ targetUserId: 'u1', action: 'lockPin' }), 3);
    expect(listAudit(log, { userId: 'u1' }).map((e) => e.id)).toEqual(['audit-3', 'audit-1']);
    expect(listAudit(log, { action: 'resetPin' }).map((e) => e.id)).toEqual(['audit-2', 'audit-1']);
    expect(listAudit(log, { userId: 'u1', action: 'resetPin' }).map((e) => e.id)).toEqual([
      'audit-1',
    ]);
    expect(listAudit(log, { userId: 'nobody' })).toEqual([]);
  });

  it('A2: keeps the newest entries when the log is full', () => {
    const log: AuditEntry[] = [];
    for (let i = 1; i <= AUDIT_LIMIT + 3; i++) appendAudit(log, entry(), i);
    expect(log).toHaveLength(AUDIT_LIMIT);
    expect(log[0]!.id).toBe('audit-4');
    expect(listAudit(log)[0]!.id).toBe(`audit-${AUDIT_LIMIT + 3}`);
  });
});
