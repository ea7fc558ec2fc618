import { HttpResponse } from 'msw';
import { listAudit } from '../domain/audit';
import { CHANGE_ACTIONS, type ChangeAction } from '../domain/roles';
import type { MockServerParts } from './parts';

/** A2: GET /audit-log?userId=&action= — newest first. Holds no PIN and no email body. */
export function auditHandlers({ route, store }: MockServerParts) {
  return [
    route('get', '/audit-log', ({ request }) => {
      const params = new URL(request.url).searchParams;
      const action = params.get('action');
      const items = listAudit(store.read().auditLog, {
        userId: params.get('userId') ?? undefined,
        action: (CHANGE_ACTIONS as readonly string[]).includes(action ?? '')
          ? (action as ChangeAction)
          : undefined,
      });
      return HttpResponse.json({ items }, { headers: { 'Cache-Control': 'no-store' } });
    }),
  ];
}
