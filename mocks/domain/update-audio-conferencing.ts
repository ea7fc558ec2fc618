import type {
  UpdateAudioConferencingRequest,
  UpdateAudioConferencingResponse,
} from '../../src/api/contract/audio-conferencing';
import type { EmailOutcome } from '../../src/api/contract/common';
import { assignConferenceId, generateConferenceId, retireConferenceId } from './conference-id';
import { staleWriteRefusal } from './concurrency';
import { conferencingRemovedMessage, sendAutomaticEmail, welcomeMessage } from './email';
import { endMeeting } from './dial-in';
import { afterDialInChange } from './meeting-migration';
import { keepInvites } from './meetings';
import { generatePin, hashPin } from './pin';
import { ok, refuse, type Result } from './result';
import { touch } from './touch';
import type { DomainContext, Tenant, UserRecord } from './types';
import { findUser, toDetail } from './users';

const usesMicrosoftBridge = (audio: { enabled: boolean; provider: string }) =>
  audio.enabled && audio.provider === 'Microsoft';

function numberProblems(tenant: Tenant, settings: UpdateAudioConferencingRequest) {
  const errors: Record<string, string[]> = {};
  const numbers = tenant.bridge.serviceNumbers;
  if (
    settings.tollNumber !== null &&
    !numbers.some((n) => n.type === 'Toll' && n.number === settings.tollNumber)
  ) {
    errors.tollNumber = ["Choose one of the bridge's toll numbers."];
  }
  if (
    settings.tollFreeNumber !== null &&
    !numbers.some((n) => n.type === 'TollFree' && n.number === settings.tollFreeNumber)
  ) {
    errors.tollFreeNumber = ["Choose one of the bridge's toll-free numbers."];
  }
  return errors;
}

/**
 * The Edit form: enabled, provider, numbers, who may start meetings (D2), dial-out. Turning the
 * Microsoft bridge on for a user gives them a fresh ID and a welcome email (C1, E1); turning it
 * off retires the ID, which stops working at once (C5), and tells the user (E1).
 */
export function updateAudioConferencing(
  tenant: Tenant,
  ctx: DomainContext,
  userId: string,
  settings: UpdateAudioConferencingRequest,
  ifMatch?: string,
): Result<UpdateAudioConferencingResponse> {
  const found = findUser(tenant, userId);
  if (!found.ok) return found;
  const user = found.value;
  const stale = staleWriteRefusal(user, ifMatch);
  if (stale) return stale;
  const errors = numberProblems(tenant, settings);
  if (Object.keys(errors).length > 0) {
    return refuse('validation', 'Some settings are not valid.', errors);
  }

  keepInvites(tenant, user);
  const wasOn = usesMicrosoftBridge(user.audio);
  const previousId = user.audio.conferenceId;
  const thirdPartyName = settings.thirdPartyProviderName?.trim() || null;
  user.audio = {
    ...user.audio,
    enabled: settings.enabled,
    provider: settings.provider,
    thirdPartyProviderName: settings.provider === 'ThirdParty' ? thirdPartyName : null,
    tollNumber: settings.tollNumber,
    tollFreeNumber: settings.tollFreeNumber,
    allowUnauthenticatedStart: settings.allowUnauthenticatedStart,
    dialOut: settings.dialOut,
  };
  const isOn = usesMicrosoftBridge(user.audio);

  let email: EmailOutcome | null = null;
  if (!wasOn && isOn) email = turnOn(tenant, ctx, user);
  if (wasOn && !isOn) email = turnOff(tenant, ctx, user);
  touch(tenant, user);
  const trigger =
    !wasOn && isOn
      ? 'Audio Conferencing turned on'
      : wasOn && !isOn
        ? 'Audio Conferencing turned off'
        : 'Dial-in numbers changed';
  const meetings = afterDialInChange(tenant, user, trigger, ctx.now().getTime());
  return ok({ user: toDetail(user, tenant), previousConferenceId: previousId, email, meetings });
}

function turnOn(tenant: Tenant, ctx: DomainContext, user: UserRecord): EmailOutcome {
  const id = generateConferenceId(tenant, ctx.random);
  assignConferenceId(tenant, user.id, id);
  user.audio.conferenceId = id;
  // A new PIN is only worth making if the email can carry it; otherwise the admin resets one.
  const canMail = tenant.bridge.autoSendEmails && user.email !== null;
  const pinGenerated = user.pin.stored === null && canMail;
  if (pinGenerated) {
    user.pin.stored = hashPin(generatePin(ctx.random, tenant.bridge.pinLength), ctx.random);
    user.pin.lastChangedAt = ctx.now().toISOString();
    user.pin.failedAttempts = 0;
  }
  return sendAutomaticEmail(
    tenant,
    ctx,
    user,
    welcomeMessage(tenant, user, pinGenerated),
    user.pin.stored
      ? 'their conference ID and dial-in numbers'
      : 'their conference ID and dial-in numbers (they have no PIN yet: reset one to give them one)',
  );
}

function turnOff(tenant: Tenant, ctx: DomainContext, user: UserRecord): EmailOutcome {
  const previous = user.audio.conferenceId;
  if (previous) {
    endMeeting(tenant, previous);
    retireConferenceId(tenant, previous);
  }
  user.audio.conferenceId = null;
  return sendAutomaticEmail(
    tenant,
    ctx,
    user,
    conferencingRemovedMessage(user, previous),
    'the news that their conference ID no longer works',
  );
}
