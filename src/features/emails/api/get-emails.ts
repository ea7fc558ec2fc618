import { queryOptions, useQuery } from '@tanstack/react-query';
import { listEmailsRoute } from '../../../api/contract/emails';
import { request } from '../../../api/http-client';
import { emailKeys } from '../../../api/query-keys';

export function getEmails(signal?: AbortSignal) {
  return request(listEmailsRoute, { signal });
}

export function emailsQueryOptions() {
  return queryOptions({
    queryKey: emailKeys.list(),
    queryFn: ({ signal }) => getEmails(signal),
  });
}

export function useEmails() {
  return useQuery(emailsQueryOptions());
}
