/**
 * What the suite needs of the tenant under test, found through the API itself (so it works
 * against any server with such users): users in given states, the bridge, and the observable
 * state, read back to prove that a refused request changed nothing.
 */
import { call, json, ok, tokens } from './api';

export interface UserSummary {
  id: string;
  displayName: string;
  email: string | null;
  site: string;
  conferenceId: string | null;
  pinSet: boolean;
  pinLocked: boolean;
}

/** Whether the server is the mock: it has the test hooks (`GET /_mock/tokens`). */
export async function isMockServer(): Promise<boolean> {
  const answer = await call('listDemoTokens', { token: null, query: {} }).catch(() => null);
  return answer?.status === 200;
}

/** The mock only: back to the seeded tenant, no faults; the user's token from the listing. */
export async function resetMock(): Promise<void> {
  await ok('resetDemoData', { token: null });
  await ok('setNetworkConditions', {
    token: null,
    body: { latencyMs: 0, failureRate: 0, dropRate: 0, offline: false },
  });
  if (!process.env.CONTRACT_USER_TOKEN) {
    const listing = await ok<{ defaultUser: { token: string } | null }>('listDemoTokens', {
      token: null,
      query: {},
    });
    tokens.user = listing.defaultUser?.token ?? null;
  }
}

/** Users matching every `property:eq:value` clause, first page of up to 100. */
export async function usersWhere(...filter: string[]): Promise<UserSummary[]> {
  const page = await ok<{ items: UserSummary[] }>('listUsers', {
    query: { filter, pageSize: '100' },
  });
  return page.items;
}

/** Enabled for Audio Conferencing with Microsoft as the provider, a mailbox, and no lock. */
export function activeUsers(): Promise<UserSummary[]> {
  return usersWhere(
    'audioConferencing:eq:true',
    'provider:eq:Microsoft',
    'hasMailbox:eq:true',
    'pinLocked:eq:false',
  );
}

export async function activeUser(index = 0): Promise<UserSummary> {
  const users = await activeUsers();
  const user = users[index];
  if (!user) throw new Error(`The tenant has fewer than ${index + 1} active users`);
  return user;
}

export interface UserDetail {
  id: string;
  etag: string;
  displayName: string;
  sipAddress: string;
  site: string;
  audioConferencing: Record<string, unknown> & {
    conferenceId: string | null;
    tollNumber?: string | null;
    tollFreeNumber?: string | null;
    allowUnauthenticatedStart?: boolean;
  };
  pin: { isSet: boolean; isLocked: boolean; lastChangedAt: string | null };
}

export function userDetail(userId: string): Promise<UserDetail> {
  return ok<UserDetail>('getUser', { params: { userId } });
}

/**
 * What a request could have changed, as the API shows it: the users named, the bridge, the PIN
 * policies, the bulk jobs (none started, none cancelled, none moved on), the meeting migrations
 * and (on the mock) the mailbox, the meetings on the bridge and the mock clock. The audit log is left out: it records refused attempts too (A2).
 * A job still running changes the jobs by itself: wait for it first (`waitForJob`).
 */
export async function observableState(userIds: readonly string[], mock: boolean): Promise<string> {
  const [users, bridge, policies, jobs, migrations, emails, meetings, faults, clock] =
    await Promise.all([
      Promise.all(userIds.map((userId) => call('getUser', { params: { userId } }).then(json))),
      ok('getBridgeSettings'),
      ok('listPinPolicies'),
      ok<{ items: JobView[] }>('listJobs').then((list) =>
        list.items.map(({ id, state, counts, finishedAt }) => ({ id, state, counts, finishedAt })),
      ),
      ok<{ items: { id: string; state: string; retries: number }[] }>('listMeetingMigrations').then(
        (list) => list.items.map(({ id, state, retries }) => ({ id, state, retries })),
      ),
      mock ? ok<{ items: unknown[] }>('listSentEmails').then((m) => m.items.length) : null,
      mock ? ok('listMeetings') : null,
      mock ? ok('getNetworkConditions', { token: null }) : null,
      mock
        ? ok<{ advancedMinutes: number }>('getMockClock', { token: null }).then(
            (c) => c.advancedMinutes,
          )
        : null,
    ]);
  return JSON.stringify({
    users,
    bridge,
    policies,
    jobs,
    migrations,
    emails,
    meetings,
    faults,
    clock,
  });
}

export interface JobCounts {
  total: number;
  done: number;
  succeeded: number;
  skipped: number;
  failed: number;
  cancelled: number;
}

export interface JobView {
  id: string;
  action: string;
  state: 'running' | 'completed' | 'cancelled';
  startedBy: string;
  startedAt: string;
  finishedAt: string | null;
  retryOf: string | null;
  counts: JobCounts;
  hasResults: boolean;
}

/** A bulk job as it is once it has ended (completed or cancelled), read every 50 ms up to `timeoutMs`. */
export async function waitForJob(jobId: string, timeoutMs = 10_000): Promise<JobView> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const job = await ok<JobView>('getJob', { params: { jobId } });
    if (job.state !== 'running') return job;
    if (Date.now() > until) {
      throw new Error(
        `Job ${jobId} is still running after ${timeoutMs} ms: ${JSON.stringify(job)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Starts a bulk job (`createJob`'s body) and waits for it to end. */
export async function endedJob(body: Record<string, unknown>): Promise<JobView> {
  const started = await ok<JobView>('createJob', { body });
  return waitForJob(started.id);
}

/** The Edit form of a user as it is, but with `changes`: a valid `updateAudioConferencing` body. */
export function editForm(user: UserDetail, changes: Record<string, unknown> = {}) {
  const a = user.audioConferencing;
  return {
    enabled: true,
    provider: 'Microsoft',
    thirdPartyProviderName: null,
    tollNumber: a.tollNumber ?? null,
    tollFreeNumber: a.tollFreeNumber ?? null,
    allowUnauthenticatedStart: !a.allowUnauthenticatedStart,
    dialOut: 'DomesticOnly',
    ...changes,
  };
}

/** A user whose PIN is set and can be locked. */
export async function lockableUser(): Promise<UserDetail> {
  const [user] = await usersWhere(
    'pinSet:eq:true',
    'pinLocked:eq:false',
    'provider:eq:Microsoft',
    'audioConferencing:eq:true',
  );
  return userDetail(user!.id);
}

/** A user whose PIN is locked. */
export async function lockedUser(): Promise<UserDetail> {
  const [user] = await usersWhere('pinLocked:eq:true');
  return userDetail(user!.id);
}

/** The bridge settings as they are, as `updateBridgeSettings` takes them (no read-only fields). */
export async function bridgeUpdate(): Promise<Record<string, unknown>> {
  const {
    serviceNumbers: _numbers,
    conferenceIdLength: _length,
    ...settings
  } = await ok<Record<string, unknown>>('getBridgeSettings');
  return settings;
}
