import type { BridgeSettings } from '../../src/api/contract/bridge';
import type { DialOut, Provider, SentEmail } from '../../src/api/contract/common';
import type { Invite, MigrationState } from '../../src/api/contract/meetings';
import type { AuditEntry } from './audit';
import type { BulkJob } from './bulk-jobs';
import type { PinPolicies } from './pin-policy';

export interface StoredPin {
  /** Salted SHA-256, spelled in the letters a–p so that no digit run of a PIN can ever match it. */
  hash: string;
  salt: string;
  length: number;
}

export interface UserRecord {
  id: string;
  displayName: string;
  givenName: string;
  surname: string;
  samAccountName: string;
  /** Primary SMTP address; null when the user has no mailbox (E3). */
  email: string | null;
  sipAddress: string;
  lineUri: string | null;
  phoneNumber: string | null;
  department: string;
  site: string;
  audio: {
    enabled: boolean;
    provider: Provider;
    thirdPartyProviderName: string | null;
    conferenceId: string | null;
    /** null: the bridge's default number. */
    tollNumber: string | null;
    tollFreeNumber: string | null;
    allowUnauthenticatedStart: boolean;
    dialOut: DialOut;
  };
  pin: {
    stored: StoredPin | null;
    locked: boolean;
    lastChangedAt: string | null;
    failedAttempts: number;
  };
  /** Bumped on every change; the ETag is made from it. */
  version: number;
}

/** A meeting on the simulated bridge, by conference ID. */
export interface MeetingState {
  conferenceId: string;
  organizerId: string;
  started: boolean;
  inMeeting: string[];
  inLobby: string[];
  nextCaller: number;
}

/** M3: a state a migration went through, for the user's Activity. */
export interface MigrationEvent {
  at: string;
  state: MigrationState;
  message: string;
}

/** M3: one meeting migration of one user's meetings (the Meeting Migration Service). */
export interface MigrationRecord {
  id: string;
  userId: string;
  state: MigrationState;
  trigger: string;
  createdAt: string;
  /** When it next moves: Pending → runs, In progress → finishes, Failed → retried; null: done. */
  nextRunAt: string | null;
  updatedAt: string;
  /** When it first ran: the 24 hours of retries count from here (M3). */
  firstRunAt: string | null;
  meetings: number;
  succeeded: number;
  failed: number;
  invitesUpdated: number;
  retries: number;
  lastMessage: string;
  history: MigrationEvent[];
}

/** M5: the mock's time is the real time plus `offsetMs`; it only moves forward. */
export interface MockClockState {
  offsetMs: number;
  /** When the tenant was made (real time): seeded meetings are scheduled from its day. */
  originMs: number;
}

export interface Tenant {
  scenario: string;
  domain: string;
  bridge: BridgeSettings;
  /** In display order (by display name). */
  users: UserRecord[];
  usersById: Map<string, UserRecord>;
  /** Conference ID → user id, for every ID in use on the bridge. */
  assignedConferenceIds: Map<string, string>;
  /** IDs that were reset or replaced: never handed out again (C2). */
  retiredConferenceIds: Set<string>;
  /** Newest last. */
  mailbox: SentEmail[];
  meetings: Map<string, MeetingState>;
  /** M5. */
  clock: MockClockState;
  /**
   * M1: what each of a user's seeded meetings' invites carries, by meeting, for the users whose
   * dial-in information changed; every other user's invites carry their current information.
   */
  invites: Map<string, Invite[]>;
  /** M3: oldest first; every unfinished one and the newest finished ones are kept. */
  migrations: MigrationRecord[];
  nextMigrationNumber: number;
  /** P4: global, per-site and per-user PIN policies. */
  pinPolicies: PinPolicies;
  /** Bumped by every change to a user: cached list results older than it are stale. */
  revision: number;
  /** Users changed since the scenario was generated: only these need persisting. */
  changedUserIds: Set<string>;
  nextEmailNumber: number;
  /** A2: oldest first (listed newest first). */
  auditLog: AuditEntry[];
  nextAuditNumber: number;
  /** J7: bulk jobs, oldest first (listed newest first); the newest 50 are kept. */
  jobs: BulkJob[];
  /**
   * True during a bulk job's slice of steps: the mailbox and the audit log are trimmed to their
   * limits once, at its end (runJobSteps), not after every entry.
   */
  logTrimDeferred: boolean;
}

/** What a domain action needs from the world: the time and a source of randomness. */
export interface DomainContext {
  now: () => Date;
  random: () => number;
}
