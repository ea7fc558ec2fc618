/**
 * S1: the PowerShell behind each change the admin center makes — the current cmdlets, with the
 * real identity and values, quoted for PowerShell. Where no current cmdlet does it (a conference
 * ID reset or set: `-ResetConferenceId` and `-ConferenceId` were retired in 2022), it says so and
 * names the retired parameter instead of inventing one. A PIN never appears: a reset makes a new
 * one on the server, and a chosen PIN has no cmdlet.
 *
 * One place for every action: the dialogs show it under `Show PowerShell`, the audit log beside
 * each entry.
 */
import type { UpdateAudioConferencingRequest } from '../api/contract/audio-conferencing';
import type { PowerShellView } from '../api/contract/audit';
import type { BridgeSettingsUpdate } from '../api/contract/bridge';
import type { DialOut } from '../api/contract/common';
import type { JobAction } from '../api/contract/jobs';
import type { PinPolicy } from '../api/contract/pin-policies';

/**
 * The command lines, in order (empty when no current cmdlet does it), and what they can't do and
 * why (a retired parameter, a license), in the admin's words.
 */
export type PowerShell = PowerShellView;

/** What was changed, with the values the dialog sent. */
export type PowerShellAction =
  | { action: 'resetPin'; identity: string; sendEmail: boolean; sendTo?: string | null }
  | { action: 'setPin'; identity: string }
  | { action: 'sendConferenceInfo'; identity: string; sendTo?: string | null }
  | { action: 'resetConferenceId'; identity: string }
  | { action: 'setConferenceId'; identity: string; conferenceId: string }
  | { action: 'lockPin'; identity: string }
  | { action: 'unlockPin'; identity: string }
  | {
      action: 'updateAudioConferencing';
      identity: string;
      settings: UpdateAudioConferencingRequest;
    }
  | { action: 'updateBridgeSettings'; settings: BridgeSettingsUpdate }
  | { action: 'savePinPolicy'; scope: PinPolicyScope; policy: PinPolicy }
  | { action: 'removePinPolicy'; scope: PinPolicyScope }
  | { action: 'startJob'; job: JobAction; file: string }
  | { action: 'cancelJob'; jobId: string }
  | { action: 'updateMeetings'; identity: string }
  | { action: 'retryMeetingMigration'; identity: string };

/** Which PIN policy: the tenant's, a site's or a user's. */
export type PinPolicyScope =
  { kind: 'global' } | { kind: 'site'; site: string } | { kind: 'user'; identity: string };

/**
 * A PowerShell string literal: single-quoted, so `$`, backticks and double quotes are taken as
 * they are; a single quote (PowerShell also reads the typographic ones as such) is doubled.
 */
export function quote(value: string): string {
  return `'${value.replace(/['\u2018\u2019\u201a\u201b]/g, (mark) => mark + mark)}'`;
}

/** A user's identity in a cmdlet: their sign-in name, which is the SIP address's. */
export const identityOf = (user: { sipAddress: string }) => user.sipAddress.replace(/^sip:/i, '');

export const psBool = (value: boolean): string => (value ? '$true' : '$false');

const USER_CMDLET = 'Set-CsOnlineDialInConferencingUser';
const RETIRED_IN_2022 = (parameter: string, what: string) =>
  `No current cmdlet ${what}: ${USER_CMDLET}'s ${parameter} parameter was retired in 2022. The admin center does it through its own service.`;

const one = (...commands: string[]): PowerShell => ({ commands, notes: [] });

/** E3: `-SendEmailToAddress` only when the email goes to another address than the mailbox. */
const sendTo = (address: string | null | undefined) =>
  address ? ` -SendEmailToAddress ${quote(address)}` : '';

/**
 * The dial-out policy that gives the conference bridge (CPC) this reach. A policy also sets the
 * user's own PSTN calls: these leave them international, as a user without a policy has them.
 */
const DIAL_OUT_POLICY: Record<DialOut, string> = {
  InternationalAndDomestic: 'DialoutCPCandPSTNInternational',
  DomesticOnly: 'DialoutCPCDomesticPSTNInternational',
  None: 'DialoutCPCDisabledPSTNInternational',
};

function pinPolicyIdentity(scope: PinPolicyScope): string {
  switch (scope.kind) {
    case 'global':
      return 'Global';
    case 'site':
      return quote(`site:${scope.site}`);
    case 'user':
      return quote(`tag:${scope.identity}`);
  }
}

function pinPolicyValues(policy: PinPolicy): string {
  return ` -MinPasswordLength ${policy.minimumLength} -AllowCommonPatterns ${psBool(policy.allowCommonPatterns)} -MaximumLogonAttempts ${policy.maximumLogonAttempts}`;
}

/** The file a bulk job's pipeline reads its users from: one row per user of the job. */
export const JOB_USERS_FILE = 'users.csv';

/** The per-user step of a bulk job, as the body of a pipeline over the CSV's rows. */
const JOB_STEP: Record<JobAction, string | null> = {
  resetPins: `${USER_CMDLET} -Identity $_.UserPrincipalName -ResetLeaderPin -SendEmail`,
  sendConferenceInfo: `${USER_CMDLET} -Identity $_.UserPrincipalName -SendEmail`,
  unlockPins: 'Unlock-CsClientPin -Identity $_.UserPrincipalName',
  resetConferenceIds: null,
  importConferenceIds: null,
};

export function powerShellFor(change: PowerShellAction): PowerShell {
  switch (change.action) {
    case 'resetPin':
      return one(
        `${USER_CMDLET} -Identity ${quote(change.identity)} -ResetLeaderPin${change.sendEmail ? ' -SendEmail' : ''}${change.sendEmail ? sendTo(change.sendTo) : ''}`,
      );
    case 'setPin':
      return {
        commands: [],
        notes: [
          `No cmdlet sets a PIN you choose: ${USER_CMDLET} -ResetLeaderPin makes a new one. The admin center sets it through its own service, and the PIN is never shown here.`,
        ],
      };
    case 'sendConferenceInfo':
      return one(
        `${USER_CMDLET} -Identity ${quote(change.identity)} -SendEmail${sendTo(change.sendTo)}`,
      );
    case 'resetConferenceId':
      return {
        commands: [],
        notes: [RETIRED_IN_2022('-ResetConferenceId', 'resets a conference ID')],
      };
    case 'setConferenceId':
      return {
        commands: [],
        notes: [RETIRED_IN_2022('-ConferenceId', `sets a conference ID (${change.conferenceId})`)],
      };
    case 'lockPin':
      return one(`Lock-CsClientPin -Identity ${quote(change.identity)}`);
    case 'unlockPin':
      return one(`Unlock-CsClientPin -Identity ${quote(change.identity)}`);
    case 'updateAudioConferencing':
      return audioConferencing(change.identity, change.settings);
    case 'updateBridgeSettings':
      return bridgeSettings(change.settings);
    case 'savePinPolicy': {
      const create = `${change.scope.kind === 'global' ? 'Set' : 'New'}-CsPinPolicy -Identity ${pinPolicyIdentity(change.scope)}${pinPolicyValues(change.policy)}`;
      // A user's own policy is a tagged one, granted to them.
      return change.scope.kind === 'user'
        ? one(
            create,
            `Grant-CsPinPolicy -Identity ${quote(change.scope.identity)} -PolicyName ${quote(change.scope.identity)}`,
          )
        : one(create);
    }
    case 'removePinPolicy':
      return change.scope.kind === 'user'
        ? one(`Grant-CsPinPolicy -Identity ${quote(change.scope.identity)} -PolicyName $null`)
        : one(`Remove-CsPinPolicy -Identity ${pinPolicyIdentity(change.scope)}`);
    case 'startJob': {
      const step = JOB_STEP[change.job];
      if (step === null) {
        return {
          commands: [],
          notes: [
            change.job === 'importConferenceIds'
              ? RETIRED_IN_2022('-ConferenceId', 'sets a conference ID')
              : RETIRED_IN_2022('-ResetConferenceId', 'resets a conference ID'),
          ],
        };
      }
      return {
        commands: [`Import-Csv -Path ${quote(change.file)} | ForEach-Object { ${step} }`],
        notes: [
          `${change.file}: one row per user, with a UserPrincipalName column (a job's Download results writes one).`,
        ],
      };
    }
    case 'cancelJob':
      return {
        commands: [],
        notes: [
          `A PowerShell pipeline is stopped where it runs (Ctrl+C); job ${change.jobId} is the admin center's own and has no cmdlet.`,
        ],
      };
    case 'updateMeetings':
    case 'retryMeetingMigration':
      return one(
        `Start-CsExMeetingMigration -Identity ${quote(change.identity)} -SourceMeetingType All -TargetMeetingType Teams`,
      );
  }
}

function audioConferencing(identity: string, s: UpdateAudioConferencingRequest): PowerShell {
  const notes: string[] = [];
  const commands: string[] = [];
  if (!s.enabled) {
    notes.push(
      'Audio Conferencing is turned off by removing the user’s Audio Conferencing license (Microsoft 365 admin center, or Set-MgUserLicense); no Teams cmdlet does it.',
    );
  }
  if (s.provider !== 'Microsoft') {
    notes.push(
      s.provider === 'ThirdParty'
        ? 'No current cmdlet assigns a third-party audio conferencing provider: the ACP cmdlets were retired.'
        : 'No current cmdlet sets the provider to None: remove the Audio Conferencing license instead.',
    );
  }
  if (s.enabled && s.provider === 'Microsoft') {
    const numbers = [
      s.tollNumber ? ` -ServiceNumber ${quote(s.tollNumber)}` : '',
      s.tollFreeNumber ? ` -TollFreeServiceNumber ${quote(s.tollFreeNumber)}` : '',
    ].join('');
    commands.push(
      `${USER_CMDLET} -Identity ${quote(identity)}${numbers} -AllowTollFreeDialIn ${psBool(s.tollFreeNumber !== null)} -AllowPstnOnlyMeetings ${psBool(s.allowUnauthenticatedStart)}`,
    );
  }
  commands.push(
    `Grant-CsDialoutPolicy -Identity ${quote(identity)} -PolicyName ${quote(DIAL_OUT_POLICY[s.dialOut])}`,
  );
  return { commands, notes };
}

function bridgeSettings(s: BridgeSettingsUpdate): PowerShell {
  return one(
    [
      'Set-CsOnlineDialInConferencingTenantSettings',
      ` -PinLength ${s.pinLength}`,
      ` -AutomaticallySendEmailsToUsers ${psBool(s.autoSendEmails)}`,
      ` -EnableEntryExitNotifications ${psBool(s.entryExitNotifications)}`,
      ` -EntryExitAnnouncementsType ${s.announcementType === 'Tones' ? 'ToneOnly' : 'UseNames'}`,
      ` -EnableNameRecording ${psBool(s.askCallersToRecordName)}`,
      // M2: the meeting migration that updates invites after a conference ID or number changes.
      s.automaticallyUpdateMeetings === undefined
        ? ''
        : ` -AutomaticallyMigrateUserMeetings ${psBool(s.automaticallyUpdateMeetings)}`,
    ].join(''),
    [
      'Set-CsOnlineDialInConferencingBridge',
      ` -DefaultServiceNumber ${quote(s.defaultTollNumber)}`,
      s.defaultTollFreeNumber
        ? ` -DefaultTollFreeServiceNumber ${quote(s.defaultTollFreeNumber)}`
        : '',
    ].join(''),
  );
}
