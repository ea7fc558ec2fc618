import type { Audience } from './auth/token-provider';
import type { UsersListQuery } from './contract/user-list';

/**
 * Query keys per API resource, shaped [resource, verb, params] so that one prefix invalidates
 * every list. Shared because several features read and change the same users.
 */
export const userKeys = {
  all: ['users'] as const,
  lists: () => [...userKeys.all, 'list'] as const,
  list: (params: UsersListQuery) => [...userKeys.lists(), params] as const,
  detail: (id: string) => [...userKeys.all, 'detail', id] as const,
  filterOptions: () => [...userKeys.all, 'filter-options'] as const,
};

export const emailKeys = {
  all: ['emails'] as const,
  list: () => [...emailKeys.all, 'list'] as const,
};

export const bridgeKeys = {
  all: ['bridge'] as const,
  settings: () => [...bridgeKeys.all, 'settings'] as const,
};

export const meetingKeys = {
  all: ['meetings'] as const,
  list: () => [...meetingKeys.all, 'list'] as const,
};

export const pinPolicyKeys = {
  all: ['pin-policies'] as const,
  list: () => [...pinPolicyKeys.all, 'list'] as const,
};

export const meKeys = {
  all: ['me'] as const,
  current: (audience: Audience) => [...meKeys.all, 'current', audience] as const,
};

export const auditKeys = {
  all: ['audit-log'] as const,
  list: () => [...auditKeys.all, 'list'] as const,
};

/** M1–M4: a user's scheduled meetings and timeline; the meeting migrations. */
export const userMeetingKeys = {
  all: ['user-meetings'] as const,
  meetings: (userId: string) => [...userMeetingKeys.all, 'meetings', userId] as const,
  activity: (userId: string) => [...userMeetingKeys.all, 'activity', userId] as const,
  migrations: (state: string | undefined) =>
    [...userMeetingKeys.all, 'migrations', state ?? 'all'] as const,
};

/** Mock mode only: the test hooks' state. */
export const mockKeys = {
  all: ['mock'] as const,
  faults: () => [...mockKeys.all, 'faults'] as const,
  state: () => [...mockKeys.all, 'state'] as const,
  tokens: (search: string) => [...mockKeys.all, 'tokens', search] as const,
  clock: () => [...mockKeys.all, 'clock'] as const,
};

export const jobKeys = {
  all: ['jobs'] as const,
  list: () => [...jobKeys.all, 'list'] as const,
  detail: (id: string) => [...jobKeys.all, 'detail', id] as const,
  results: (id: string, params: object) => [...jobKeys.all, 'results', id, params] as const,
  preview: (body: object) => [...jobKeys.all, 'preview', body] as const,
};
