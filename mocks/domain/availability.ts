import type { ActionAvailability, ActionName } from '../../src/api/contract/users';
import { canChangeAnything, roleReason, type AdminRole } from './roles';
import type { UserRecord } from './types';

/** C5 and friends: why a user's Microsoft dial-in identity can't be used, or null if it can. */
export function conferencingUnavailableReason(user: UserRecord): string | null {
  const name = user.displayName;
  if (!user.audio.enabled) {
    return `${name} isn't enabled for Audio Conferencing, so there is no conference ID or PIN to manage.`;
  }
  if (user.audio.provider === 'ThirdParty') {
    const provider = user.audio.thirdPartyProviderName ?? 'a third-party provider';
    return `${name}'s audio conferencing provider is ${provider}, not Microsoft, so a Microsoft conference ID and PIN don't work for them.`;
  }
  if (user.audio.provider === 'None') {
    return `${name} has no audio conferencing provider, so the conference ID doesn't work.`;
  }
  return null;
}

/** P5: a locked PIN must be unlocked before it can be set or reset. */
export function pinResetUnavailableReason(user: UserRecord): string | null {
  const reason = conferencingUnavailableReason(user);
  if (reason) return reason;
  if (user.pin.locked) {
    return `${user.displayName}'s PIN is locked. Unlock it before you reset it.`;
  }
  return null;
}

/** What the signed-in admin can do to this user now; a role that may change nothing, nothing (A1). */
export function actionAvailability(
  user: UserRecord,
  role: AdminRole = 'TeamsAdministrator',
): Record<ActionName, ActionAvailability> {
  const forbidden = canChangeAnything(role) ? null : roleReason(role);
  const of = (reason: string | null): ActionAvailability => ({
    available: forbidden === null && reason === null,
    reason: forbidden ?? reason,
  });
  const conferencing = conferencingUnavailableReason(user);
  return {
    resetConferenceId: of(conferencing),
    setConferenceId: of(conferencing),
    resetPin: of(pinResetUnavailableReason(user)),
    lockPin: of(
      conferencing ??
        (!user.pin.stored
          ? `${user.displayName} has no PIN to lock.`
          : user.pin.locked
            ? `${user.displayName}'s PIN is already locked.`
            : null),
    ),
    unlockPin: of(user.pin.locked ? null : `${user.displayName}'s PIN isn't locked.`),
    sendConferenceInfo: of(conferencing),
  };
}
