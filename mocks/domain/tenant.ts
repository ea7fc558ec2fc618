import { sortByDisplayName } from './display-order';
import type { BridgeSettings } from '../../src/api/contract/bridge';
import type { SentEmail } from '../../src/api/contract/common';
import type { PinPolicy } from '../../src/api/contract/pin-policies';
import type { AuditEntry } from './audit';
import { restoreJob, storeJob, type StoredJob } from './job-storage';
import { defaultPinPolicies } from './pin-policy';
import type { Invite } from '../../src/api/contract/meetings';
import type { MeetingState, MigrationRecord, MockClockState, Tenant, UserRecord } from './types';

export function createTenant(input: {
  scenario: string;
  domain: string;
  bridge: BridgeSettings;
  users: UserRecord[];
  /** When the tenant is made (M5): now unless a test fixes it. */
  originMs?: number;
}): Tenant {
  const users = sortByDisplayName(input.users, (user) => user.displayName);
  const assignedConferenceIds = new Map<string, string>();
  const usersById = new Map<string, UserRecord>();
  for (const user of users) {
    usersById.set(user.id, user);
    if (user.audio.conferenceId) assignedConferenceIds.set(user.audio.conferenceId, user.id);
  }
  return {
    scenario: input.scenario,
    domain: input.domain,
    bridge: input.bridge,
    users,
    usersById,
    assignedConferenceIds,
    retiredConferenceIds: new Set(),
    mailbox: [],
    meetings: new Map(),
    clock: { offsetMs: 0, originMs: input.originMs ?? Date.now() },
    invites: new Map(),
    migrations: [],
    nextMigrationNumber: 1,
    pinPolicies: defaultPinPolicies(),
    changedUserIds: new Set(),
    revision: 0,
    nextEmailNumber: 1,
    auditLog: [],
    nextAuditNumber: 1,
    jobs: [],
    logTrimDeferred: false,
  };
}

/**
 * What differs from the generated scenario: enough to rebuild the tenant from its seed. Kept small
 * so that even the 100,000-user scenario persists only what the admin changed. Holds PIN hashes,
 * never a PIN.
 */
export interface TenantSnapshot {
  scenario: string;
  bridge: BridgeSettings;
  changedUsers: UserRecord[];
  retiredConferenceIds: string[];
  mailbox: SentEmail[];
  nextEmailNumber: number;
  auditLog: AuditEntry[];
  nextAuditNumber: number;
  meetings: MeetingState[];
  clock: MockClockState;
  invites: [string, Invite[]][];
  migrations: MigrationRecord[];
  nextMigrationNumber: number;
  jobs: StoredJob[];
  pinPolicies: {
    global: PinPolicy;
    sites: [string, PinPolicy][];
    users: [string, PinPolicy][];
  };
}

export function snapshotOf(tenant: Tenant): TenantSnapshot {
  return {
    scenario: tenant.scenario,
    bridge: tenant.bridge,
    changedUsers: [...tenant.changedUserIds].map((id) => tenant.usersById.get(id)!),
    retiredConferenceIds: [...tenant.retiredConferenceIds],
    mailbox: tenant.mailbox,
    nextEmailNumber: tenant.nextEmailNumber,
    auditLog: tenant.auditLog,
    nextAuditNumber: tenant.nextAuditNumber,
    meetings: [...tenant.meetings.values()],
    clock: tenant.clock,
    invites: [...tenant.invites],
    migrations: tenant.migrations,
    nextMigrationNumber: tenant.nextMigrationNumber,
    jobs: tenant.jobs.map((job) => storeJob(tenant, job)),
    pinPolicies: {
      global: tenant.pinPolicies.global,
      sites: [...tenant.pinPolicies.sites],
      users: [...tenant.pinPolicies.users],
    },
  };
}

/**
 * Applies a snapshot to a tenant of the same scenario: a freshly generated one, or the current one
 * when every user it has changed is in the snapshot too (changes only grow until a reset).
 */
export function canRestoreOnto(tenant: Tenant, snapshot: TenantSnapshot): boolean {
  const inSnapshot = new Set(snapshot.changedUsers.map((user) => user.id));
  return [...tenant.changedUserIds].every((id) => inSnapshot.has(id));
}

export function restoreSnapshot(tenant: Tenant, snapshot: TenantSnapshot): Tenant {
  tenant.revision += 1;
  tenant.bridge = snapshot.bridge;
  for (const changed of snapshot.changedUsers) {
    const current = tenant.usersById.get(changed.id);
    if (!current) continue;
    if (current.audio.conferenceId) tenant.assignedConferenceIds.delete(current.audio.conferenceId);
    Object.assign(current, changed);
    if (current.audio.conferenceId) {
      tenant.assignedConferenceIds.set(current.audio.conferenceId, current.id);
    }
    tenant.changedUserIds.add(current.id);
  }
  tenant.retiredConferenceIds = new Set(snapshot.retiredConferenceIds);
  tenant.mailbox = snapshot.mailbox;
  tenant.nextEmailNumber = snapshot.nextEmailNumber;
  tenant.auditLog = snapshot.auditLog;
  tenant.nextAuditNumber = snapshot.nextAuditNumber;
  tenant.meetings = new Map(snapshot.meetings.map((m) => [m.conferenceId, m]));
  tenant.clock = snapshot.clock;
  tenant.invites = new Map(snapshot.invites);
  tenant.migrations = snapshot.migrations;
  tenant.nextMigrationNumber = snapshot.nextMigrationNumber;
  tenant.jobs = snapshot.jobs.map((job) => restoreJob(tenant, job));
  tenant.pinPolicies = {
    global: snapshot.pinPolicies.global,
    sites: new Map(snapshot.pinPolicies.sites),
    users: new Map(snapshot.pinPolicies.users),
  };
  return tenant;
}
