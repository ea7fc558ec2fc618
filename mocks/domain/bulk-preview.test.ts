import { describe, expect, it } from 'vitest';
import { generateScenario } from '../scenarios/scenarios';
import { resetConferenceId } from './actions';
import { checkImportRows, previewBulkJob, userPrincipalName, type ImportRow } from './bulk-preview';
import {
  ALEX,
  AMOS,
  DIEGO,
  expectOk,
  KEN,
  LIDIA,
  MEGAN,
  testContext,
  userByName,
} from './test-helpers';

const tenant = () => generateScenario('default');
const ids = (t: ReturnType<typeof tenant>, ...names: string[]) =>
  names.map((name) => userByName(t, name).id);

describe('bulk job preview (J2, J4)', () => {
  it('J2: reset conference IDs skips, with the single action’s reasons, who has no Microsoft ID (C5)', () => {
    const t = tenant();
    const preview = previewBulkJob(t, 'resetConferenceIds', ids(t, AMOS, KEN, ALEX, LIDIA));
    expect(preview.willChange).toBe(2);
    expect(preview.skippedCount).toBe(2);
    expect(preview.skipped.map((s) => [s.displayName, s.reason])).toEqual([
      [ALEX, expect.stringMatching(/provider is .*not Microsoft/)],
      [LIDIA, expect.stringMatching(/isn't enabled for Audio Conferencing/)],
    ]);
  });

  it('J2/P5 + J4: bulk PIN reset skips a locked PIN and a user without a mailbox (no PIN is ever shown)', () => {
    const t = tenant();
    const preview = previewBulkJob(t, 'resetPins', ids(t, AMOS, KEN, DIEGO, MEGAN));
    expect(preview.willChange).toBe(2);
    expect(Object.fromEntries(preview.skipped.map((s) => [s.displayName, s.reason]))).toEqual({
      [DIEGO]: expect.stringMatching(/locked\. Unlock it/),
      [MEGAN]: expect.stringMatching(/no mailbox.*Reset their PIN on their own to see it/),
    });
  });

  it('J2/E3: send conference info skips a user without a mailbox; unlock skips PINs that aren’t locked', () => {
    const t = tenant();
    expect(previewBulkJob(t, 'sendConferenceInfo', ids(t, AMOS, MEGAN)).skipped).toEqual([
      {
        userId: userByName(t, MEGAN).id,
        displayName: MEGAN,
        reason: expect.stringMatching(/no mailbox/),
      },
    ]);
    const unlock = previewBulkJob(t, 'unlockPins', ids(t, DIEGO, AMOS, KEN));
    expect(unlock.willChange).toBe(1);
    expect(unlock.skipped.map((s) => s.displayName)).toEqual([AMOS, KEN]);
  });

  it('J1: a user named twice counts once; an id the tenant doesn’t hold is no part of the job', () => {
    const t = tenant();
    const [amos] = ids(t, AMOS);
    const preview = previewBulkJob(t, 'resetConferenceIds', [amos!, amos!, 'nobody']);
    expect(preview).toMatchObject({ willChange: 1, skippedCount: 0, unknownUserIds: ['nobody'] });
  });

  it('J2: over the whole large tenant, the counts add up and the listed skips stop at the limit', () => {
    const t = generateScenario('large');
    const preview = previewBulkJob(
      t,
      'sendConferenceInfo',
      t.users.map((u) => u.id),
      50,
    );
    expect(preview.willChange + preview.skippedCount).toBe(t.users.length);
    expect(preview.skippedCount).toBeGreaterThan(50);
    expect(preview.skipped).toHaveLength(50);
  });
});

describe('CSV import rows (J8)', () => {
  const row = (line: number, userPrincipalName: string, conferenceId: string): ImportRow => ({
    line,
    userPrincipalName,
    conferenceId,
  });

  it('J8: each bad row has its reason; only valid rows are valid', () => {
    const t = tenant();
    const amos = userByName(t, AMOS);
    const ken = userByName(t, KEN);
    const taken = ken.audio.conferenceId!;
    const retired = amos.audio.conferenceId!;
    expectOk(resetConferenceId(t, testContext(), amos.id));
    const checked = checkImportRows(t, [
      row(2, userPrincipalName(amos).toUpperCase(), '7654321'),
      row(3, 'nobody@contoso.com', '1234567'),
      row(4, userPrincipalName(ken), '12345'),
      row(5, userPrincipalName(ken), taken),
      row(6, userPrincipalName(userByName(t, MEGAN)), retired),
      row(7, userPrincipalName(userByName(t, ALEX)), '2345678'),
      row(8, userPrincipalName(amos), '3456789'),
      row(9, userPrincipalName(userByName(t, DIEGO)), ' 7654321 '),
      row(10, '', '1111111'),
    ]);
    expect(checked.map((c) => [c.line, c.valid ? 'valid' : c.reason])).toEqual([
      [2, 'valid'],
      [3, 'No user signs in as nobody@contoso.com.'],
      [4, 'A conference ID has exactly 7 digits; this one has 5.'],
      [5, `${KEN} is on line 4 already.`],
      [6, 'That conference ID was used before and is retired. Choose another.'],
      [7, expect.stringMatching(/not Microsoft/)],
      [8, `${AMOS} is on line 2 already.`],
      [9, 'Conference ID 7654321 is on line 2 already.'],
      [10, 'The row names no user (UserPrincipalName is empty).'],
    ]);
    expect(checked[0]).toMatchObject({ valid: true, userId: amos.id, displayName: AMOS });
  });

  it('C3: an ID in use by someone else is refused without naming them', () => {
    const t = tenant();
    const ken = userByName(t, KEN);
    const [checked] = checkImportRows(t, [
      row(2, userPrincipalName(userByName(t, AMOS)), ken.audio.conferenceId!),
    ]);
    expect(checked).toMatchObject({
      valid: false,
      reason: 'That conference ID is in use. Choose another.',
    });
    expect(JSON.stringify(checked)).not.toContain(KEN);
  });
});
