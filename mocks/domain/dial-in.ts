import type { DialInResult, Meeting } from '../../src/api/contract/dial-in';
import { staleInviteWith } from './meetings';
import { pinMatches } from './pin';
import { effectivePinPolicy } from './pin-policy';
import type { MeetingState, Tenant } from './types';

function view(tenant: Tenant, meeting: MeetingState): Meeting {
  const organizer = tenant.usersById.get(meeting.organizerId);
  return {
    conferenceId: meeting.conferenceId,
    organizerName: organizer?.displayName ?? 'Unknown organizer',
    started: meeting.started,
    inMeeting: [...meeting.inMeeting],
    inLobby: [...meeting.inLobby],
  };
}

const refused = (message: string): DialInResult => ({ outcome: 'refused', message, meeting: null });

/** Starts the meeting: everyone waiting in the lobby joins (D2). */
function start(meeting: MeetingState): number {
  const joined = meeting.inLobby.length;
  meeting.started = true;
  meeting.inMeeting.push(...meeting.inLobby);
  meeting.inLobby = [];
  return joined;
}

const fromLobby = (joined: number) =>
  joined === 0 ? '' : ` ${joined} ${joined === 1 ? 'caller' : 'callers'} joined from the lobby.`;

/**
 * What the bridge answers a caller. D1: only a current ID of a Microsoft-provider organizer is
 * accepted; a retired one is refused, naming an invite that still carries it (M4). D2: the organizer's right PIN starts the meeting and the
 * lobby joins; without a PIN a caller waits in the lobby unless the organizer lets
 * unauthenticated callers start the meeting.
 */
export function dialIn(tenant: Tenant, conferenceId: string, pin?: string): DialInResult {
  const id = conferenceId.trim();
  const length = tenant.bridge.conferenceIdLength;
  if (!new RegExp(`^[0-9]{${length}}$`).test(id)) {
    return refused(`That isn't a conference ID. Enter the ${length} digits from the invite.`);
  }
  if (tenant.retiredConferenceIds.has(id)) {
    // M4: an invite not yet updated still carries it; the bridge says which.
    const stale = staleInviteWith(tenant, id);
    return refused(
      stale
        ? `That conference ID no longer works: it was replaced, and ${stale.organizer}'s invite for “${stale.subject}” still carries it until the meeting invites are updated. Ask the organizer for the new one.`
        : 'That conference ID no longer works. Ask the organizer for the new one.',
    );
  }
  const organizerId = tenant.assignedConferenceIds.get(id);
  const organizer = organizerId ? tenant.usersById.get(organizerId) : undefined;
  if (!organizer) return refused("That conference ID wasn't found on this bridge.");
  if (!organizer.audio.enabled || organizer.audio.provider !== 'Microsoft') {
    return refused(
      "This organizer doesn't use Microsoft Audio Conferencing, so the ID can't be used.",
    );
  }

  const withPin = pin !== undefined && pin !== '';
  if (withPin) {
    if (organizer.pin.locked) {
      return refused("The organizer's PIN is locked. Ask an administrator to unlock it.");
    }
    if (!organizer.pin.stored || !pinMatches(organizer.pin.stored, pin)) {
      // D3: counts toward the lock (P5). Not a change an admin made, so the ETag stays —
      // unless this attempt locks the PIN, which the admin must see.
      organizer.pin.failedAttempts += 1;
      tenant.changedUserIds.add(organizer.id);
      const { maximumLogonAttempts } = effectivePinPolicy(tenant, organizer).policy;
      if (organizer.pin.failedAttempts >= maximumLogonAttempts) {
        organizer.pin.locked = true;
        organizer.version += 1;
        tenant.revision += 1;
        return refused(
          "That PIN isn't right, and that was the last attempt allowed: the PIN is now locked. Ask an administrator to unlock it.",
        );
      }
      return refused("That PIN isn't right. Try again, or join without a PIN.");
    }
  }

  // Only an accepted call opens a meeting: a refused one leaves no trace on the bridge.
  let meeting = tenant.meetings.get(id);
  if (!meeting) {
    meeting = {
      conferenceId: id,
      organizerId: organizer.id,
      started: false,
      inMeeting: [],
      inLobby: [],
      nextCaller: 1,
    };
    tenant.meetings.set(id, meeting);
  }

  if (withPin) {
    organizer.pin.failedAttempts = 0;
    tenant.changedUserIds.add(organizer.id);
    const organizerName = `${organizer.displayName} (organizer)`;
    if (!meeting.inMeeting.includes(organizerName)) meeting.inMeeting.unshift(organizerName);
    const wasStarted = meeting.started;
    const joined = start(meeting);
    return {
      outcome: wasStarted ? 'joined' : 'started',
      message: `${wasStarted ? 'The organizer joined the meeting.' : 'The organizer started the meeting.'}${fromLobby(joined)}`,
      meeting: view(tenant, meeting),
    };
  }

  const caller = `Caller ${meeting.nextCaller++}`;
  if (meeting.started) {
    meeting.inMeeting.push(caller);
    return {
      outcome: 'joined',
      message: `${caller} joined the meeting.`,
      meeting: view(tenant, meeting),
    };
  }
  if (organizer.audio.allowUnauthenticatedStart) {
    meeting.inLobby.push(caller);
    const joined = start(meeting) - 1;
    return {
      outcome: 'started',
      message: `${caller} started the meeting: the organizer lets callers start it without a PIN.${fromLobby(joined)}`,
      meeting: view(tenant, meeting),
    };
  }
  meeting.inLobby.push(caller);
  return {
    outcome: 'lobby',
    message: `${caller} is waiting in the lobby, with music on hold, until the organizer starts the meeting.`,
    meeting: view(tenant, meeting),
  };
}

export function listMeetings(tenant: Tenant): Meeting[] {
  return [...tenant.meetings.values()].map((meeting) => view(tenant, meeting));
}

/** Hangs everyone up; also used when an ID stops working. */
export function endMeeting(tenant: Tenant, conferenceId: string): boolean {
  return tenant.meetings.delete(conferenceId);
}
