/**
 * The mock's saved state in the browser's storage: a versioned envelope around the tenant's
 * snapshot, checked with the contract's schemas when it is read. What can't be read is never
 * trusted: the store sets it aside and starts from the seed (docs/decisions/014).
 *
 * The mailbox and the audit log, the bulk of a busy tenant's state, are kept beside it in chunks
 * of LOG_CHUNK entries by number (docs/decisions/016): a save writes only the chunks that gained
 * entries, so a bulk job's save once a second stays a few hundred kilobytes, not megabytes. The
 * envelope names the range of each log it holds; chunks are written before it and dropped after
 * it, so a reader (a reload, another tab) always finds the entries of the envelope it reads.
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
import { migrationStateSchema } from '../src/api/contract/meetings';
import { pinPolicySchema } from '../src/api/contract/pin-policies';
import type { TenantSnapshot } from './domain/tenant';

/**
 * The format saved now. A later format adds a migration from this one to `MIGRATIONS`; a saved
 * state of a version with no migration path is set aside.
 */
export const SAVED_STATE_VERSION = 4;

/** The logs kept in chunks beside the envelope. */
export const LOG_NAMES = ['mailbox', 'auditLog'] as const;
export type LogName = (typeof LOG_NAMES)[number];
/** Entries per chunk: entry N is in chunk ⌊N / LOG_CHUNK⌋. */
export const LOG_CHUNK = 500;

/** An entry's number, from its id (`mail-12`, `audit-34`). */
export function entryNumber(id: string): number {
  const number = Number(id.slice(id.lastIndexOf('-') + 1));
  return Number.isSafeInteger(number) && number >= 0 ? number : 0;
}

/** What the envelope says of one log: the numbers of its entries and the chunks that hold them. */
export interface LogRange {
  first: number;
  last: number;
  count: number;
  chunks: number[];
}

/** Per log, the number of the last entry each chunk in storage holds. */
export type SavedChunks = Record<LogName, Map<number, number>>;

export const noSavedChunks = (): SavedChunks => ({ mailbox: new Map(), auditLog: new Map() });

/** `from` → a state of version `from + 1`. */
const MIGRATIONS: Record<number, (state: Record<string, unknown>) => Record<string, unknown>> = {
  // Version 4 keeps the mock clock, meeting invites and meeting migrations (M1–M5), and the
  // bridge's *Automatically update meetings* (on unless turned off, M2).
  3: (state) => {
    const tenant = state.tenant as Record<string, unknown> | null;
    if (typeof tenant !== 'object' || tenant === null) return { ...state, version: 4 };
    const bridge = tenant.bridge as Record<string, unknown> | null;
    const savedAt = Date.parse(String(state.savedAt));
    return {
      ...state,
      version: 4,
      tenant: {
        clock: { offsetMs: 0, originMs: Number.isFinite(savedAt) ? savedAt : 0 },
        invites: [],
        migrations: [],
        nextMigrationNumber: 1,
        ...tenant,
        bridge:
          typeof bridge === 'object' && bridge !== null
            ? { automaticallyUpdateMeetings: true, ...bridge }
            : bridge,
      },
    };
  },
  // Version 2 keeps bulk jobs (J7); a tenant saved before them has none.
  // Version 3 keeps the mailbox and the audit log in chunks; a version 2 state holds them inline.
  2: (state) => {
    const tenant = state.tenant as Record<string, unknown> | null;
    if (typeof tenant !== 'object' || tenant === null) return { ...state, version: 3 };
    const { mailbox, auditLog, ...rest } = tenant;
    const inline = (entries: unknown) => ({
      first: 0,
      last: 0,
      count: 0,
      chunks: [],
      inline: entries,
    });
    return {
      ...state,
      version: 3,
      tenant: {
        ...rest,
        logs: { mailbox: inline(mailbox ?? null), auditLog: inline(auditLog ?? null) },
      },
    };
  },
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

const inviteSchemaSaved = z.object({
  conferenceId: z.nullable(z.string().check(z.regex(/^\d+$/))),
  tollNumber: z.nullable(z.string()),
  tollFreeNumber: z.nullable(z.string()),
});

const migrationRecordSchema = z.object({
  id: z.string().check(z.minLength(1)),
  userId: z.string(),
  state: migrationStateSchema,
  trigger: z.string(),
  createdAt: z.string(),
  nextRunAt: z.nullable(z.string()),
  updatedAt: z.string(),
  firstRunAt: z.nullable(z.string()),
  meetings: z.int().check(z.minimum(0)),
  succeeded: z.int().check(z.minimum(0)),
  failed: z.int().check(z.minimum(0)),
  invitesUpdated: z.int().check(z.minimum(0)),
  retries: z.int().check(z.minimum(0)),
  lastMessage: z.string(),
  history: z.array(z.object({ at: z.string(), state: migrationStateSchema, message: z.string() })),
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

const logRangeSchema = z.object({
  first: natural,
  last: natural,
  count: natural,
  chunks: z.array(natural),
  /** A state migrated from version 2 holds its entries here, checked as a chunk's are. */
  inline: z.optional(z.array(z.unknown())),
});

const ENTRY_SCHEMAS = {
  mailbox: z.array(sentEmailSchema),
  auditLog: z.array(auditEntrySchema),
} as const;

const snapshotSchema = z.object({
  scenario: z.string(),
  bridge: bridgeSettingsSchema,
  changedUsers: z.array(userRecordSchema),
  retiredConferenceIds: z.array(z.string()),
  logs: z.object({ mailbox: logRangeSchema, auditLog: logRangeSchema }),
  nextEmailNumber: count,
  nextAuditNumber: count,
  meetings: z.array(meetingStateSchema),
  clock: z.object({ offsetMs: z.number().check(z.minimum(0)), originMs: z.number() }),
  invites: z.array(z.tuple([z.string(), z.array(inviteSchemaSaved)])),
  migrations: z.array(migrationRecordSchema),
  nextMigrationNumber: count,
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

/** A log's entries by chunk, in order. */
export function chunksOf<T extends { id: string }>(entries: readonly T[]): Map<number, T[]> {
  const chunks = new Map<number, T[]>();
  for (const entry of entries) {
    const index = Math.floor(entryNumber(entry.id) / LOG_CHUNK);
    let chunk = chunks.get(index);
    if (!chunk) chunks.set(index, (chunk = []));
    chunk.push(entry);
  }
  return chunks;
}

export interface SavedStateWrite {
  /** The envelope, for the state key: written after the chunks. */
  envelope: string;
  /** The chunks that gained entries since `saved`, to write first. */
  chunks: { log: LogName; index: number; raw: string }[];
  /** Chunks in storage that hold none of the entries kept now, to drop once the envelope is written. */
  stale: { log: LogName; index: number }[];
  /** What storage holds once it is all written. */
  saved: SavedChunks;
}

/** The saved state of a snapshot, as the store writes it: what changed since `saved` was written. */
export function serializeSavedState(
  snapshot: TenantSnapshot,
  savedAt: Date,
  saved: SavedChunks = noSavedChunks(),
): SavedStateWrite {
  const { mailbox, auditLog, ...rest } = snapshot;
  const entries = { mailbox, auditLog };
  const write: SavedStateWrite = { envelope: '', chunks: [], stale: [], saved: noSavedChunks() };
  const logs = {} as Record<LogName, LogRange>;
  for (const log of LOG_NAMES) {
    const list = entries[log];
    const chunks = chunksOf<{ id: string }>(list);
    for (const [index, chunk] of chunks) {
      const last = entryNumber(chunk[chunk.length - 1]!.id);
      if (saved[log].get(index) !== last) {
        write.chunks.push({ log, index, raw: JSON.stringify(chunk) });
      }
      write.saved[log].set(index, last);
    }
    for (const index of saved[log].keys()) {
      if (!chunks.has(index)) write.stale.push({ log, index });
    }
    logs[log] = {
      first: list.length > 0 ? entryNumber(list[0]!.id) : 0,
      last: list.length > 0 ? entryNumber(list[list.length - 1]!.id) : 0,
      count: list.length,
      chunks: [...chunks.keys()],
    };
  }
  write.envelope = JSON.stringify({
    version: SAVED_STATE_VERSION,
    savedAt: savedAt.toISOString(),
    tenant: { ...rest, logs },
  });
  return write;
}

export type SavedStateReading =
  { ok: true; snapshot: TenantSnapshot; saved: SavedChunks } | { ok: false; reason: string };

/** A chunk of a log as storage holds it, or null when there is none. */
export type ChunkReader = (log: LogName, index: number) => string | null;

/**
 * Reads a saved state for `scenario`: its snapshot, or why it can't be used. `readChunk` reads the
 * chunks of the logs the envelope names.
 */
export function readSavedState(
  raw: string,
  scenario: string,
  readChunk: ChunkReader = () => null,
): SavedStateReading {
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
    return { ok: false, reason: `Its content is not valid${firstIssue(checked.error)}.` };
  }
  if (checked.data.tenant.scenario !== scenario) {
    return {
      ok: false,
      reason: `It belongs to the ${checked.data.tenant.scenario} scenario, not ${scenario}.`,
    };
  }
  const { logs, ...rest } = checked.data.tenant;
  const saved = noSavedChunks();
  const mailbox = readLog('mailbox', logs.mailbox, readChunk, saved);
  if (typeof mailbox === 'string') return { ok: false, reason: mailbox };
  const auditLog = readLog('auditLog', logs.auditLog, readChunk, saved);
  if (typeof auditLog === 'string') return { ok: false, reason: auditLog };
  return { ok: true, snapshot: { ...rest, mailbox, auditLog }, saved };
}

/** A log's entries in the envelope's range, or why they can't be read. */
function readLog<L extends LogName>(
  log: L,
  range: z.infer<typeof logRangeSchema>,
  readChunk: ChunkReader,
  saved: SavedChunks,
): TenantSnapshot[L] | string {
  const schema = ENTRY_SCHEMAS[log];
  if (range.inline) {
    const checked = schema.safeParse(range.inline);
    return checked.success
      ? (checked.data as TenantSnapshot[L])
      : `Its ${log} is not valid${firstIssue(checked.error)}.`;
  }
  const entries: { id: string }[] = [];
  for (const index of range.chunks) {
    const raw = readChunk(log, index);
    if (raw === null) return `Its ${log} chunk ${index} is missing.`;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return `Its ${log} chunk ${index} is not valid JSON.`;
    }
    const checked = schema.safeParse(parsed);
    if (!checked.success)
      return `Its ${log} chunk ${index} is not valid${firstIssue(checked.error)}.`;
    const chunk = checked.data as { id: string }[];
    if (chunk.length > 0) saved[log].set(index, entryNumber(chunk[chunk.length - 1]!.id));
    // A chunk written after this envelope may hold newer entries: only the envelope's count.
    for (const entry of chunk) {
      const number = entryNumber(entry.id);
      if (number >= range.first && number <= range.last) entries.push(entry);
    }
  }
  if (entries.length !== range.count) {
    return `Its ${log} holds ${entries.length} of the ${range.count} entries it names.`;
  }
  return entries as TenantSnapshot[L];
}

/** Where and why a schema refused a saved value: ` at tenant.bridge: Invalid input`. */
function firstIssue(error: {
  issues: readonly { path: PropertyKey[]; message: string }[];
}): string {
  const issue = error.issues[0];
  const where = issue?.path.length ? ` at ${issue.path.map(String).join('.')}` : '';
  return `${where}: ${issue?.message ?? 'unknown'}`;
}
