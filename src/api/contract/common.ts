/** Schemas several resources share. No schema of a GET response has a field that could carry a PIN. */
import { z } from 'zod/mini';

export const providerSchema = z.enum(['Microsoft', 'ThirdParty', 'None']);
export type Provider = z.infer<typeof providerSchema>;

export const dialOutSchema = z.enum(['InternationalAndDomestic', 'DomesticOnly', 'None']);
export type DialOut = z.infer<typeof dialOutSchema>;

/** Every error comes back in this one shape. */
export const apiErrorBodySchema = z.object({
  code: z.string(),
  message: z.string(),
  fieldErrors: z.optional(z.record(z.string(), z.array(z.string()))),
});
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;

/** What happened to the email an action may send (E1–E3). */
export const emailOutcomeSchema = z.object({
  sent: z.boolean(),
  to: z.nullable(z.string()),
  reason: z.nullable(z.string()),
});
export type EmailOutcome = z.infer<typeof emailOutcomeSchema>;

/** An email the service sent (E5): the mock keeps every one in its mailbox. */
export const sentEmailSchema = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  body: z.string(),
  sentAt: z.string(),
  userId: z.nullable(z.string()),
});
export type SentEmail = z.infer<typeof sentEmailSchema>;

/** A1: the admin roles. Teams Administrator and Teams Communications Administrator change; Global Reader views. */
export const ADMIN_ROLES = [
  'TeamsAdministrator',
  'TeamsCommunicationsAdministrator',
  'GlobalReader',
] as const;
export const adminRoleSchema = z.enum(ADMIN_ROLES);
export type AdminRole = z.infer<typeof adminRoleSchema>;
export const ROLE_LABEL: Record<AdminRole, string> = {
  TeamsAdministrator: 'Teams Administrator',
  TeamsCommunicationsAdministrator: 'Teams Communications Administrator',
  GlobalReader: 'Global Reader',
};

/** Who is calling: an admin's role, or a user acting for themselves (P7). */
export const callerRoleSchema = z.enum([...ADMIN_ROLES, 'User']);
export type CallerRole = z.infer<typeof callerRoleSchema>;
export const CALLER_ROLE_LABEL: Record<CallerRole, string> = {
  ...ROLE_LABEL,
  User: 'User (self-service)',
};
