/**
 * A valid request (or a few) for every operation of the contract, each answered as the contract
 * says: status, body and required headers. Run in this order on one tenant.
 */
import { expect } from 'vitest';
import { call, json, ok, tokens, type Answer } from './api';
import { document } from './openapi';
import {
  activeUser,
  bridgeUpdate,
  editForm,
  lockableUser,
  lockedUser,
  userDetail,
  usersWhere,
} from './tenant';

export function expectConforms(answer: Answer, status = 200): void {
  expect(answer.problems, `${answer.request} → ${answer.status}`).toEqual([]);
  expect(answer.status, `${answer.request}: ${JSON.stringify(answer.body)}`).toBe(status);
}

async function conforms(
  operationId: string,
  options: Parameters<typeof call>[1] = {},
  status = 200,
) {
  const answer = await call(operationId, options);
  expectConforms(answer, status);
  return answer;
}

/** A 7-digit conference ID no user has (C3); the server may still call it retired. */
async function freeConferenceId(): Promise<string> {
  for (;;) {
    const id = String(1_000_000 + Math.floor(Math.random() * 8_999_999));
    const holders = await usersWhere(`conferenceId:eq:${id}`);
    if (holders.length === 0) return id;
  }
}

export interface ValidRequests {
  operationId: string;
  mockOnly?: boolean;
  run: () => Promise<void>;
}

export const VALID_REQUESTS: ValidRequests[] = [
  {
    operationId: 'getOpenApiDocument',
    run: async () => {
      const answer = await conforms('getOpenApiDocument', { token: null });
      expect(json(answer), 'the server serves this contract').toEqual(document);
    },
  },
  {
    operationId: 'getMe',
    run: async () => {
      expect(json(await conforms('getMe'))).toMatchObject({ canChange: true, userId: null });
      expect(json(await conforms('getMe', { token: tokens.reader }))).toMatchObject({
        role: 'GlobalReader',
        canChange: false,
      });
      if (tokens.user) {
        expect(json(await conforms('getMe', { token: tokens.user }))).toMatchObject({
          role: 'User',
          canChange: false,
        });
      }
    },
  },
  {
    operationId: 'listUsers',
    run: async () => {
      const all = json<{ total: number; items: unknown[] }>(await conforms('listUsers'));
      expect(all.items.length).toBeGreaterThan(0);
      await conforms('listUsers', {
        query: { search: 'a', sort: 'conferenceId', order: 'desc', page: '2', pageSize: '10' },
      });
      await conforms('listUsers', {
        query: { filter: ['provider:eq:Microsoft', 'pinSet:ne:false'] },
        token: tokens.reader,
      });
    },
  },
  {
    operationId: 'getUser',
    run: async () => {
      const user = await activeUser();
      const answer = await conforms('getUser', { params: { userId: user.id } });
      expect(answer.headers.get('ETag')).toBe(json(answer).etag);
    },
  },
  {
    operationId: 'getUserFilterOptions',
    run: async () => void (await conforms('getUserFilterOptions')),
  },
  {
    operationId: 'updateAudioConferencing',
    run: async () => {
      const user = await userDetail((await activeUser(1)).id);
      await conforms('updateAudioConferencing', {
        params: { userId: user.id },
        headers: { 'If-Match': user.etag, 'Idempotency-Key': crypto.randomUUID() },
        body: editForm(user),
      });
    },
  },
  {
    operationId: 'resetConferenceId',
    run: async () => {
      const user = await userDetail((await activeUser(2)).id);
      const headers = { 'If-Match': user.etag, 'Idempotency-Key': crypto.randomUUID() };
      const first = await conforms('resetConferenceId', { params: { userId: user.id }, headers });
      const again = await conforms('resetConferenceId', { params: { userId: user.id }, headers });
      expect(again.headers.get('Idempotent-Replayed'), 'A4: the repeat is replayed').toBe('true');
      expect(json(again)).toEqual(json(first));
    },
  },
  {
    operationId: 'setConferenceId',
    run: async () => {
      const user = await userDetail((await activeUser(3)).id);
      const conferenceId = await freeConferenceId();
      const answer = await conforms('setConferenceId', {
        params: { userId: user.id },
        headers: { 'If-Match': user.etag },
        body: { conferenceId },
      });
      expect(json<{ user: UserDetailLike }>(answer).user.audioConferencing.conferenceId).toBe(
        conferenceId,
      );
    },
  },
  {
    operationId: 'sendConferenceInfo',
    run: async () => {
      const user = await activeUser(4);
      await conforms('sendConferenceInfo', { params: { userId: user.id }, body: {} });
      await conforms('sendConferenceInfo', {
        params: { userId: user.id },
        body: { to: 'assistant@example.com' },
      });
    },
  },
  {
    operationId: 'resetPin',
    run: async () => {
      const user = await userDetail((await activeUser(5)).id);
      const answer = await conforms('resetPin', {
        params: { userId: user.id },
        headers: { 'If-Match': user.etag, 'Idempotency-Key': crypto.randomUUID() },
        body: { sendEmail: false },
      });
      expect(json(answer).pin).toMatch(/^\d+$/);
    },
  },
  {
    operationId: 'checkPin',
    run: async () => {
      const user = await activeUser();
      const weak = json<{ problems: string[] }>(
        await conforms('checkPin', { params: { userId: user.id }, body: { pin: '1111' } }),
      );
      expect(weak.problems.length).toBeGreaterThan(0);
    },
  },
  {
    operationId: 'lockPin',
    run: async () => {
      const user = await lockableUser();
      await conforms('lockPin', {
        params: { userId: user.id },
        headers: { 'If-Match': user.etag },
      });
    },
  },
  {
    operationId: 'unlockPin',
    run: async () => {
      const user = await lockedUser();
      const answer = await conforms('unlockPin', {
        params: { userId: user.id },
        headers: { 'If-Match': user.etag },
      });
      expect(json<{ pin: { isLocked: boolean } }>(answer).pin.isLocked).toBe(false);
    },
  },
  {
    operationId: 'resetMyPin',
    run: async () => {
      expect(tokens.user, 'a user token (CONTRACT_USER_TOKEN)').toBeTruthy();
      const answer = await conforms('resetMyPin', { token: tokens.user });
      expect(json(answer).pin).toMatch(/^\d+$/);
    },
  },
  { operationId: 'listPinPolicies', run: async () => void (await conforms('listPinPolicies')) },
  {
    operationId: 'saveGlobalPinPolicy',
    run: async () => {
      const { global } = await ok<{ global: unknown }>('listPinPolicies');
      await conforms('saveGlobalPinPolicy', { body: global });
    },
  },
  {
    operationId: 'saveSitePinPolicy',
    run: async () => {
      const { availableSites } = await ok<{ availableSites: string[] }>('listPinPolicies');
      await conforms('saveSitePinPolicy', {
        params: { site: availableSites[0]! },
        body: { minimumLength: 6, allowCommonPatterns: false, maximumLogonAttempts: 5 },
      });
    },
  },
  {
    operationId: 'removeSitePinPolicy',
    run: async () => {
      const { sites } = await ok<{ sites: { site: string }[] }>('listPinPolicies');
      await conforms('removeSitePinPolicy', { params: { site: sites[0]!.site } });
    },
  },
  {
    operationId: 'saveUserPinPolicy',
    run: async () => {
      const user = await activeUser(6);
      await conforms('saveUserPinPolicy', {
        params: { userId: user.id },
        body: { minimumLength: 8, allowCommonPatterns: true, maximumLogonAttempts: 3 },
      });
    },
  },
  {
    operationId: 'removeUserPinPolicy',
    run: async () => {
      const user = await activeUser(6);
      await conforms('removeUserPinPolicy', { params: { userId: user.id } });
    },
  },
  { operationId: 'getBridgeSettings', run: async () => void (await conforms('getBridgeSettings')) },
  {
    operationId: 'updateBridgeSettings',
    run: async () => {
      await conforms('updateBridgeSettings', { body: { ...(await bridgeUpdate()), pinLength: 6 } });
    },
  },
  {
    operationId: 'getAuditLog',
    run: async () => {
      const user = await activeUser(5);
      await conforms('getAuditLog');
      const pins = json<{ items: { action: string }[] }>(
        await conforms('getAuditLog', { query: { userId: user.id, action: 'resetPin' } }),
      );
      expect(pins.items.length).toBeGreaterThan(0);
    },
  },
  {
    operationId: 'listSentEmails',
    mockOnly: true,
    run: async () => void (await conforms('listSentEmails')),
  },
  {
    operationId: 'dialIn',
    mockOnly: true,
    run: async () => {
      const user = await activeUser(7);
      await conforms('dialIn', { body: { conferenceId: user.conferenceId! } });
    },
  },
  {
    operationId: 'listMeetings',
    mockOnly: true,
    run: async () => void (await conforms('listMeetings')),
  },
  {
    operationId: 'endMeeting',
    mockOnly: true,
    run: async () => {
      const user = await activeUser(7);
      await conforms('endMeeting', { params: { conferenceId: user.conferenceId! } }, 204);
    },
  },
  {
    operationId: 'getNetworkConditions',
    mockOnly: true,
    run: async () => void (await conforms('getNetworkConditions', { token: null })),
  },
  {
    operationId: 'setNetworkConditions',
    mockOnly: true,
    run: async () =>
      void (await conforms('setNetworkConditions', { token: null, body: { latencyMs: 0 } })),
  },
  {
    operationId: 'listDemoTokens',
    mockOnly: true,
    run: async () => {
      const listing = json<{ users: { displayName: string }[] }>(
        await conforms('listDemoTokens', { token: null, query: { search: 'a' } }),
      );
      expect(listing.users.length).toBeGreaterThan(0);
    },
  },
  {
    operationId: 'getMockState',
    mockOnly: true,
    run: async () => {
      const state = json<{ ready: boolean; host: string; recovery: unknown }>(
        await conforms('getMockState', { token: null }),
      );
      expect(state).toMatchObject({ ready: true, host: 'server', recovery: null });
    },
  },
  {
    operationId: 'resetDemoData',
    mockOnly: true,
    run: async () => {
      await conforms('resetDemoData', { token: null }, 204);
      await conforms('resetDemoData', { token: null, body: {} }, 204);
      // Another scenario, and back: the empty tenant has no users.
      await conforms('resetDemoData', { token: null, body: { scenario: 'empty' } }, 204);
      const empty = json<{ total: number }>(await conforms('listUsers'));
      expect(empty.total).toBe(0);
      await conforms('resetDemoData', { token: null, body: { scenario: 'default' } }, 204);
      expect(
        json<{ scenario: string }>(await conforms('getMockState', { token: null })).scenario,
      ).toBe('default');
    },
  },
];

type UserDetailLike = { audioConferencing: { conferenceId: string | null } };
