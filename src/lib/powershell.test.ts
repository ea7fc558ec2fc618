import { describe, expect, it } from 'vitest';
import type { UpdateAudioConferencingRequest } from '../api/contract/audio-conferencing';
import { powerShellFor, quote, type PowerShellAction } from './powershell';

const AMOS = 'amos.marble@contoso.com';

/** The Edit form of an enabled Microsoft user with no numbers of their own: each test changes a few. */
const EDIT_FORM: UpdateAudioConferencingRequest = {
  enabled: true,
  provider: 'Microsoft',
  thirdPartyProviderName: null,
  tollNumber: null,
  tollFreeNumber: null,
  allowUnauthenticatedStart: false,
  dialOut: 'InternationalAndDomestic',
};

const commandsOf = (change: PowerShellAction) => powerShellFor(change).commands;
const notesOf = (change: PowerShellAction) => powerShellFor(change).notes;

describe('S1: PowerShell quoting', () => {
  it('S1: a display name with quotes, $ and backticks is one single-quoted literal, taken as it is', () => {
    const name = `Bob "The Builder" O'Neil $HOME \`whoami\` ‘x’`;
    expect(quote(name)).toBe(`'Bob "The Builder" O''Neil $HOME \`whoami\` ‘‘x’’'`);
    // Inside the literal every single quote (straight or typographic) comes in pairs: nothing ends it early.
    const inner = quote(name).slice(1, -1);
    expect(inner.replace(/(['‘’‚‛])\1/g, '')).not.toMatch(/['‘’‚‛]/);
  });

  it('S1: the identity is quoted in the command', () => {
    expect(commandsOf({ action: 'unlockPin', identity: "o'brien@contoso.com" })).toEqual([
      "Unlock-CsClientPin -Identity 'o''brien@contoso.com'",
    ]);
  });
});

describe('S1: the PowerShell of each action', () => {
  it('S1 + P2: Reset PIN is -ResetLeaderPin with the identity, -SendEmail when it sends, and never a PIN', () => {
    expect(commandsOf({ action: 'resetPin', identity: AMOS, sendEmail: true })).toEqual([
      `Set-CsOnlineDialInConferencingUser -Identity '${AMOS}' -ResetLeaderPin -SendEmail`,
    ]);
    expect(commandsOf({ action: 'resetPin', identity: AMOS, sendEmail: false })).toEqual([
      `Set-CsOnlineDialInConferencingUser -Identity '${AMOS}' -ResetLeaderPin`,
    ]);
    expect(
      commandsOf({
        action: 'resetPin',
        identity: AMOS,
        sendEmail: true,
        sendTo: 'it@fabrikam.com',
      }),
    ).toEqual([
      `Set-CsOnlineDialInConferencingUser -Identity '${AMOS}' -ResetLeaderPin -SendEmail -SendEmailToAddress 'it@fabrikam.com'`,
    ]);
  });

  it('S1: setting a chosen PIN has no cmdlet, and says so without the PIN', () => {
    const shown = powerShellFor({ action: 'setPin', identity: AMOS });
    expect(shown.commands).toEqual([]);
    expect(shown.notes.join(' ')).toMatch(/No cmdlet sets a PIN you choose/);
    expect(shown.notes.join(' ')).not.toMatch(/\d{4,}/);
  });

  it('S1 + E3: Send conference info is -SendEmail, to another address when one is given', () => {
    expect(commandsOf({ action: 'sendConferenceInfo', identity: AMOS })).toEqual([
      `Set-CsOnlineDialInConferencingUser -Identity '${AMOS}' -SendEmail`,
    ]);
    expect(
      commandsOf({ action: 'sendConferenceInfo', identity: AMOS, sendTo: 'amos@fabrikam.com' }),
    ).toEqual([
      `Set-CsOnlineDialInConferencingUser -Identity '${AMOS}' -SendEmail -SendEmailToAddress 'amos@fabrikam.com'`,
    ]);
  });

  it('S1: a conference ID reset or set has no current cmdlet and names the retired parameter', () => {
    const reset = powerShellFor({ action: 'resetConferenceId', identity: AMOS });
    expect(reset.commands).toEqual([]);
    expect(reset.notes).toEqual([
      expect.stringContaining('-ResetConferenceId parameter was retired in 2022'),
    ]);
    const set = powerShellFor({
      action: 'setConferenceId',
      identity: AMOS,
      conferenceId: '7654321',
    });
    expect(set.commands).toEqual([]);
    expect(set.notes).toEqual([
      expect.stringContaining('-ConferenceId parameter was retired in 2022'),
    ]);
  });

  it('S1 + P5: lock and unlock are Lock-CsClientPin and Unlock-CsClientPin', () => {
    expect(commandsOf({ action: 'lockPin', identity: AMOS })).toEqual([
      `Lock-CsClientPin -Identity '${AMOS}'`,
    ]);
    expect(commandsOf({ action: 'unlockPin', identity: AMOS })).toEqual([
      `Unlock-CsClientPin -Identity '${AMOS}'`,
    ]);
  });

  it('S1: the Edit form is the user cmdlet with the numbers, and the dial-out policy', () => {
    const shown = powerShellFor({
      action: 'updateAudioConferencing',
      identity: AMOS,
      settings: {
        ...EDIT_FORM,
        tollNumber: '+1 425 555 0100',
        allowUnauthenticatedStart: true,
        dialOut: 'DomesticOnly',
      },
    });
    expect(shown.commands).toEqual([
      `Set-CsOnlineDialInConferencingUser -Identity '${AMOS}' -ServiceNumber '+1 425 555 0100' -AllowTollFreeDialIn $false -AllowPstnOnlyMeetings $true`,
      `Grant-CsDialoutPolicy -Identity '${AMOS}' -PolicyName 'DialoutCPCDomesticPSTNInternational'`,
    ]);
    expect(shown.notes).toEqual([]);
  });

  it('S1: turning Audio Conferencing off or to a third party says what no cmdlet does', () => {
    const off = powerShellFor({
      action: 'updateAudioConferencing',
      identity: AMOS,
      settings: { ...EDIT_FORM, enabled: false, dialOut: 'None' },
    });
    expect(off.notes).toEqual([expect.stringContaining('license')]);
    expect(off.commands.join('\n')).not.toContain('Set-CsOnlineDialInConferencingUser');
    const acp = notesOf({
      action: 'updateAudioConferencing',
      identity: AMOS,
      settings: { ...EDIT_FORM, provider: 'ThirdParty', thirdPartyProviderName: 'Intercall' },
    });
    expect(acp).toEqual([expect.stringContaining('third-party')]);
  });

  it('S1: the bridge settings are the tenant settings cmdlet and the bridge’s default numbers', () => {
    expect(
      commandsOf({
        action: 'updateBridgeSettings',
        settings: {
          pinLength: 8,
          autoSendEmails: false,
          entryExitNotifications: true,
          announcementType: 'Tones',
          askCallersToRecordName: false,
          defaultTollNumber: '+1 425 555 0100',
          defaultTollFreeNumber: '+1 866 555 0123',
        },
      }),
    ).toEqual([
      'Set-CsOnlineDialInConferencingTenantSettings -PinLength 8 -AutomaticallySendEmailsToUsers $false -EnableEntryExitNotifications $true -EntryExitAnnouncementsType ToneOnly -EnableNameRecording $false',
      "Set-CsOnlineDialInConferencingBridge -DefaultServiceNumber '+1 425 555 0100' -DefaultTollFreeServiceNumber '+1 866 555 0123'",
    ]);
  });

  it('S1 + M2: Automatically update meetings is -AutomaticallyMigrateUserMeetings, on or off', () => {
    const settings = {
      pinLength: 5,
      autoSendEmails: true,
      entryExitNotifications: true,
      announcementType: 'Tones',
      askCallersToRecordName: false,
      defaultTollNumber: '+1 425 555 0100',
      defaultTollFreeNumber: null,
    } as const;
    const tenantSettings = (automaticallyUpdateMeetings?: boolean) =>
      commandsOf({
        action: 'updateBridgeSettings',
        settings: { ...settings, automaticallyUpdateMeetings },
      })[0];
    expect(tenantSettings(false)).toBe(
      'Set-CsOnlineDialInConferencingTenantSettings -PinLength 5 -AutomaticallySendEmailsToUsers $true -EnableEntryExitNotifications $true -EntryExitAnnouncementsType ToneOnly -EnableNameRecording $false -AutomaticallyMigrateUserMeetings $false',
    );
    expect(tenantSettings(true)).toMatch(/ -AutomaticallyMigrateUserMeetings \$true$/);
    // Not sent: left as it is, so not in the command either.
    expect(tenantSettings(undefined)).not.toContain('AutomaticallyMigrateUserMeetings');
  });

  it('S1 + P4: PIN policies, global, per site and per user', () => {
    const policy = { minimumLength: 6, allowCommonPatterns: false, maximumLogonAttempts: 10 };
    const values = '-MinPasswordLength 6 -AllowCommonPatterns $false -MaximumLogonAttempts 10';
    expect(commandsOf({ action: 'savePinPolicy', scope: { kind: 'global' }, policy })).toEqual([
      `Set-CsPinPolicy -Identity Global ${values}`,
    ]);
    expect(
      commandsOf({ action: 'savePinPolicy', scope: { kind: 'site', site: 'Redmond' }, policy }),
    ).toEqual([`New-CsPinPolicy -Identity 'site:Redmond' ${values}`]);
    expect(
      commandsOf({ action: 'savePinPolicy', scope: { kind: 'user', identity: AMOS }, policy }),
    ).toEqual([
      `New-CsPinPolicy -Identity 'tag:${AMOS}' ${values}`,
      `Grant-CsPinPolicy -Identity '${AMOS}' -PolicyName '${AMOS}'`,
    ]);
    expect(
      commandsOf({ action: 'removePinPolicy', scope: { kind: 'user', identity: AMOS } }),
    ).toEqual([`Grant-CsPinPolicy -Identity '${AMOS}' -PolicyName $null`]);
  });

  it('S1 + J3: a bulk job is a pipeline over Import-Csv, each row the single action', () => {
    expect(commandsOf({ action: 'startJob', job: 'resetPins', file: 'users.csv' })).toEqual([
      "Import-Csv -Path 'users.csv' | ForEach-Object { Set-CsOnlineDialInConferencingUser -Identity $_.UserPrincipalName -ResetLeaderPin -SendEmail }",
    ]);
    const unlock = powerShellFor({
      action: 'startJob',
      job: 'unlockPins',
      file: "Ken's users.csv",
    });
    expect(unlock.commands).toEqual([
      "Import-Csv -Path 'Ken''s users.csv' | ForEach-Object { Unlock-CsClientPin -Identity $_.UserPrincipalName }",
    ]);
    expect(unlock.notes).toEqual([expect.stringContaining('a UserPrincipalName column')]);
    const ids = powerShellFor({ action: 'startJob', job: 'resetConferenceIds', file: 'users.csv' });
    expect(ids.commands).toEqual([]);
    expect(ids.notes).toEqual([expect.stringContaining('-ResetConferenceId')]);
  });

  it('S1 + J5: cancelling a job has no cmdlet, and says so', () => {
    const cancel = powerShellFor({ action: 'cancelJob', jobId: 'job-1a2b' });
    expect(cancel.commands).toEqual([]);
    expect(cancel.notes).toEqual([expect.stringMatching(/job job-1a2b .* has no cmdlet/)]);
  });

  it('S1 + M4: Update meetings, and retrying a migration, are Start-CsExMeetingMigration for the user', () => {
    const expected = [
      `Start-CsExMeetingMigration -Identity '${AMOS}' -SourceMeetingType All -TargetMeetingType Teams`,
    ];
    expect(commandsOf({ action: 'updateMeetings', identity: AMOS })).toEqual(expected);
    expect(commandsOf({ action: 'retryMeetingMigration', identity: AMOS })).toEqual(expected);
  });
});
