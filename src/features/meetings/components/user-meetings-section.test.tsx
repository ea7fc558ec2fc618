import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userId } from '../../../test/fixtures';
import { findDialog, renderWithProviders } from '../../../test/render';
import { mock } from '../../../test/server';
import { resetConferenceId } from '../../../../mocks/domain/actions';
import { testContext } from '../../../../mocks/domain/test-helpers';
import { useUser } from '../../../api/get-user';
import { UserActivitySection, UserMeetingsSection } from './user-meetings-section';

function SectionsOf({ userId }: { userId: string }) {
  const user = useUser(userId);
  return user.data ? (
    <>
      <UserMeetingsSection user={user.data} />
      <UserActivitySection userId={user.data.id} />
    </>
  ) : null;
}

function resetAmos() {
  mock.store.write((tenant) => {
    const ctx = { ...testContext(), now: () => new Date() };
    const result = resetConferenceId(tenant, ctx, userId('Amos Marble'));
    if (!result.ok) throw new Error(result.message);
  });
}

describe('Meetings and Activity in the Edit panel (M1–M4)', () => {
  it('M1: lists the meetings with the ID on each invite, all up to date', async () => {
    renderWithProviders(<SectionsOf userId={userId('Amos Marble')} />);
    const region = await screen.findByRole('region', { name: 'Meetings' });
    const table = await within(region).findByRole('table', { name: 'Meetings' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toHaveTextContent('Up to date');
    expect(region).toHaveTextContent('No meeting migration has run for Amos Marble.');
  });

  it('M2: after a reset the invites are out of date and the migration is pending', async () => {
    resetAmos();
    renderWithProviders(<SectionsOf userId={userId('Amos Marble')} />);
    const region = await screen.findByRole('region', { name: 'Meetings' });
    const table = await within(region).findByRole('table', { name: 'Meetings' });
    for (const row of within(table).getAllByRole('row').slice(1)) {
      expect(row).toHaveTextContent('Out of date');
    }
    expect(region).toHaveTextContent(/Meeting migration: Pending \(Conference ID reset/);
  });

  it('M4: Update meetings shows its PowerShell and starts the migration now', async () => {
    resetAmos();
    const { user } = renderWithProviders(<SectionsOf userId={userId('Amos Marble')} />);
    const region = await screen.findByRole('region', { name: 'Meetings' });
    await user.click(await within(region).findByRole('button', { name: 'Update meetings' }));
    const dialog = await findDialog('Update meetings');
    await user.click(within(dialog).getByRole('button', { name: 'Show PowerShell', hidden: true }));
    expect(
      within(dialog).getByRole('region', { name: 'PowerShell', hidden: true }),
    ).toHaveTextContent('Start-CsExMeetingMigration');
    await user.click(within(dialog).getByRole('button', { name: 'Start', hidden: true }));
    expect(await within(region).findByRole('status')).toHaveTextContent('In progress');
    expect(mock.store.read().migrations.at(-1)?.state).toBe('InProgress');
  });

  it('Activity: the reset and its email, newest first', async () => {
    resetAmos();
    renderWithProviders(<SectionsOf userId={userId('Amos Marble')} />);
    const region = await screen.findByRole('region', { name: 'Activity' });
    const items = await within(region).findAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^Meeting migration pending/),
      expect.stringMatching(/^Email sent to amos\.marble@contoso\.com/),
    ]);
  });
});
