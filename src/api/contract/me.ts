/** Who the bearer token belongs to. */
import { z } from 'zod/mini';
import { callerRoleSchema } from './common';
import { defineRoute } from './route';

/** GET /me: the caller, and whether they may change anything (A1). */
export const meSchema = z.object({
  displayName: z.string(),
  /** An admin role, or `User` for a user's own token (self-service). */
  role: callerRoleSchema,
  canChange: z.boolean(),
  /** The caller's user id for a user's token; null for an admin. */
  userId: z.nullable(z.string()),
});
export type Me = z.infer<typeof meSchema>;

export const getMeRoute = defineRoute({
  operationId: 'getMe',
  method: 'get',
  path: '/me',
  summary: 'Who is signed in',
  description:
    'The caller behind the bearer token: an admin (their role, and whether it may change anything) or a user (self-service).',
  tag: 'Signed-in caller',
  access: 'signed-in',
  response: meSchema,
  responseDescription: 'The caller.',
  cache: 'no-store',
});
