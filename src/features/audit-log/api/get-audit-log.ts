import { useQuery } from '@tanstack/react-query';
import { auditLogSchema, endpoints } from '../../../api/contract';
import { request } from '../../../api/http-client';
import { auditKeys } from '../../../api/query-keys';

export function getAuditLog(signal?: AbortSignal) {
  return request(endpoints.auditLog, auditLogSchema, { signal });
}

export function useAuditLog() {
  return useQuery({ queryKey: auditKeys.list(), queryFn: ({ signal }) => getAuditLog(signal) });
}
