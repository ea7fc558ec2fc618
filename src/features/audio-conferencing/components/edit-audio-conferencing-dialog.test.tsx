import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { updateAudioConferencing } from '../../../../mocks/domain/update-audio-conferencing';
import { etagOf } from '../../../../mocks/domain/users';
import type { UserDetail } from '../../../api/contract/users';
import { userKeys } from '../../../api/query-keys';
import { userId } from '../../../test/fixtures';
import { findDialog, renderWithProviders } from '../../../test/render';
import { mock } from '../../../test/server';
import { useUser } from '../../../api/get-user';
import { AudioConferencingSection } from './audio-conferencing-section';

function SectionOf({ userId }: { userId: string }) {
  const user = useUser(userId);
  return user.data ? <AudioConferencingSection user={user.data} /> : null;
}

async function openEdit(name: string) {
  const view = renderWithProviders(<SectionOf userId={userId(name)} />);
  const region = await screen.findByRole('region', { name: 'Audio Conferencing' });
  await view.user.click(within(region).getByRole('button', { name: 'Edit' }));
  const dialog = await findDialog('Edit Audio Conferencing');
  return { ...view, region, dialog };
}

const record = (name: string) => mock.store.read().usersById.get(userId(name))!;

describe('Edit Audio Conferencing', () => {
  it('switching to Microsoft gives a third-party user a conference ID (C1, E1)', async () => {
    const { user, region, dialog } = await openEdit('Alex Wilber');
    await user.selectOptions(within(dialog).getByLabelText('Provider'), 'Microsoft');
    await user.click(within(dialog).getByRole('button', { name: 'Save', hidden: true }));
    expect(await within(region).findByRole('status')).toHaveTextContent(/conference ID is \d{7}/);
    expect(within(region).getByLabelText('Conference ID')).toHaveTextContent(/^\d{7}$/);
    expect(within(region).getByRole('button', { name: 'Reset conference ID' })).not.toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });

  it('moving away from Microsoft retires the ID and disables the ID actions with a reason (C5)', async () => {
    const oldId = record('Amos Marble').audio.conferenceId!;
    const { user, region, dialog } = await openEdit('Amos Marble');
    await user.selectOptions(within(dialog).getByLabelText('Provider'), 'None');
    await user.click(within(dialog).getByRole('button', { name: 'Save', hidden: true }));
    expect(await within(region).findByRole('status')).toHaveTextContent(
      `The conference ID ${oldId} no longer works`,
    );
    const reset = within(region).getByRole('button', { name: 'Reset conference ID' });
    expect(reset).toHaveAttribute('aria-disabled', 'true');
    expect(reset).toHaveAccessibleDescription(/no audio conferencing provider/);
    expect(mock.store.read().retiredConferenceIds.has(oldId)).toBe(true);
  });

  it('a stale save is refused (412), the user is reloaded and what was typed is kept (A4)', async () => {
    const { user, dialog, queryClient } = await openEdit('Ken Myer');
    const switchControl = within(dialog).getByRole('switch', {
      name: 'Unauthenticated callers can start the meeting',
      hidden: true,
    });
    await user.click(switchControl);
    // Someone else saves first.
    mock.store.write((tenant) =>
      updateAudioConferencing(
        tenant,
        { now: () => new Date(), random: Math.random },
        userId('Ken Myer'),
        {
          ...record('Ken Myer').audio,
          dialOut: 'DomesticOnly',
        },
      ),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save', hidden: true }));
    expect(await within(dialog).findByRole('alert', { hidden: true })).toHaveTextContent(
      /Someone else changed Ken Myer/,
    );
    expect(switchControl).toBeChecked();
    expect(record('Ken Myer').audio.allowUnauthenticatedStart).toBe(false);
    expect(record('Ken Myer').audio.dialOut).toBe('DomesticOnly');

    // Once the panel has reloaded the user, the same save goes through against that version.
    await waitFor(() =>
      expect(queryClient.getQueryData<UserDetail>(userKeys.detail(userId('Ken Myer')))?.etag).toBe(
        etagOf(record('Ken Myer')),
      ),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save', hidden: true }));
    await screen.findByRole('status');
    expect(record('Ken Myer').audio.allowUnauthenticatedStart).toBe(true);
  });
});
