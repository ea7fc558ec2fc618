import { describe, expect, it } from 'vitest';
import { DEMO_ADMIN_TOKENS, demoUserToken } from '../../src/api/contract/mock';
import { mock } from '../../src/test/server';
import { createJob } from '../domain/bulk-jobs';
import { savePinPolicy } from '../domain/pin-policy';
import { CHANGE_ACTIONS, type ChangeAction } from '../domain/roles';

const AMOS = 'Amos Marble';
const DIEGO = 'Diego Siciliani';

function idOf(name: string): string {
  const user = mock.store.read().users.find((u) => u.displayName === name);
  if (!user) throw new Error(`No ${name}`);
  return user.id;
}

const ADMIN = DEMO_ADMIN_TOKENS.TeamsAdministrator;

/** A request as a caller: the token's bearer (Teams Administrator unless said), or none (null). */
async function call(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
  token: string | null = ADMIN,
) {
  const response = await fetch(new URL(`/api${path}`, window.location.origin), {
    method,
    headers: {
      'Content-Type': 'application/json',
      ...(token === null ? {} : { Authorization: `Bearer ${token}` }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

/** Every change endpoint, with a body that would succeed for a Teams Administrator. */
function changeRequests(): {
  action: ChangeAction;
  method: string;
  path: string;
  body?: unknown;
}[] {
  const amos = idOf(AMOS);
  const diego = idOf(DIEGO);
  const user = mock.store.read().usersById.get(amos)!;
  return [
    { action: 'resetConferenceId', method: 'POST', path: `/users/${amos}/conference-id/reset` },
    {
      action: 'setConferenceId',
      method: 'POST',
      path: `/users/${amos}/conference-id`,
      body: { conferenceId: '7654321' },
    },
    {
      action: 'updateAudioConferencing',
      method: 'PUT',
      path: `/users/${amos}/audio-conferencing`,
      body: {
        enabled: true,
        provider: 'Microsoft',
        thirdPartyProviderName: null,
        tollNumber: null,
        tollFreeNumber: null,
        allowUnauthenticatedStart: !user.audio.allowUnauthenticatedStart,
        dialOut: 'DomesticOnly',
      },
    },
    { action: 'resetPin', method: 'POST', path: `/users/${amos}/pin/reset`, body: {} },
    { action: 'lockPin', method: 'POST', path: `/users/${amos}/pin/lock` },
    { action: 'unlockPin', method: 'POST', path: `/users/${diego}/pin/unlock` },
    {
      action: 'sendConferenceInfo',
      method: 'POST',
      path: `/users/${amos}/conference-info/send`,
      body: {},
    },
    {
      action: 'updateBridgeSettings',
      method: 'PUT',
      path: '/bridge',
      body: { ...mock.store.read().bridge, pinLength: 6, serviceNumbers: undefined },
    },
    {
      action: 'savePinPolicy',
      method: 'PUT',
      path: '/pin-policies/global',
      body: { minimumLength: 6, allowCommonPatterns: false, maximumLogonAttempts: 4 },
    },
    { action: 'removePinPolicy', method: 'DELETE', path: `/pin-policies/sites/Redmond` },
    // Amos's PIN isn't locked: the job skips him, so its steps add no audit entry of their own.
    {
      action: 'startJob',
      method: 'POST',
      path: '/jobs',
      body: { action: 'unlockPins', userIds: [amos] },
    },
    { action: 'cancelJob', method: 'POST', path: '/jobs/job-held/cancel' },
    { action: 'updateMeetings', method: 'POST', path: `/users/${amos}/meetings/update` },
    {
      action: 'retryMeetingMigration',
      method: 'POST',
      path: '/meeting-migrations/migration-held/retry',
    },
  ];
}

/** What a change could touch, to prove a refused one touched nothing. */
function stateOf() {
  const tenant = mock.store.read();
  return JSON.stringify({
    users: tenant.users.map((u) => [u.id, u.version, u.audio, u.pin]),
    bridge: tenant.bridge,
    mailbox: tenant.mailbox.length,
    policies: [tenant.pinPolicies.global, [...tenant.pinPolicies.sites]],
    jobs: tenant.jobs.map((job) => [job.id, job.state]),
    migrations: tenant.migrations.map((m) => [m.id, m.state, m.retries, m.nextRunAt]),
  });
}

/** What must exist for the change to make sense: a site policy to remove. */
function prepare(action: ChangeAction) {
  if (action === 'updateMeetings' || action === 'retryMeetingMigration') {
    // No migration of Amos's is running (one would answer 409); a failed one to retry.
    mock.store.write((tenant) => {
      tenant.migrations = [];
      if (action === 'updateMeetings') return;
      const at = new Date().toISOString();
      tenant.migrations.push({
        id: 'migration-held',
        userId: idOf(AMOS),
        state: 'Failed',
        trigger: 'Conference ID reset',
        createdAt: at,
        nextRunAt: null,
        updatedAt: at,
        firstRunAt: at,
        meetings: 3,
        succeeded: 2,
        failed: 1,
        invitesUpdated: 2,
        retries: 0,
        lastMessage: "1 invite couldn't be updated.",
        history: [],
      });
    });
    return;
  }
  if (action === 'cancelJob') {
    // A running job that another tab holds the lease of: this one's runner leaves it alone.
    mock.store.write((tenant) => {
      tenant.jobs = tenant.jobs.filter((job) => job.id !== 'job-held');
      const job = createJob({
        id: 'job-held',
        action: 'sendConferenceInfo',
        startedBy: 'Adele Vance',
        startedAt: new Date(),
        users: [{ userId: idOf(AMOS) }],
      });
      job.runner = { owner: 'another-tab', until: '2999-01-01T00:00:00.000Z' };
      tenant.jobs.push(job);
    });
    return;
  }
  if (action !== 'removePinPolicy') return;
  mock.store.write((tenant) =>
    savePinPolicy(
      tenant,
      { kind: 'site', site: 'Redmond' },
      { minimumLength: 6, allowCommonPatterns: false, maximumLogonAttempts: 5 },
    ),
  );
}

/** S1: what each change's audit entry shows in PowerShell, for the requests of changeRequests. */
const EXPECTED_POWERSHELL: Record<ChangeAction, RegExp> = {
  resetConferenceId: /No current cmdlet resets a conference ID.*-ResetConferenceId/,
  setConferenceId: /No current cmdlet sets a conference ID \(7654321\).*-ConferenceId/,
  updateAudioConferencing:
    /Set-CsOnlineDialInConferencingUser -Identity 'amos\.marble@contoso\.com'.*Grant-CsDialoutPolicy -Identity 'amos\.marble@contoso\.com' -PolicyName 'DialoutCPCDomesticPSTNInternational'/,
  resetPin:
    /Set-CsOnlineDialInConferencingUser -Identity 'amos\.marble@contoso\.com' -ResetLeaderPin/,
  lockPin: /Lock-CsClientPin -Identity 'amos\.marble@contoso\.com'/,
  unlockPin: /Unlock-CsClientPin -Identity 'diego\.siciliani@contoso\.com'/,
  sendConferenceInfo:
    /Set-CsOnlineDialInConferencingUser -Identity 'amos\.marble@contoso\.com' -SendEmail"/,
  updateBridgeSettings: /Set-CsOnlineDialInConferencingTenantSettings -PinLength 6/,
  savePinPolicy:
    /Set-CsPinPolicy -Identity Global -MinPasswordLength 6 -AllowCommonPatterns \$false -MaximumLogonAttempts 4/,
  removePinPolicy: /Remove-CsPinPolicy -Identity 'site:Redmond'/,
  startJob:
    /Import-Csv -Path 'users\.csv' \| ForEach-Object \{ Unlock-CsClientPin -Identity \$_\.UserPrincipalName \}/,
  cancelJob: /job job-held is the admin center's own and has no cmdlet/,
  updateMeetings: /Start-CsExMeetingMigration -Identity 'amos\.marble@contoso\.com'/,
  retryMeetingMigration: /Start-CsExMeetingMigration -Identity 'amos\.marble@contoso\.com'/,
};

describe('A1 every change endpoint checks the role (HTTP)', () => {
  it('covers every change action', () => {
    expect(new Set(changeRequests().map((r) => r.action))).toEqual(new Set(CHANGE_ACTIONS));
  });

  for (const action of CHANGE_ACTIONS) {
    it(`A1: Global Reader gets 403 for ${action}, nothing changes, and the attempt is audited`, async () => {
      prepare(action);
      const request = changeRequests().find((r) => r.action === action)!;
      const before = stateOf();
      const answer = await call(
        request.method,
        request.path,
        request.body,
        {},
        DEMO_ADMIN_TOKENS.GlobalReader,
      );
      expect(answer.status).toBe(403);
      expect(answer.body.code).toBe('forbidden');
      expect(answer.body.message).toMatch(/Global Reader/);
      expect(stateOf()).toBe(before);
      const [latest] = [...mock.store.read().auditLog].reverse();
      expect(latest).toMatchObject({ action, role: 'GlobalReader', outcome: 'forbidden' });
    });

    for (const role of ['TeamsAdministrator', 'TeamsCommunicationsAdministrator'] as const) {
      it(`A1: ${role} may ${action}, and it is audited as succeeded`, async () => {
        prepare(action);
        const request = changeRequests().find((r) => r.action === action)!;
        const answer = await call(
          request.method,
          request.path,
          request.body,
          {},
          DEMO_ADMIN_TOKENS[role],
        );
        // 201 Created for a job, 200 for the rest.
        expect(answer.status, JSON.stringify(answer.body)).toBe(action === 'startJob' ? 201 : 200);
        const [latest] = [...mock.store.read().auditLog].reverse();
        expect(latest).toMatchObject({ action, role, outcome: 'succeeded', reason: null });
        // S1: the entry carries the change's PowerShell, with its real values.
        expect(JSON.stringify(latest?.powerShell)).toMatch(EXPECTED_POWERSHELL[action]);
      });
    }
  }
});

describe('A2 audit log over HTTP', () => {
  it('A2: lists newest first, filters by user and action, and never holds a PIN', async () => {
    const amos = idOf(AMOS);
    const reset = await call('POST', `/users/${amos}/pin/reset`, {});
    expect(reset.status).toBe(200);
    const pin: string = reset.body.pin;
    await call('POST', `/users/${amos}/pin/reset`, { pin: '1111' }); // refused: too short
    await call('POST', `/users/${amos}/conference-info/send`, {});
    const all = await call('GET', '/audit-log');
    expect(all.body.items.map((e: { action: string }) => e.action)).toEqual([
      'sendConferenceInfo',
      'resetPin',
      'resetPin',
    ]);
    expect(all.body.items[1]).toMatchObject({ outcome: 'refused', targetName: AMOS });
    expect(all.body.items[2]).toMatchObject({
      outcome: 'succeeded',
      actor: 'Adele Vance',
      role: 'TeamsAdministrator',
    });
    const onlyPins = await call('GET', `/audit-log?userId=${amos}&action=resetPin`);
    expect(onlyPins.body.items).toHaveLength(2);
    expect(JSON.stringify(all.body)).not.toMatch(new RegExp(`(?<!\\d)${pin}(?!\\d)`));
    // S1: the entry shows its PowerShell, which never holds the PIN; a refused one shows none.
    expect(all.body.items[2].powerShell.commands).toEqual([
      `Set-CsOnlineDialInConferencingUser -Identity 'amos.marble@contoso.com' -ResetLeaderPin -SendEmail`,
    ]);
    expect(all.body.items[1].powerShell).toBeUndefined();
    expect(JSON.stringify(mock.store.read().auditLog)).not.toContain(pin);
  });
});

describe('A4 Idempotency-Key over HTTP', () => {
  it('A4: a repeated reset replays its answer: one new ID, one email', async () => {
    const amos = idOf(AMOS);
    const mails = mock.store.read().mailbox.length;
    const key = { 'Idempotency-Key': 'reset-1' };
    const first = await call('POST', `/users/${amos}/conference-id/reset`, undefined, key);
    const again = await call('POST', `/users/${amos}/conference-id/reset`, undefined, key);
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(mock.store.read().mailbox.length).toBe(mails + 1);
    expect(mock.store.read().usersById.get(amos)!.audio.conferenceId).toBe(
      first.body.user.audioConferencing.conferenceId,
    );
  });

  it('A4: the same key for another request gets 422 and changes nothing', async () => {
    const key = { 'Idempotency-Key': 'reset-2' };
    await call('POST', `/users/${idOf(AMOS)}/conference-id/reset`, undefined, key);
    const before = stateOf();
    const other = await call('POST', `/users/${idOf('Ken Myer')}/conference-info/send`, {}, key);
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('idempotency_mismatch');
    expect(stateOf()).toBe(before);
  });

  it('A4: a repeated PIN reset resets once and replays no PIN', async () => {
    const amos = idOf(AMOS);
    const key = { 'Idempotency-Key': 'pin-1' };
    const first = await call('POST', `/users/${amos}/pin/reset`, { sendEmail: true }, key);
    expect(first.status).toBe(200);
    const version = mock.store.read().usersById.get(amos)!.version;
    const mails = mock.store.read().mailbox.length;
    const again = await call('POST', `/users/${amos}/pin/reset`, { sendEmail: true }, key);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('already_done');
    expect(JSON.stringify(again.body)).not.toContain(first.body.pin);
    expect(mock.store.read().usersById.get(amos)!.version).toBe(version);
    expect(mock.store.read().mailbox.length).toBe(mails);
  });
});

describe('A4 a user resetting their own PIN', () => {
  it('a repeated key resets once and replays no PIN', async () => {
    const amos = idOf(AMOS);
    const headers = { 'Idempotency-Key': 'my-pin-1' };
    const first = await call('POST', '/me/pin/reset', undefined, headers, demoUserToken(amos));
    expect(first.status).toBe(200);
    expect(first.headers.get('Cache-Control')).toBe('no-store');
    const version = mock.store.read().usersById.get(amos)!.version;
    const again = await call('POST', '/me/pin/reset', undefined, headers, demoUserToken(amos));
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('already_done');
    expect(JSON.stringify(again.body)).not.toContain(first.body.pin);
    expect(mock.store.read().usersById.get(amos)!.version).toBe(version);
  });
});

describe('A2 a user resetting their own PIN is audited under their name', () => {
  it('succeeded and refused attempts, role User, never the PIN', async () => {
    const amos = idOf(AMOS);
    const diego = idOf(DIEGO);
    const done = await call('POST', '/me/pin/reset', undefined, {}, demoUserToken(amos));
    const refused = await call('POST', '/me/pin/reset', undefined, {}, demoUserToken(diego));
    expect(done.status).toBe(200);
    expect(refused.status).toBeGreaterThanOrEqual(400);
    const log = await call('GET', '/audit-log?action=resetOwnPin');
    expect(log.body.items).toMatchObject([
      { actor: DIEGO, role: 'User', targetUserId: diego, outcome: 'refused' },
      { actor: AMOS, role: 'User', targetUserId: amos, outcome: 'succeeded', reason: null },
    ]);
    expect(JSON.stringify(log.body)).not.toMatch(new RegExp(`(?<!\\d)${done.body.pin}(?!\\d)`));
  });

  it('an unknown user token gets 401: nothing is reset and nothing is audited', async () => {
    const before = stateOf();
    const entries = mock.store.read().auditLog.length;
    const answer = await call('POST', '/me/pin/reset', undefined, {}, demoUserToken('nobody'));
    expect(answer.status).toBe(401);
    expect(stateOf()).toBe(before);
    expect(mock.store.read().auditLog).toHaveLength(entries);
  });

  it("P7: an admin's token can't reset an own PIN; the attempt is audited as forbidden", async () => {
    const before = stateOf();
    const answer = await call('POST', '/me/pin/reset');
    expect(answer.status).toBe(403);
    expect(answer.body.message).toMatch(/signed in as an admin/);
    expect(stateOf()).toBe(before);
    const [latest] = [...mock.store.read().auditLog].reverse();
    expect(latest).toMatchObject({
      action: 'resetOwnPin',
      actor: 'Adele Vance',
      outcome: 'forbidden',
    });
  });
});

describe('Faults: a dropped answer', () => {
  it('the server acts, the answer is lost; a retry with the same key replays it: one new ID, one email', async () => {
    const amos = idOf(AMOS);
    const before = mock.store.read().usersById.get(amos)!.audio.conferenceId;
    const mails = mock.store.read().mailbox.length;
    const key = { 'Idempotency-Key': 'dropped-1' };
    mock.faults.set({ dropRate: 100 });
    await expect(
      call('POST', `/users/${amos}/conference-id/reset`, undefined, key),
    ).rejects.toThrow();
    const changed = mock.store.read().usersById.get(amos)!.audio.conferenceId;
    expect(changed, 'the server did the reset').not.toBe(before);
    expect(mock.store.read().mailbox.length).toBe(mails + 1);

    mock.faults.set({ dropRate: 0 });
    const retry = await call('POST', `/users/${amos}/conference-id/reset`, undefined, key);
    expect(retry.status).toBe(200);
    expect(retry.headers.get('Idempotent-Replayed')).toBe('true');
    expect(retry.body.user.audioConferencing.conferenceId).toBe(changed);
    expect(mock.store.read().usersById.get(amos)!.audio.conferenceId).toBe(changed);
    expect(mock.store.read().mailbox.length, 'still one email').toBe(mails + 1);
  });

  it('a failure rate of 100% answers 500 before the route runs and changes nothing', async () => {
    const before = stateOf();
    mock.faults.set({ failureRate: 100 });
    const answer = await call('POST', `/users/${idOf(AMOS)}/conference-id/reset`);
    expect(answer.status).toBe(500);
    expect(answer.body.code).toBe('server_error');
    expect(stateOf()).toBe(before);
  });
});

describe('A1: the caller comes from the bearer token', () => {
  it('without a token: 401 with a Bearer challenge and the error body; nothing changes or is audited', async () => {
    const before = stateOf();
    const entries = mock.store.read().auditLog.length;
    for (const request of changeRequests()) {
      const answer = await call(request.method, request.path, request.body, {}, null);
      expect(answer.status, `${request.method} ${request.path}`).toBe(401);
      expect(answer.headers.get('WWW-Authenticate')).toMatch(/^Bearer realm=/);
      expect(answer.body).toMatchObject({ code: 'unauthorized', message: expect.any(String) });
    }
    expect((await call('GET', '/users', undefined, {}, null)).status).toBe(401);
    expect(stateOf()).toBe(before);
    expect(mock.store.read().auditLog).toHaveLength(entries);
  });

  it('an unknown token, or another scheme, gets 401 with error="invalid_token"', async () => {
    const unknown = await call('GET', '/me', undefined, {}, 'not-a-demo-token');
    expect(unknown.status).toBe(401);
    expect(unknown.headers.get('WWW-Authenticate')).toMatch(/error="invalid_token"/);
    const basic = await call(
      'GET',
      '/me',
      undefined,
      { Authorization: 'Basic YWRtaW46YWRtaW4=' },
      null,
    );
    expect(basic.status).toBe(401);
  });

  it('GET /me names the caller behind each token', async () => {
    const reader = await call('GET', '/me', undefined, {}, DEMO_ADMIN_TOKENS.GlobalReader);
    expect(reader.body).toEqual({
      displayName: 'Patti Fernandez',
      role: 'GlobalReader',
      canChange: false,
      userId: null,
    });
    const ken = idOf('Ken Myer');
    const user = await call('GET', '/me', undefined, {}, demoUserToken(ken));
    expect(user.body).toEqual({
      displayName: 'Ken Myer',
      role: 'User',
      canChange: false,
      userId: ken,
    });
  });

  it("a user's token reads and changes nothing of the admin center's (403); the attempt is audited", async () => {
    const ken = demoUserToken(idOf('Ken Myer'));
    expect((await call('GET', '/users', undefined, {}, ken)).status).toBe(403);
    const before = stateOf();
    const reset = await call(
      'POST',
      `/users/${idOf(AMOS)}/conference-id/reset`,
      undefined,
      {},
      ken,
    );
    expect(reset.status).toBe(403);
    expect(stateOf()).toBe(before);
    const [latest] = [...mock.store.read().auditLog].reverse();
    expect(latest).toMatchObject({ actor: 'Ken Myer', role: 'User', outcome: 'forbidden' });
  });
});
