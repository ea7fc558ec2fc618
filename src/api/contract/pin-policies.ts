/** P4: PIN policies — global, per site and per user; the effective one is user › site › global. */
import { z } from 'zod/mini';
import { defineRoute } from './route';

export const pinPolicySchema = z.object({
  minimumLength: z.int().check(z.minimum(4), z.maximum(24)),
  allowCommonPatterns: z.boolean(),
  maximumLogonAttempts: z.int().check(z.minimum(1), z.maximum(100)),
});
export type PinPolicy = z.infer<typeof pinPolicySchema>;

export const pinPolicySourceSchema = z.enum(['user', 'site', 'global']);
export type PinPolicySource = z.infer<typeof pinPolicySourceSchema>;

/** The policy that applies to a user, and where it comes from (user › site › global). */
export const effectivePinPolicySchema = z.object({
  policy: pinPolicySchema,
  source: pinPolicySourceSchema,
  /** The site's name for a site policy, the user's name for a user policy. */
  scope: z.nullable(z.string()),
});
export type EffectivePinPolicy = z.infer<typeof effectivePinPolicySchema>;

export const pinPoliciesSchema = z.object({
  global: pinPolicySchema,
  sites: z.array(z.object({ site: z.string(), policy: pinPolicySchema })),
  users: z.array(
    z.object({ userId: z.string(), displayName: z.string(), policy: pinPolicySchema }),
  ),
  /** The tenant's sites, for adding a site policy. */
  availableSites: z.array(z.string()),
});
export type PinPolicies = z.infer<typeof pinPoliciesSchema>;

/** A policy as the admin typed it: ranges are checked by the server, with field messages. */
export const pinPolicyInputSchema = z.object({
  minimumLength: z.number(),
  allowCommonPatterns: z.boolean(),
  maximumLogonAttempts: z.number(),
});
export type PinPolicyInput = z.infer<typeof pinPolicyInputSchema>;

const siteParam = { site: 'The site’s name, as users carry it.' };
const userParam = { userId: 'The user’s id.' };
const answer = 'Every PIN policy, as they are now.';

export const listPinPoliciesRoute = defineRoute({
  operationId: 'listPinPolicies',
  method: 'get',
  path: '/pin-policies',
  summary: 'The PIN policies',
  tag: 'PIN policies',
  access: 'admin',
  response: pinPoliciesSchema,
  responseDescription: answer,
});

export const saveGlobalPinPolicyRoute = defineRoute({
  operationId: 'saveGlobalPinPolicy',
  method: 'put',
  path: '/pin-policies/global',
  summary: 'Save the global PIN policy',
  tag: 'PIN policies',
  access: 'admin',
  body: pinPolicyInputSchema,
  response: pinPoliciesSchema,
  responseDescription: answer,
  idempotencyKey: true,
});

export const saveSitePinPolicyRoute = defineRoute({
  operationId: 'saveSitePinPolicy',
  method: 'put',
  path: '/pin-policies/sites/:site',
  summary: 'Save a site’s PIN policy',
  tag: 'PIN policies',
  access: 'admin',
  params: siteParam,
  body: pinPolicyInputSchema,
  response: pinPoliciesSchema,
  responseDescription: answer,
  idempotencyKey: true,
});

export const removeSitePinPolicyRoute = defineRoute({
  operationId: 'removeSitePinPolicy',
  method: 'delete',
  path: '/pin-policies/sites/:site',
  summary: 'Remove a site’s PIN policy',
  tag: 'PIN policies',
  access: 'admin',
  params: siteParam,
  response: pinPoliciesSchema,
  responseDescription: answer,
  idempotencyKey: true,
});

export const saveUserPinPolicyRoute = defineRoute({
  operationId: 'saveUserPinPolicy',
  method: 'put',
  path: '/pin-policies/users/:userId',
  summary: 'Save a user’s own PIN policy',
  tag: 'PIN policies',
  access: 'admin',
  params: userParam,
  body: pinPolicyInputSchema,
  response: pinPoliciesSchema,
  responseDescription: answer,
  idempotencyKey: true,
});

export const removeUserPinPolicyRoute = defineRoute({
  operationId: 'removeUserPinPolicy',
  method: 'delete',
  path: '/pin-policies/users/:userId',
  summary: 'Remove a user’s own PIN policy',
  tag: 'PIN policies',
  access: 'admin',
  params: userParam,
  response: pinPoliciesSchema,
  responseDescription: answer,
  idempotencyKey: true,
});
