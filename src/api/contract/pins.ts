/** Organizer PINs (P1–P7). A PIN is answered once, by a reset, and by no other route ever. */
import { z } from 'zod/mini';
import { emailOutcomeSchema } from './common';
import { defineRoute } from './route';
import { userDetailSchema, userIdParam } from './users';

/** Reset PIN options: a specific PIN (P3), whether to email it, another address (E3). */
export const resetPinRequestSchema = z.object({
  pin: z.optional(z.string().check(z.maxLength(50))),
  sendEmail: z.optional(z.boolean()),
  sendToAddress: z.optional(z.string().check(z.maxLength(320))),
});
export type ResetPinRequest = z.infer<typeof resetPinRequestSchema>;

/** The only answer that ever carries a PIN (P2). Served with Cache-Control: no-store. */
export const resetPinResponseSchema = z.object({
  user: userDetailSchema,
  pin: z.string().check(z.regex(/^\d+$/)),
  email: emailOutcomeSchema,
});
export type ResetPinResponse = z.infer<typeof resetPinResponseSchema>;

/** P3 checked live: what a specific PIN breaks under the user's policy. */
export const pinCheckRequestSchema = z.object({ pin: z.string().check(z.maxLength(50)) });
export const pinCheckSchema = z.object({ problems: z.array(z.string()) });
export type PinCheck = z.infer<typeof pinCheckSchema>;

export const resetPinRoute = defineRoute({
  operationId: 'resetPin',
  method: 'post',
  path: '/users/:userId/pin/reset',
  summary: 'Reset the PIN',
  description:
    'A generated PIN of the bridge’s PIN length, or a specific one checked against the effective policy (P1–P4). The PIN is in this answer only (P2). A locked PIN must be unlocked first (P5). A repeat with the same `Idempotency-Key` resets once and answers 409 `already_done`, without a PIN.',
  tag: 'PINs',
  access: 'admin',
  params: userIdParam,
  body: resetPinRequestSchema,
  response: resetPinResponseSchema,
  responseDescription: 'The user, the new PIN (shown once) and the email sent.',
  ifMatch: true,
  idempotencyKey: true,
  cache: 'no-store',
  refusals: [409],
});

export const checkPinRoute = defineRoute({
  operationId: 'checkPin',
  method: 'post',
  path: '/users/:userId/pin/check',
  summary: 'Check a specific PIN against the user’s policy',
  description:
    'Changes nothing: what the PIN breaks, in words, for a live check as it is typed (P3).',
  tag: 'PINs',
  access: 'admin',
  params: userIdParam,
  body: pinCheckRequestSchema,
  response: pinCheckSchema,
  responseDescription: 'Each rule the PIN breaks; none when it can be used.',
  cache: 'no-store',
});

export const lockPinRoute = defineRoute({
  operationId: 'lockPin',
  method: 'post',
  path: '/users/:userId/pin/lock',
  summary: 'Lock the PIN',
  tag: 'PINs',
  access: 'admin',
  params: userIdParam,
  response: userDetailSchema,
  responseDescription: 'The user, with the PIN locked (P5).',
  ifMatch: true,
  idempotencyKey: true,
  cache: 'no-store',
  refusals: [409],
});

export const unlockPinRoute = defineRoute({
  operationId: 'unlockPin',
  method: 'post',
  path: '/users/:userId/pin/unlock',
  summary: 'Unlock the PIN',
  tag: 'PINs',
  access: 'admin',
  params: userIdParam,
  response: userDetailSchema,
  responseDescription: 'The user, with the PIN unlocked (P5).',
  ifMatch: true,
  idempotencyKey: true,
  cache: 'no-store',
  refusals: [409],
});

export const resetMyPinRoute = defineRoute({
  operationId: 'resetMyPin',
  method: 'post',
  path: '/me/pin/reset',
  summary: 'Reset my own PIN',
  description:
    'Self-service (P7): the user the bearer token belongs to resets their own PIN and sees it once. Needs a user’s token, not an admin’s.',
  tag: 'Signed-in caller',
  access: 'user',
  response: resetPinResponseSchema,
  responseDescription: 'The user and the new PIN (shown once).',
  idempotencyKey: true,
  cache: 'no-store',
  refusals: [409],
});
