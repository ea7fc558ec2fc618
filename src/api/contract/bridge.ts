/** The tenant's conference bridge (B1–B5). */
import { z } from 'zod/mini';
import { defineRoute } from './route';

export const serviceNumberSchema = z.object({
  number: z.string(),
  type: z.enum(['Toll', 'TollFree']),
  city: z.string(),
  country: z.string(),
});
export type ServiceNumber = z.infer<typeof serviceNumberSchema>;

export const bridgeSettingsSchema = z.object({
  conferenceIdLength: z.int().check(z.positive()),
  pinLength: z.int().check(z.minimum(4), z.maximum(12)),
  autoSendEmails: z.boolean(),
  entryExitNotifications: z.boolean(),
  announcementType: z.enum(['Tones', 'NamesOrPhoneNumbers']),
  askCallersToRecordName: z.boolean(),
  serviceNumbers: z.array(serviceNumberSchema),
  defaultTollNumber: z.string(),
  defaultTollFreeNumber: z.nullable(z.string()),
  /** M2: a change to a user's dial-in information queues a meeting migration (default on). */
  automaticallyUpdateMeetings: z.boolean(),
});
export type BridgeSettings = z.infer<typeof bridgeSettingsSchema>;

/** B2–B5 as the admin submits them; the PIN length range is the server's to check (B2). */
export const bridgeSettingsUpdateSchema = z.object({
  pinLength: z.number(),
  autoSendEmails: z.boolean(),
  entryExitNotifications: z.boolean(),
  announcementType: z.enum(['Tones', 'NamesOrPhoneNumbers']),
  askCallersToRecordName: z.boolean(),
  defaultTollNumber: z.string().check(z.maxLength(20)),
  defaultTollFreeNumber: z.nullable(z.string().check(z.maxLength(20))),
  /** M2; absent: left as it is (a client from before it existed). */
  automaticallyUpdateMeetings: z.optional(z.boolean()),
});
export type BridgeSettingsUpdate = z.infer<typeof bridgeSettingsUpdateSchema>;

export const getBridgeRoute = defineRoute({
  operationId: 'getBridgeSettings',
  method: 'get',
  path: '/bridge',
  summary: 'The bridge settings and its service numbers',
  tag: 'Bridge',
  access: 'admin',
  response: bridgeSettingsSchema,
  responseDescription: 'The bridge settings.',
});

export const updateBridgeRoute = defineRoute({
  operationId: 'updateBridgeSettings',
  method: 'put',
  path: '/bridge',
  summary: 'Save the bridge settings',
  description:
    'PIN length 4–12, for PINs generated afterwards (B2); automatic emails (B3); notifications (B4); the default dial-in numbers, from the service numbers (B5); whether meeting invites are updated automatically (M2).',
  tag: 'Bridge',
  access: 'admin',
  body: bridgeSettingsUpdateSchema,
  response: bridgeSettingsSchema,
  responseDescription: 'The bridge settings as saved.',
  idempotencyKey: true,
});
