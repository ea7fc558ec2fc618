/** A user's Audio Conferencing: the Edit form, conference IDs (C1–C5) and the conference info (E2). */
import { z } from 'zod/mini';
import { dialOutSchema, emailOutcomeSchema, providerSchema, sentEmailSchema } from './common';
import { defineRoute } from './route';
import { meetingsAfterChangeSchema } from './meetings';
import { userDetailSchema, userIdParam } from './users';

export const resetConferenceIdResponseSchema = z.object({
  user: userDetailSchema,
  previousConferenceId: z.nullable(z.string()),
  email: emailOutcomeSchema,
  /** M2: the meeting invites that carry the old ID, and whether a migration will update them. */
  meetings: meetingsAfterChangeSchema,
});
export type ResetConferenceIdResponse = z.infer<typeof resetConferenceIdResponseSchema>;

/** Set a specific conference ID (C3). Checked by the server, so every refusal has its words. */
export const setConferenceIdRequestSchema = z.object({
  conferenceId: z.string().check(z.maxLength(50)),
});
export type SetConferenceIdRequest = z.infer<typeof setConferenceIdRequestSchema>;

/** The Edit form of the Audio Conferencing settings. */
export const updateAudioConferencingRequestSchema = z.object({
  enabled: z.boolean(),
  provider: providerSchema,
  thirdPartyProviderName: z.nullable(z.string().check(z.maxLength(100))),
  tollNumber: z.nullable(z.string().check(z.maxLength(20))),
  tollFreeNumber: z.nullable(z.string().check(z.maxLength(20))),
  allowUnauthenticatedStart: z.boolean(),
  dialOut: dialOutSchema,
});
export type UpdateAudioConferencingRequest = z.infer<typeof updateAudioConferencingRequestSchema>;

export const updateAudioConferencingResponseSchema = z.object({
  user: userDetailSchema,
  previousConferenceId: z.nullable(z.string()),
  /** The E1 email the change sent (welcome or removal), or null if the change needs none. */
  email: z.nullable(emailOutcomeSchema),
  /** M2: as after a reset, when the dial-in information changed. */
  meetings: meetingsAfterChangeSchema,
});
export type UpdateAudioConferencingResponse = z.infer<typeof updateAudioConferencingResponseSchema>;

export const sendConferenceInfoRequestSchema = z.object({
  /** E3: another address instead of the user's primary SMTP address. */
  to: z.optional(z.string().check(z.maxLength(320))),
});
export type SendConferenceInfoRequest = z.infer<typeof sendConferenceInfoRequestSchema>;

export const sendConferenceInfoResponseSchema = z.object({ email: sentEmailSchema });
export type SendConferenceInfoResponse = z.infer<typeof sendConferenceInfoResponseSchema>;

export const updateAudioConferencingRoute = defineRoute({
  operationId: 'updateAudioConferencing',
  method: 'put',
  path: '/users/:userId/audio-conferencing',
  summary: 'Save the Edit form',
  description:
    'Enabled, provider, toll and toll-free numbers, unauthenticated start and dial-out. Turning the Microsoft bridge on gives the user a conference ID and a welcome email; turning it off retires the ID at once (C1, C5, E1).',
  tag: 'Users',
  access: 'admin',
  params: userIdParam,
  body: updateAudioConferencingRequestSchema,
  response: updateAudioConferencingResponseSchema,
  responseDescription: 'The user as saved, the ID they had before and the email sent.',
  ifMatch: true,
  idempotencyKey: true,
  cache: 'no-store',
});

export const resetConferenceIdRoute = defineRoute({
  operationId: 'resetConferenceId',
  method: 'post',
  path: '/users/:userId/conference-id/reset',
  summary: 'Reset the conference ID',
  description:
    'A new random ID, never the current, one in use or a retired one; the old ID is retired at once (C2). The user is emailed the new ID, without a PIN, when automatic emails are on (E1).',
  tag: 'Conference IDs',
  access: 'admin',
  params: userIdParam,
  response: resetConferenceIdResponseSchema,
  responseDescription: 'The user with the new ID, the retired ID and the email sent.',
  ifMatch: true,
  idempotencyKey: true,
  cache: 'no-store',
  refusals: [409],
});

export const setConferenceIdRoute = defineRoute({
  operationId: 'setConferenceId',
  method: 'post',
  path: '/users/:userId/conference-id',
  summary: 'Set a specific conference ID',
  description:
    'Digits only (ASCII 0–9), exactly the bridge length, not in use and never used before (C3). Refusals name the field.',
  tag: 'Conference IDs',
  access: 'admin',
  params: userIdParam,
  body: setConferenceIdRequestSchema,
  response: resetConferenceIdResponseSchema,
  responseDescription: 'The user with the new ID, the retired ID and the email sent.',
  ifMatch: true,
  idempotencyKey: true,
  cache: 'no-store',
  refusals: [409],
});

export const sendConferenceInfoRoute = defineRoute({
  operationId: 'sendConferenceInfo',
  method: 'post',
  path: '/users/:userId/conference-info/send',
  summary: 'Send the conference info in email',
  description:
    'The conference ID and the default dial-in numbers, never the PIN, whatever the automatic-email setting says (E2), to the primary address or `to` (E3, E4).',
  tag: 'Conference IDs',
  access: 'admin',
  params: userIdParam,
  body: sendConferenceInfoRequestSchema,
  response: sendConferenceInfoResponseSchema,
  responseDescription: 'The email as sent.',
  idempotencyKey: true,
  cache: 'no-store',
  refusals: [409],
});
