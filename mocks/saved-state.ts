/**
 * The mock's saved state in the browser's storage: a versioned envelope around the tenant's
 * snapshot, checked with the contract's schemas when it is read. What can't be read is never
 * trusted: the store sets it aside and starts from the seed (docs/decisions/014).
 */
import { z } from 'zod/mini';
import { auditEntrySchema } from '../src/api/contract/audit';
import { bridgeSettingsSchema } from '../src/api/contract/bridge';
import {
  callerRoleSchema,
  dialOutSchema,
  providerSchema,
  sentEmailSchema,
} from '../src/api/contract/common';
import { jobActionSchema, jobStateSchema } from '../src/api/contract/jobs';
import { pinPolicySchema } from '../src/api/contract/pin-policies';
import type { TenantSnapshot } from './domain/tenant';

/**
 * The format saved now. A later format adds a migration from this one to `MIGRATIONS`; a saved
 * state of a version with no migration path is set aside.
 */
export const SAVED_STATE_VERSION = 2;

/** `from` → a state of version `from + 1`. */
const MIGRATIONS: Record<number, (state: Record<string, unknown>) => Record<string, unknown>> = {
  // Version 2 keeps bulk jobs (J7); a tenant saved before them has none.
  1: (state) => ({
    ...state,
    version: 2,
    tenant:
      typeof state.tenant === 'object' && state.tenant !== null
        ? { jobs: [], ...(state.tenant as Record<string, unknown>) }
        : state.tenant,
  }),
};

const storedPinSchema = z.object({
  hash: z.string().check(z.regex(/^[a-p]+$/)),
  salt: z.string(),
  length: z.int().check(z.minimum(1), z.maximum(24)),
});

const userRecordSchema = z.object({
  id: z.string().check(z.minLength(1)),
  displayName: z.string(),
  givenName: z.string(),
  surname: z.string(),
  samAccountName: z.string(),
  email: z.nullable(z.string()),
  sipAddress: z.string(),
  lineUri: z.nullable(z.string()),
  phoneNumber: z.nullable(z.string()),
  department: z.string(),
  site: z.string(),
  audio: z.object({
    enabled: z.boolean(),
    provider: providerSchema,
    thirdPartyProviderName: z.nullable(z.string()),
    conferenceId: z.nullable(z.string().check(z.regex(/^\d+$/))),
    tollNumber: z.nullable(z.string()),
    tollFreeNumber: z.nullable(z.string()),
    allowUnauthenticatedStart: z.boolean(),
    dialOut: dialOutSchema,
  }),
  pin: z.object({
    stored: z.nullable(storedPinSchema),
    locked: z.boolean(),
    lastChangedAt: z.nullable(z.string()),
    failedAttempts: z.int().check(z.minimum(0)),
  }),
  version: z.int().check(z.minimum(0)),
});

const meetingStateSchema = z.object({
  conferenceId: z.string(),
  organizerId: z.string(),
  started: z.boolean(),
  inMeeting: z.array(z.string()),
  inLobby: z.array(z.string()),
  nextCaller: z.int().check(z.minimum(0)),
});

const count = z.int().check(z.minimum(1));
const natural = z.int().check(z.minimum(0));

const jobCountsSchema = z.object({
  total: natural,
  done: natural,
  succeeded: natural,
  skipped: natural,
  failed: natural,
  cancelled: natural,
});

const storedJobSchema = z.object({
  id: z.string().check(z.minLength(1)),
  action: jobActionSchema,
  startedBy: z.string(),
  startedByRole: callerRoleSchema,
  startedAt: z.string(),
  finishedAt: z.nullable(z.string()),
  state: jobStateSchema,
  retryOf: z.nullable(z.string()),
  cursor: natural,
  keptCounts: z.nullable(jobCountsSchema),
  runner: z.nullable(z.object({ owner: z.string(), until: z.string() })),
  positions: z.array(natural),
  conferenceIds: z.nullable(z.array(z.string())),
  outcomes: z.string().check(z.regex(/^[pskfc]*$/)),
  reasonOf: z.array(natural),
  reasons: z.array(z.string()),
});

const snapshotSchema = z.object({
  scenario: z.string(),
  bridge: bridgeSettingsSchema,
  changedUsers: z.array(userRecordSchema),
  retiredConferenceIds: z.array(z.string()),
  mailbox: z.array(sentEmailSchema),
  nextEmailNumber: count,
  auditLog: z.array(auditEntrySchema),
  nextAuditNumber: count,
  meetings: z.array(meetingStateSchema),
  jobs: z.array(storedJobSchema),
  pinPolicies: z.object({
    global: pinPolicySchema,
    sites: z.array(z.tuple([z.string(), pinPolicySchema])),
    users: z.array(z.tuple([z.string(), pinPolicySchema])),
  }),
});

const savedStateSchema = z.object({
  version: z.literal(SAVED_STATE_VERSION),
  savedAt: z.string(),
  tenant: snapshotSchema,
});

/** The saved state of a snapshot, as the store writes it. */
export function serializeSavedState(snapshot: TenantSnapshot, savedAt: Date): string {
  return JSON.stringify({
    version: SAVED_STATE_VERSION,
    savedAt: savedAt.toISOString(),
    tenant: snapshot,
  });
}

export type SavedStateReading =
  { ok: true; snapshot: TenantSnapshot } | { ok: false; reason: string };

/** Reads a saved state for `scenario`: its snapshot, or why it can't be used. */
export function readSavedState(raw: string, scenario: string): SavedStateReading {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'It is not valid JSON.' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, reason: 'It is not a saved state of the demo tenant.' };
  }
  let state = parsed as Record<string, unknown>;
  const version = state.version;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return { ok: false, reason: 'It has no version: it was saved by an older release.' };
  }
  for (let from = version; from < SAVED_STATE_VERSION; from++) {
    const migrate = MIGRATIONS[from];
    if (!migrate) {
      return {
        ok: false,
        reason: `It was saved in format version ${version}, which this release can't read (it reads version ${SAVED_STATE_VERSION}).`,
      };
    }
    state = migrate(state);
  }
  if (version > SAVED_STATE_VERSION) {
    return {
      ok: false,
      reason: `It was saved by a newer release (format version ${version}; this one reads version ${SAVED_STATE_VERSION}).`,
    };
  }
  const checked = savedStateSchema.safeParse(state);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    return {
      ok: false,
      reason: `Its content is not valid${where}: ${issue?.message ?? 'unknown'}.`,
    };
  }
  if (checked.data.tenant.scenario !== scenario) {
    return {
      ok: false,
      reason: `It belongs to the ${checked.data.tenant.scenario} scenario, not ${scenario}.`,
    };
  }
  return { ok: true, snapshot: checked.data.tenant };
}
