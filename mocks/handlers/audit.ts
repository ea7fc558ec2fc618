import { HttpResponse } from 'msw';
import { getAuditLogRoute } from '../../src/api/contract/audit';
import { listAudit } from '../domain/audit';
import type { MockServerParts } from './parts';

/** A2: GET /audit-log?userId=&action= — newest first. Holds no PIN and no email body. */
export function auditHandlers({ router: { route }, store }: MockServerParts) {
  return [
    route(getAuditLogRoute, ({ query }) =>
      HttpResponse.json({ items: listAudit(store.read().auditLog, query) }),
    ),
  ];
}
