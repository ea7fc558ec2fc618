/**
 * M1: every user's scheduled meetings, seeded from their id so that even the 100,000 users of the
 * large scenario cost nothing until one is looked at; and what each invite carries. Only users
 * whose dial-in information changed keep their invites (Tenant.invites): everyone else's invites
 * carry their current information, as they were sent with it.
 */
import type { Invite, ScheduledMeeting } from '../../src/api/contract/meetings';
import { dialInNumbersFor } from './bridge';
import type { Tenant, UserRecord } from './types';

/** M3: meetings with more attendees than this are not migrated. */
export const MIGRATION_ATTENDEE_LIMIT = 250;

interface SeededMeeting {
  id: string;
  subject: string;
  startsAt: string;
  attendees: number;
}

/** A fixture's meetings, for QA's walks: Amos's all migrate; Diego's all-hands can't (M3). */
const FIXTURE_MEETINGS: Record<
  string,
  { subject: string; day: number; hour: number; attendees: number }[]
> = {
  'Amos Marble': [
    { subject: 'Weekly sales sync', day: 1, hour: 9, attendees: 8 },
    { subject: 'Quarterly business review', day: 3, hour: 14, attendees: 42 },
    { subject: 'Customer call: Fabrikam', day: 6, hour: 16, attendees: 5 },
  ],
  'Diego Siciliani': [
    { subject: 'Quarterly all-hands', day: 2, hour: 17, attendees: 300 },
    { subject: 'Finance stand-up', day: 1, hour: 8, attendees: 12 },
  ],
};

const SUBJECTS = [
  'Team stand-up',
  'Project review',
  'One-on-one',
  'Planning session',
  'Customer call',
  'Design review',
  'Budget review',
  'Partner sync',
  'Training',
  'Town hall',
] as const;

const DAY = 86_400_000;

/** FNV-1a: a user's id → a number that seeds their meetings. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A small generator from a seed (mulberry32): the same user always has the same meetings. */
function generatorOf(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Meetings start on the days after the tenant was made, at whole hours (UTC). */
function startOf(tenant: Tenant, day: number, hour: number): string {
  const firstDay = Math.floor(tenant.clock.originMs / DAY) * DAY;
  return new Date(firstDay + day * DAY + hour * 3_600_000).toISOString();
}

/** M1: a user's meetings as seeded, soonest first: 0 to 3, a town hall now and then over 250. */
export function seededMeetings(tenant: Tenant, user: UserRecord): SeededMeeting[] {
  const fixture = FIXTURE_MEETINGS[user.displayName];
  const plan = fixture
    ? fixture
    : (() => {
        const next = generatorOf(hashOf(user.id));
        const count = Math.floor(next() * 4);
        return Array.from({ length: count }, () => {
          const subject = SUBJECTS[Math.floor(next() * SUBJECTS.length)]!;
          const large = subject === 'Town hall' && next() < 0.5;
          return {
            subject,
            day: 1 + Math.floor(next() * 14),
            hour: 8 + Math.floor(next() * 9),
            attendees: large ? 251 + Math.floor(next() * 500) : 2 + Math.floor(next() * 40),
          };
        });
      })();
  return plan
    .map((m, index) => ({
      id: `${user.id}-meeting-${index + 1}`,
      subject: m.subject,
      startsAt: startOf(tenant, m.day, m.hour),
      attendees: m.attendees,
    }))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id));
}

/** M1: the dial-in information a new invite of this user carries now. */
export function currentInvite(tenant: Tenant, user: UserRecord): Invite {
  if (!user.audio.enabled || user.audio.provider !== 'Microsoft' || !user.audio.conferenceId) {
    return { conferenceId: null, tollNumber: null, tollFreeNumber: null };
  }
  const { toll, tollFree } = dialInNumbersFor(tenant.bridge, user);
  return { conferenceId: user.audio.conferenceId, tollNumber: toll, tollFreeNumber: tollFree };
}

export const sameInvite = (a: Invite, b: Invite) =>
  a.conferenceId === b.conferenceId &&
  a.tollNumber === b.tollNumber &&
  a.tollFreeNumber === b.tollFreeNumber;

/** What each of the user's meetings' invites carries, by meeting (seeded order). */
export function invitesOf(tenant: Tenant, user: UserRecord, meetings: number): Invite[] {
  const kept = tenant.invites.get(user.id);
  if (kept) return kept;
  const invite = currentInvite(tenant, user);
  return Array.from({ length: meetings }, () => ({ ...invite }));
}

/**
 * Keeps what the user's invites carry before their dial-in information changes (M2): they were
 * sent with the old information and keep it until a migration updates them.
 */
export function keepInvites(tenant: Tenant, user: UserRecord): void {
  if (tenant.invites.has(user.id)) return;
  const count = seededMeetings(tenant, user).length;
  if (count === 0) return;
  tenant.invites.set(user.id, invitesOf(tenant, user, count));
}

/** Forgets the user's kept invites once they all carry the current information again. */
export function forgetCurrentInvites(tenant: Tenant, user: UserRecord): void {
  const kept = tenant.invites.get(user.id);
  if (!kept) return;
  const current = currentInvite(tenant, user);
  if (kept.every((invite) => sameInvite(invite, current))) tenant.invites.delete(user.id);
}

/** M1: the user's meetings, soonest first, each with its invite and whether it is up to date. */
export function listUserMeetings(tenant: Tenant, user: UserRecord): ScheduledMeeting[] {
  const meetings = seededMeetings(tenant, user);
  const invites = invitesOf(tenant, user, meetings.length);
  const current = currentInvite(tenant, user);
  return meetings.map((meeting, index) => {
    const invite = invites[index] ?? current;
    return { ...meeting, invite: { ...invite }, upToDate: sameInvite(invite, current) };
  });
}

/** The meetings whose invites carry something else than the user's current information. */
export function outOfDateMeetings(tenant: Tenant, user: UserRecord): number {
  return listUserMeetings(tenant, user).filter((m) => !m.upToDate).length;
}

/**
 * M4: an invite that still carries `conferenceId` after it was retired, as the dial-in simulator
 * names it: the organizer and the meeting's subject. Only kept invites can: others are current.
 */
export function staleInviteWith(
  tenant: Tenant,
  conferenceId: string,
): { organizer: string; subject: string } | null {
  for (const [userId, invites] of tenant.invites) {
    const index = invites.findIndex((invite) => invite.conferenceId === conferenceId);
    if (index < 0) continue;
    const user = tenant.usersById.get(userId);
    if (!user) continue;
    const meeting = seededMeetings(tenant, user)[index];
    return { organizer: user.displayName, subject: meeting?.subject ?? 'a meeting' };
  }
  return null;
}
