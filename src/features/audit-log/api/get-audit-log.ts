import { useQuery } from '@tanstack/react-query';
import { getAuditLogRoute } from '../../../api/contract/audit';
import { request } from '../../../api/http-client';
import { auditKeys } from '../../../api/query-keys';

export function getAuditLog(signal?: AbortSignal) {
  return request(getAuditLogRoute, { signal });
}

export function useAuditLog() {
  return useQuery({ queryKey: auditKeys.list(), queryFn: ({ signal }) => getAuditLog(signal) });
}
