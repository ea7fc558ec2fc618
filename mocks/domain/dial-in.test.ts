import { beforeEach, describe, expect, it } from 'vitest';
import type { UpdateAudioConferencingRequest } from '../../src/api/contract/audio-conferencing';
import type { DialInResult, Meeting } from '../../src/api/contract/dial-in';
import { generateScenario } from '../scenarios/scenarios';
import { resetConferenceId, resetPin } from './actions';
import { dialIn, endMeeting, listMeetings } from './dial-in';
import { hashPin } from './pin';
import { setConferenceId } from './set-conference-id';
import { AMOS, DIEGO, expectOk, KEN, testContext, userByName } from './test-helpers';
import type { DomainContext, Tenant, UserRecord } from './types';
import { updateAudioConferencing } from './update-audio-conferencing';

let tenant: Tenant;
let ctx: DomainContext;
let amos: UserRecord;

beforeEach(() => {
  tenant = generateScenario('default');
  ctx = testContext();
  amos = userByName(tenant, AMOS);
});

/** A free ID on the bridge (checked, so the test can't lie). */
function freeId(candidate: string): string {
  if (tenant.assignedConferenceIds.has(candidate) || tenant.retiredConferenceIds.has(candidate)) {
    throw new Error(`${candidate} is not free on the bridge`);
  }
  return candidate;
}

function meetingOf(result: DialInResult): Meeting {
  if (!result.meeting)
    throw new Error(`Expected a meeting, got ${result.outcome}: ${result.message}`);
  return result.meeting;
}

/** A PIN for Amos that the test knows (P2: only the reset response carries it). */
function amosPin(): string {
  return expectOk(resetPin(tenant, ctx, amos.id)).pin;
}

/** Some PIN of the bridge's length that is not `pin`. */
function otherPin(pin: string): string {
  return pin
    .split('')
    .map((d) => String((Number(d) + 1) % 10))
    .join('');
}

function expectRefused(result: DialInResult): void {
  expect(result.outcome).toBe('refused');
  expect(result.meeting).toBeNull();
  expect(result.message.length).toBeGreaterThan(10);
}

describe('D1 which conference IDs the bridge accepts', () => {
  it("D1: a current ID of a Microsoft-provider user is accepted (the caller waits for Amos Marble's meeting)", () => {
    const result = dialIn(tenant, amos.audio.conferenceId!);
    expect(result.outcome).toBe('lobby');
    expect(meetingOf(result)).toMatchObject({
      conferenceId: amos.audio.conferenceId,
      organizerName: AMOS,
      started: false,
    });
  });

  it('D1: an unknown 7-digit ID is refused', () => {
    expectRefused(dialIn(tenant, freeId('1000001')));
    expect(listMeetings(tenant)).toEqual([]);
  });

  it.each([
    ['6 digits', '123456'],
    ['8 digits', '12345678'],
    ['letters', '12a4567'],
    ['full-width digits', '１２３４５６７'],
    ['empty', ''],
  ])('D1: a malformed ID (%s) is refused', (_, value) => {
    expectRefused(dialIn(tenant, value));
    expect(listMeetings(tenant)).toEqual([]);
  });

  it('D1: a malformed ID that contains a real ID is refused', () => {
    expectRefused(dialIn(tenant, `${amos.audio.conferenceId}0`));
    expectRefused(dialIn(tenant, amos.audio.conferenceId!.slice(1)));
  });

  it('D1: after a reset, the retired ID is refused and the new one is accepted', () => {
    const old = amos.audio.conferenceId!;
    const next = expectOk(resetConferenceId(tenant, ctx, amos.id)).user.audioConferencing
      .conferenceId!;

    expectRefused(dialIn(tenant, old));
    expect(dialIn(tenant, next).outcome).toBe('lobby');
  });

  it('D1: after setting a specific ID, the replaced ID is refused and the new one is accepted', () => {
    const old = amos.audio.conferenceId!;
    const wanted = freeId('2718281');
    expectOk(setConferenceId(tenant, ctx, amos.id, wanted));

    expectRefused(dialIn(tenant, old));
    expect(dialIn(tenant, wanted).outcome).toBe('lobby');
  });

  it('D1: the ID of a user switched away from Microsoft (to None) is refused', () => {
    const old = amos.audio.conferenceId!;
    const pin = amosPin();
    expectOk(updateAudioConferencing(tenant, ctx, amos.id, settingsOf(amos, { provider: 'None' })));

    expectRefused(dialIn(tenant, old));
    expectRefused(dialIn(tenant, old, pin));
  });

  it('D1: an ID still on the record of a user whose provider changed is refused', () => {
    // Even if the record kept its ID, the bridge checks the provider.
    const ken = userByName(tenant, KEN);
    ken.audio.provider = 'ThirdParty';
    expectRefused(dialIn(tenant, ken.audio.conferenceId!));
    ken.audio.provider = 'Microsoft';
    ken.audio.enabled = false;
    expectRefused(dialIn(tenant, ken.audio.conferenceId!));
  });
});

describe('D2 lobby and starting the meeting', () => {
  it('D2: two callers without a PIN wait in the lobby', () => {
    const id = amos.audio.conferenceId!;

    const first = dialIn(tenant, id);
    const second = dialIn(tenant, id);

    expect(first.outcome).toBe('lobby');
    expect(second.outcome).toBe('lobby');
    const meeting = meetingOf(second);
    expect(meeting.started).toBe(false);
    expect(meeting.inLobby).toHaveLength(2);
    expect(new Set(meeting.inLobby).size).toBe(2);
    expect(meeting.inMeeting).toEqual([]);
  });

  it('D2: the organizer with the right PIN starts the meeting and the lobby joins', () => {
    const id = amos.audio.conferenceId!;
    const pin = amosPin();
    const waiting = meetingOf((dialIn(tenant, id), dialIn(tenant, id))).inLobby;

    const result = dialIn(tenant, id, pin);

    expect(result.outcome).toBe('started');
    const meeting = meetingOf(result);
    expect(meeting.started).toBe(true);
    expect(meeting.inLobby).toEqual([]);
    expect(meeting.inMeeting).toHaveLength(3);
    expect(meeting.inMeeting).toEqual(expect.arrayContaining(waiting));
    expect(meeting.inMeeting.filter((p) => p.includes(AMOS))).toHaveLength(1);
  });

  it('D2: once started, a caller without a PIN joins directly', () => {
    const id = amos.audio.conferenceId!;
    const pin = amosPin();
    dialIn(tenant, id);
    expect(dialIn(tenant, id, pin).outcome).toBe('started');

    const later = dialIn(tenant, id);

    expect(later.outcome).toBe('joined');
    const meeting = meetingOf(later);
    expect(meeting.inLobby).toEqual([]);
    expect(meeting.inMeeting).toHaveLength(3);
  });

  it('D2: a wrong PIN is refused and leaves the meeting as it was', () => {
    const id = amos.audio.conferenceId!;
    const pin = amosPin();
    dialIn(tenant, id);
    const before = listMeetings(tenant);

    expectRefused(dialIn(tenant, id, otherPin(pin)));

    expect(listMeetings(tenant)).toEqual(before);
    expect(before[0]!.started).toBe(false);
    expect(before[0]!.inLobby).toHaveLength(1);
  });

  it('D2: a refused PIN call on an idle ID leaves no meeting behind', () => {
    const pin = amosPin();
    expectRefused(dialIn(tenant, amos.audio.conferenceId!, otherPin(pin)));
    expect(listMeetings(tenant)).toEqual([]);
  });

  it('D2: Ken Myer has no PIN, so no PIN starts his meeting', () => {
    const ken = userByName(tenant, KEN);
    expect(ken.pin.stored).toBeNull();
    const id = ken.audio.conferenceId!;
    dialIn(tenant, id);

    for (const pin of ['00000', '12345', '1', '000000000000', ' ']) {
      expectRefused(dialIn(tenant, id, pin));
    }

    const meeting = listMeetings(tenant).find((m) => m.conferenceId === id)!;
    expect(meeting.started).toBe(false);
    expect(meeting.inMeeting).toEqual([]);
    expect(meeting.inLobby).toHaveLength(1);
  });

  it("D2 + P5: Diego Siciliani's locked PIN is refused, even the right one", () => {
    const diego = userByName(tenant, DIEGO);
    expect(diego.pin.locked).toBe(true);
    // Give the locked PIN a value the test knows.
    diego.pin.stored = hashPin('24680', ctx.random);
    const id = diego.audio.conferenceId!;
    dialIn(tenant, id);

    for (const pin of ['24680', '13579']) {
      const result = dialIn(tenant, id, pin);
      expectRefused(result);
      expect(result.message).toMatch(/locked/);
    }
    expect(listMeetings(tenant).find((m) => m.conferenceId === id)!.started).toBe(false);
  });

  it('D2: with allowUnauthenticatedStart, the first caller without a PIN starts the meeting', () => {
    expectOk(
      updateAudioConferencing(
        tenant,
        ctx,
        amos.id,
        settingsOf(amos, { allowUnauthenticatedStart: true }),
      ),
    );
    const id = amos.audio.conferenceId!;

    const first = dialIn(tenant, id);

    expect(first.outcome).toBe('started');
    const meeting = meetingOf(first);
    expect(meeting.started).toBe(true);
    expect(meeting.inMeeting).toHaveLength(1);
    expect(meeting.inLobby).toEqual([]);
    expect(dialIn(tenant, id).outcome).toBe('joined');
  });

  it('D2: callers already waiting join when an allowed caller starts the meeting', () => {
    const id = amos.audio.conferenceId!;
    const waiting = meetingOf(dialIn(tenant, id)).inLobby;
    expectOk(
      updateAudioConferencing(
        tenant,
        ctx,
        amos.id,
        settingsOf(amos, { allowUnauthenticatedStart: true }),
      ),
    );

    const meeting = meetingOf(dialIn(tenant, id));

    expect(meeting.started).toBe(true);
    expect(meeting.inLobby).toEqual([]);
    expect(meeting.inMeeting).toHaveLength(2);
    expect(meeting.inMeeting).toEqual(expect.arrayContaining(waiting));
  });

  it("D2: one organizer's setting does not let callers start another organizer's meeting", () => {
    expectOk(
      updateAudioConferencing(
        tenant,
        ctx,
        amos.id,
        settingsOf(amos, { allowUnauthenticatedStart: true }),
      ),
    );
    expect(dialIn(tenant, userByName(tenant, KEN).audio.conferenceId!).outcome).toBe('lobby');
  });
});

describe('D3 wrong PINs count toward the lock', () => {
  it('D3: a wrong PIN counts as a failed attempt of the organizer', () => {
    const pin = amosPin();
    expect(amos.pin.failedAttempts).toBe(0);

    expectRefused(dialIn(tenant, amos.audio.conferenceId!, otherPin(pin)));
    expectRefused(dialIn(tenant, amos.audio.conferenceId!, otherPin(otherPin(pin))));

    expect(amos.pin.failedAttempts).toBe(2);
  });

  it('D3: the right PIN is not a failed attempt', () => {
    const pin = amosPin();
    dialIn(tenant, amos.audio.conferenceId!, pin);
    expect(amos.pin.failedAttempts).toBe(0);
    expect(amos.pin.locked).toBe(false);
  });
});

describe('meetings on the simulated bridge', () => {
  it('listMeetings lists a meeting with its ID, organizer and who is where', () => {
    expect(listMeetings(tenant)).toEqual([]);
    const id = amos.audio.conferenceId!;
    const waiting = meetingOf(dialIn(tenant, id)).inLobby;

    expect(listMeetings(tenant)).toEqual([
      { conferenceId: id, organizerName: AMOS, started: false, inMeeting: [], inLobby: waiting },
    ]);
  });

  it('endMeeting clears it: it is no longer listed and the next caller waits again', () => {
    const id = amos.audio.conferenceId!;
    const pin = amosPin();
    dialIn(tenant, id);
    dialIn(tenant, id, pin);
    const kensId = userByName(tenant, KEN).audio.conferenceId!;
    dialIn(tenant, kensId);

    expect(endMeeting(tenant, id)).toBe(true);

    expect(listMeetings(tenant).map((m) => m.conferenceId)).toEqual([kensId]);
    expect(endMeeting(tenant, id)).toBe(false);
    const next = dialIn(tenant, id);
    expect(next.outcome).toBe('lobby');
    expect(meetingOf(next)).toMatchObject({ started: false, inMeeting: [] });
    expect(meetingOf(next).inLobby).toHaveLength(1);
  });

  it("resetting the organizer's conference ID ends the meeting on the old ID", () => {
    const old = amos.audio.conferenceId!;
    const pin = amosPin();
    dialIn(tenant, old);
    expect(dialIn(tenant, old, pin).outcome).toBe('started');

    const next = expectOk(resetConferenceId(tenant, ctx, amos.id)).user.audioConferencing
      .conferenceId!;

    expect(listMeetings(tenant)).toEqual([]);
    expectRefused(dialIn(tenant, old));
    const onNew = dialIn(tenant, next);
    expect(onNew.outcome).toBe('lobby');
    expect(meetingOf(onNew).started).toBe(false);
  });

  it('setting a specific ID, or switching the organizer to None, ends the meeting on the old ID', () => {
    const ken = userByName(tenant, KEN);
    dialIn(tenant, amos.audio.conferenceId!);
    dialIn(tenant, ken.audio.conferenceId!);
    expect(listMeetings(tenant)).toHaveLength(2);

    expectOk(setConferenceId(tenant, ctx, amos.id, freeId('2718281')));
    expect(listMeetings(tenant).map((m) => m.organizerName)).toEqual([KEN]);

    expectOk(updateAudioConferencing(tenant, ctx, ken.id, settingsOf(ken, { provider: 'None' })));
    expect(listMeetings(tenant)).toEqual([]);
  });
});

/** The Edit form as it opens for this user, with some fields changed. */
function settingsOf(
  user: UserRecord,
  changes: Partial<UpdateAudioConferencingRequest> = {},
): UpdateAudioConferencingRequest {
  const { enabled, provider, thirdPartyProviderName, tollNumber, tollFreeNumber } = user.audio;
  const { allowUnauthenticatedStart, dialOut } = user.audio;
  return {
    enabled,
    provider,
    thirdPartyProviderName,
    tollNumber,
    tollFreeNumber,
    allowUnauthenticatedStart,
    dialOut,
    ...changes,
  };
}
