/** Users: the list, one user with their Audio Conferencing settings and PIN status. */
import { z } from 'zod/mini';
import { dialOutSchema, providerSchema } from './common';
import { effectivePinPolicySchema } from './pin-policies';
import { defineRoute } from './route';
import { listUsersParamsSchema, userFilterOptionsSchema } from './user-list';

export const actionNameSchema = z.enum([
  'resetConferenceId',
  'setConferenceId',
  'resetPin',
  'lockPin',
  'unlockPin',
  'sendConferenceInfo',
]);
export type ActionName = z.infer<typeof actionNameSchema>;

/** Whether an action can be taken on a user now, and if not, why (in words for the admin). */
export const actionAvailabilitySchema = z.object({
  available: z.boolean(),
  reason: z.nullable(z.string()),
});
export type ActionAvailability = z.infer<typeof actionAvailabilitySchema>;

export const userSummarySchema = z.object({
  id: z.string(),
  displayName: z.string(),
  email: z.nullable(z.string()),
  department: z.string(),
  site: z.string(),
  audioConferencingEnabled: z.boolean(),
  provider: providerSchema,
  conferenceId: z.nullable(z.string()),
  pinSet: z.boolean(),
  pinLocked: z.boolean(),
});
export type UserSummary = z.infer<typeof userSummarySchema>;

export const usersPageSchema = z.object({
  items: z.array(userSummarySchema),
  total: z.int().check(z.nonnegative()),
  page: z.int().check(z.positive()),
  pageSize: z.int().check(z.positive()),
});
export type UsersPage = z.infer<typeof usersPageSchema>;

export const audioConferencingSchema = z.object({
  enabled: z.boolean(),
  provider: providerSchema,
  thirdPartyProviderName: z.nullable(z.string()),
  conferenceId: z.nullable(z.string()),
  tollNumber: z.nullable(z.string()),
  tollFreeNumber: z.nullable(z.string()),
  allowUnauthenticatedStart: z.boolean(),
  dialOut: dialOutSchema,
});
export type AudioConferencing = z.infer<typeof audioConferencingSchema>;

/** PIN status only (P6): the PIN itself is never part of a user. */
export const pinStatusSchema = z.object({
  isSet: z.boolean(),
  isLocked: z.boolean(),
  lastChangedAt: z.nullable(z.string()),
});
export type PinStatus = z.infer<typeof pinStatusSchema>;

export const userDetailSchema = z.object({
  id: z.string(),
  etag: z.string(),
  displayName: z.string(),
  givenName: z.string(),
  surname: z.string(),
  email: z.nullable(z.string()),
  sipAddress: z.string(),
  lineUri: z.nullable(z.string()),
  department: z.string(),
  site: z.string(),
  audioConferencing: audioConferencingSchema,
  pin: pinStatusSchema,
  /** P4: the PIN policy that applies, and where it comes from. */
  pinPolicy: effectivePinPolicySchema,
  actions: z.record(actionNameSchema, actionAvailabilitySchema),
});
export type UserDetail = z.infer<typeof userDetailSchema>;

const userIdParam = { userId: 'The user’s id (from the users list).' };

export const listUsersRoute = defineRoute({
  operationId: 'listUsers',
  method: 'get',
  path: '/users',
  summary: 'A page of users',
  description:
    'Search (the start of any word of the name, SIP address, line URI or email; several words must all match), filter clauses (`property:eq|ne:value`, one `filter` parameter each, combined with AND), sort and page. The server counts the matches.',
  tag: 'Users',
  access: 'admin',
  query: listUsersParamsSchema,
  response: usersPageSchema,
  responseDescription: 'The page and the number of users that match.',
});

export const getUserRoute = defineRoute({
  operationId: 'getUser',
  method: 'get',
  path: '/users/:userId',
  summary: 'One user',
  description:
    'The user’s Audio Conferencing settings, PIN status (never a PIN), effective PIN policy and which actions apply now. The `ETag` is what a change sends back in `If-Match`.',
  tag: 'Users',
  access: 'admin',
  params: userIdParam,
  response: userDetailSchema,
  responseDescription: 'The user.',
  etag: true,
  cache: 'no-cache',
});

export const userFilterOptionsRoute = defineRoute({
  operationId: 'getUserFilterOptions',
  method: 'get',
  path: '/user-filter-options',
  summary: 'The values a filter clause can take',
  tag: 'Users',
  access: 'admin',
  response: userFilterOptionsSchema,
  responseDescription: 'The tenant’s sites and departments.',
});

export { userIdParam };
