import { HttpResponse } from 'msw';
import { AUDIT_ACTIONS, listAudit, type AuditAction } from '../domain/audit';
import type { MockServerParts } from './parts';

/** A2: GET /audit-log?userId=&action= — newest first. Holds no PIN and no email body. */
export function auditHandlers({ route, store }: MockServerParts) {
  return [
    route('get', '/audit-log', ({ request }) => {
      const params = new URL(request.url).searchParams;
      const action = params.get('action');
      const items = listAudit(store.read().auditLog, {
        userId: params.get('userId') ?? undefined,
        action: (AUDIT_ACTIONS as readonly string[]).includes(action ?? '')
          ? (action as AuditAction)
          : undefined,
      });
      return HttpResponse.json({ items }, { headers: { 'Cache-Control': 'no-store' } });
    }),
  ];
}
