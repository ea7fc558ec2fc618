/**
 * The HTTP contract, declared once. The API client parses every response with these schemas and
 * the mock server parses every request with them, so the two cannot drift apart.
 * No schema of a GET response has a field that could carry a PIN.
 */
import { z } from 'zod/mini';

export const providerSchema = z.enum(['Microsoft', 'ThirdParty', 'None']);
export type Provider = z.infer<typeof providerSchema>;

export const dialOutSchema = z.enum(['InternationalAndDomestic', 'DomesticOnly', 'None']);
export type DialOut = z.infer<typeof dialOutSchema>;

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

export const serviceNumberSchema = z.object({
  number: z.string(),
  type: z.enum(['Toll', 'TollFree']),
  city: z.string(),
  country: z.string(),
});
export type ServiceNumber = z.infer<typeof serviceNumberSchema>;

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
  pinPolicy: z.lazy(() => effectivePinPolicySchema),
  actions: z.record(actionNameSchema, actionAvailabilitySchema),
});
export type UserDetail = z.infer<typeof userDetailSchema>;

export const bridgeSettingsSchema = z.object({
  conferenceIdLength: z.int(),
  pinLength: z.int().check(z.minimum(4), z.maximum(12)),
  autoSendEmails: z.boolean(),
  entryExitNotifications: z.boolean(),
  announcementType: z.enum(['Tones', 'NamesOrPhoneNumbers']),
  askCallersToRecordName: z.boolean(),
  serviceNumbers: z.array(serviceNumberSchema),
  defaultTollNumber: z.string(),
  defaultTollFreeNumber: z.nullable(z.string()),
});
export type BridgeSettings = z.infer<typeof bridgeSettingsSchema>;

/** B2–B5 as the admin submits them; the PIN length range is the mock's to check (B2). */
export const bridgeSettingsUpdateSchema = z.object({
  pinLength: z.number(),
  autoSendEmails: z.boolean(),
  entryExitNotifications: z.boolean(),
  announcementType: z.enum(['Tones', 'NamesOrPhoneNumbers']),
  askCallersToRecordName: z.boolean(),
  defaultTollNumber: z.string().check(z.maxLength(20)),
  defaultTollFreeNumber: z.nullable(z.string().check(z.maxLength(20))),
});
export type BridgeSettingsUpdate = z.infer<typeof bridgeSettingsUpdateSchema>;

/** P4: a PIN policy (global, per site or per user). */
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

/** A policy as the admin typed it: ranges are checked by the mock, with field messages. */
export const pinPolicyInputSchema = z.object({
  minimumLength: z.number(),
  allowCommonPatterns: z.boolean(),
  maximumLogonAttempts: z.number(),
});

/** P3 checked live: what a specific PIN breaks under the user's policy. */
export const pinCheckRequestSchema = z.object({ pin: z.string().check(z.maxLength(50)) });
export const pinCheckSchema = z.object({ problems: z.array(z.string()) });
export type PinCheck = z.infer<typeof pinCheckSchema>;

/** What happened to the email an action may send (E1–E3). */
export const emailOutcomeSchema = z.object({
  sent: z.boolean(),
  to: z.nullable(z.string()),
  reason: z.nullable(z.string()),
});
export type EmailOutcome = z.infer<typeof emailOutcomeSchema>;

export const resetConferenceIdResponseSchema = z.object({
  user: userDetailSchema,
  previousConferenceId: z.nullable(z.string()),
  email: emailOutcomeSchema,
});
export type ResetConferenceIdResponse = z.infer<typeof resetConferenceIdResponseSchema>;

/** Reset PIN options: a specific PIN (P3), whether to email it, another address (E3). */
export const resetPinRequestSchema = z.object({
  pin: z.optional(z.string().check(z.maxLength(50))),
  sendEmail: z.optional(z.boolean()),
  sendToAddress: z.optional(z.string().check(z.maxLength(320))),
});
export type ResetPinRequest = z.infer<typeof resetPinRequestSchema>;

/** The only response that ever carries a PIN (P2). Served with Cache-Control: no-store. */
export const resetPinResponseSchema = z.object({
  user: userDetailSchema,
  pin: z.string().check(z.regex(/^\d+$/)),
  email: emailOutcomeSchema,
});
export type ResetPinResponse = z.infer<typeof resetPinResponseSchema>;

export const sendConferenceInfoRequestSchema = z.object({
  to: z.optional(z.string().check(z.maxLength(320))),
});
export type SendConferenceInfoRequest = z.infer<typeof sendConferenceInfoRequestSchema>;

/** Set a specific conference ID (C3). Validated by the domain, so every refusal has its words. */
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
});
export type UpdateAudioConferencingResponse = z.infer<typeof updateAudioConferencingResponseSchema>;

export const meetingSchema = z.object({
  conferenceId: z.string(),
  organizerName: z.string(),
  started: z.boolean(),
  inMeeting: z.array(z.string()),
  inLobby: z.array(z.string()),
});
export type Meeting = z.infer<typeof meetingSchema>;

export const dialInRequestSchema = z.object({
  conferenceId: z.string().check(z.maxLength(50)),
  pin: z.optional(z.string().check(z.maxLength(50))),
});
export type DialInRequest = z.infer<typeof dialInRequestSchema>;

/** What the bridge answers a caller (D1–D2). A refusal is an answer, not an HTTP error. */
export const dialInResultSchema = z.object({
  outcome: z.enum(['started', 'joined', 'lobby', 'refused']),
  message: z.string(),
  meeting: z.nullable(meetingSchema),
});
export type DialInResult = z.infer<typeof dialInResultSchema>;

export const meetingsSchema = z.object({ items: z.array(meetingSchema) });
export type Meetings = z.infer<typeof meetingsSchema>;

export const sentEmailSchema = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  body: z.string(),
  sentAt: z.string(),
  userId: z.nullable(z.string()),
});
export type SentEmail = z.infer<typeof sentEmailSchema>;

export const sendConferenceInfoResponseSchema = z.object({
  email: sentEmailSchema,
});
export type SendConferenceInfoResponse = z.infer<typeof sendConferenceInfoResponseSchema>;

export const sentEmailsSchema = z.object({ items: z.array(sentEmailSchema) });
export type SentEmails = z.infer<typeof sentEmailsSchema>;

export const mockFaultsSchema = z.object({
  latencyMs: z.int().check(z.minimum(0), z.maximum(30_000)),
  failureRate: z.number().check(z.minimum(0), z.maximum(100)),
  /** Share of requests the server carries out whose answer never arrives (a network error). */
  dropRate: z.number().check(z.minimum(0), z.maximum(100)),
  offline: z.boolean(),
});
export type MockFaults = z.infer<typeof mockFaultsSchema>;
/** A normal network: no latency, no failures (what tests start from, and "Back to normal"). */
export const NO_FAULTS: MockFaults = { latencyMs: 0, failureRate: 0, dropRate: 0, offline: false };

/** A1: the admin roles. Teams Administrator and Teams Communications Administrator change; Global Reader views. */
export const ADMIN_ROLES = [
  'TeamsAdministrator',
  'TeamsCommunicationsAdministrator',
  'GlobalReader',
] as const;
export const adminRoleSchema = z.enum(ADMIN_ROLES);
export type AdminRole = z.infer<typeof adminRoleSchema>;

/** Mock mode: who is signed in, as "Signed in as" chose (a test hook, never subject to faults). */
const sessionUserSchema = z.object({ id: z.string(), displayName: z.string() });
export const mockSessionSchema = z.object({
  role: adminRoleSchema,
  actor: z.string(),
  /** Who the self-service page (/me/pin) acts for; null in a tenant without users. */
  selfServiceUser: z.nullable(sessionUserSchema),
  /** Whom "Signed in as" offers there: the first users by name, and the one signed in. */
  selfServiceChoices: z.array(sessionUserSchema),
});
/** Mock mode: what "Signed in as" changes; one of the two at a time. */
export const mockSessionUpdateSchema = z.union([
  z.object({ role: adminRoleSchema }),
  z.object({ selfServiceUserId: z.string() }),
]);
export type MockSessionUpdate = z.infer<typeof mockSessionUpdateSchema>;
export type MockSession = z.infer<typeof mockSessionSchema>;
export const ROLE_LABEL: Record<AdminRole, string> = {
  TeamsAdministrator: 'Teams Administrator',
  TeamsCommunicationsAdministrator: 'Teams Communications Administrator',
  GlobalReader: 'Global Reader',
};

/** GET /me: who is signed in, and whether their role may change anything (A1). */
export const meSchema = z.object({
  displayName: z.string(),
  role: adminRoleSchema,
  canChange: z.boolean(),
});
export type Me = z.infer<typeof meSchema>;

/** Who made an audited change: an admin's role, or a user acting for themselves (P7). */
export const auditRoleSchema = z.enum([...ADMIN_ROLES, 'User']);
export type AuditRole = z.infer<typeof auditRoleSchema>;
export const AUDIT_ROLE_LABEL: Record<AuditRole, string> = {
  ...ROLE_LABEL,
  User: 'User (self-service)',
};

/** A2: one audited change or refused attempt. No PIN, no email body. */
export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.string(),
  role: auditRoleSchema,
  action: z.string(),
  targetUserId: z.nullable(z.string()),
  targetName: z.string(),
  outcome: z.enum(['succeeded', 'refused', 'forbidden']),
  reason: z.nullable(z.string()),
});
export type AuditEntryView = z.infer<typeof auditEntrySchema>;
export const auditLogSchema = z.object({ items: z.array(auditEntrySchema) });

/** Every error comes back in this one shape. */
export const apiErrorBodySchema = z.object({
  code: z.string(),
  message: z.string(),
  fieldErrors: z.optional(z.record(z.string(), z.array(z.string()))),
});
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;

export const endpoints = {
  users: '/users',
  userFilterOptions: '/user-filter-options',
  user: (id: string) => `/users/${encodeURIComponent(id)}`,
  resetConferenceId: (id: string) => `/users/${encodeURIComponent(id)}/conference-id/reset`,
  setConferenceId: (id: string) => `/users/${encodeURIComponent(id)}/conference-id`,
  audioConferencing: (id: string) => `/users/${encodeURIComponent(id)}/audio-conferencing`,
  resetPin: (id: string) => `/users/${encodeURIComponent(id)}/pin/reset`,
  checkPin: (id: string) => `/users/${encodeURIComponent(id)}/pin/check`,
  lockPin: (id: string) => `/users/${encodeURIComponent(id)}/pin/lock`,
  unlockPin: (id: string) => `/users/${encodeURIComponent(id)}/pin/unlock`,
  pinPolicies: '/pin-policies',
  globalPinPolicy: '/pin-policies/global',
  sitePinPolicy: (site: string) => `/pin-policies/sites/${encodeURIComponent(site)}`,
  userPinPolicy: (id: string) => `/pin-policies/users/${encodeURIComponent(id)}`,
  myPinReset: '/me/pin/reset',
  sendConferenceInfo: (id: string) => `/users/${encodeURIComponent(id)}/conference-info/send`,
  bridge: '/bridge',
  emails: '/emails',
  dialIn: '/dial-in',
  meetings: '/dial-in/meetings',
  endMeeting: (conferenceId: string) => `/dial-in/meetings/${encodeURIComponent(conferenceId)}/end`,
  mockReset: '/_mock/reset',
  mockFaults: '/_mock/faults',
  mockSession: '/_mock/session',
  me: '/me',
  auditLog: '/audit-log',
} as const;
