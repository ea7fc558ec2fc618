import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mailbox, userId } from '../../../test/fixtures';
import { findDialog, renderWithProviders } from '../../../test/render';
import { mock } from '../../../test/server';
import { useUser } from '../../../api/get-user';
import { AudioConferencingSection } from './audio-conferencing-section';

function SectionOf({ userId }: { userId: string }) {
  const user = useUser(userId);
  return user.data ? <AudioConferencingSection user={user.data} /> : null;
}

async function openSetDialog(name: string) {
  const view = renderWithProviders(<SectionOf userId={userId(name)} />);
  const region = await screen.findByRole('region', { name: 'Audio Conferencing' });
  await view.user.click(within(region).getByRole('button', { name: 'Set conference ID' }));
  const dialog = await findDialog('Set conference ID');
  return { ...view, region, dialog };
}

const currentId = (name: string) =>
  mock.store.read().usersById.get(userId(name))!.audio.conferenceId;

describe('Set conference ID (C3)', () => {
  it('saves a free 7-digit ID, retires the old one and says so', async () => {
    const oldId = currentId('Amos Marble');
    const { user, region, dialog } = await openSetDialog('Amos Marble');
    const free = '7000007';
    expect(mock.store.read().assignedConferenceIds.has(free)).toBe(false);
    await user.type(within(dialog).getByLabelText(/New conference ID/), free);
    await user.click(within(dialog).getByRole('button', { name: 'Save', hidden: true }));

    expect(await within(region).findByRole('status')).toHaveTextContent(
      `The new conference ID is ${free}`,
    );
    expect(within(region).getByLabelText('Conference ID')).toHaveTextContent(free);
    expect(mock.store.read().retiredConferenceIds.has(oldId!)).toBe(true);
    expect(mailbox().at(-1)?.body).toContain(free);
  });

  it.each([
    ['letters', '12a4567', /only the digits 0–9/],
    ['full-width digits', '１２３４５６７', /only the digits 0–9/],
    ['too short', '123456', /exactly 7 digits/],
  ])('refuses %s with a field message and changes nothing', async (_, value, message) => {
    const before = currentId('Ken Myer');
    const { user, dialog } = await openSetDialog('Ken Myer');
    await user.type(within(dialog).getByLabelText(/New conference ID/), value);
    await user.click(within(dialog).getByRole('button', { name: 'Save', hidden: true }));
    expect(await within(dialog).findByText(message)).toBeInTheDocument();
    expect(currentId('Ken Myer')).toBe(before);
    expect(mailbox()).toHaveLength(0);
  });

  it("refuses another user's ID without naming them", async () => {
    const amosId = currentId('Amos Marble')!;
    const { user, dialog } = await openSetDialog('Ken Myer');
    await user.type(within(dialog).getByLabelText(/New conference ID/), amosId);
    await user.click(within(dialog).getByRole('button', { name: 'Save', hidden: true }));
    const message = await within(dialog).findByText(/in use/);
    expect(message.textContent).not.toMatch(/Amos|Marble/);
    await waitFor(() => expect(currentId('Amos Marble')).toBe(amosId));
  });
});
