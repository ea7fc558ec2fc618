import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { API_BASE } from '../../../api/config';
import { mailbox, userId } from '../../../test/fixtures';
import { findDialog, renderWithProviders } from '../../../test/render';
import { mock } from '../../../test/server';
import { useUser } from '../../../api/get-user';
import { AudioConferencingSection } from './audio-conferencing-section';

function SectionOf({ userId }: { userId: string }) {
  const user = useUser(userId);
  return user.data ? <AudioConferencingSection user={user.data} /> : null;
}

async function openPanel(name: string) {
  const view = renderWithProviders(<SectionOf userId={userId(name)} />);
  const region = await screen.findByRole('region', { name: 'Audio Conferencing' });
  return { ...view, region };
}

describe('Audio Conferencing section', () => {
  it('shows the conference ID and a masked PIN, never the PIN itself', async () => {
    const { region } = await openPanel('Amos Marble');
    expect(within(region).getByLabelText('Conference ID')).toHaveTextContent(/^\d{7}$/);
    expect(within(region).getByLabelText('PIN')).toHaveTextContent('***********');
  });

  it('says "Not set" for a user without a PIN (P6)', async () => {
    const { region } = await openPanel('Ken Myer');
    expect(within(region).getByLabelText('PIN')).toHaveTextContent('Not set');
  });

  it('resets the conference ID after confirmation, warns about old invites and says who was emailed (C2, C4, E1)', async () => {
    const { region, user } = await openPanel('Amos Marble');
    const oldId = within(region).getByLabelText('Conference ID').textContent;
    await user.click(within(region).getByRole('button', { name: 'Reset conference ID' }));
    const dialog = await findDialog('Reset conference ID');
    expect(dialog).toHaveTextContent(/invites/i);
    await user.click(await within(dialog).findByRole('button', { name: 'Reset', hidden: true }));

    const status = await within(region).findByRole('status');
    const newId = within(region).getByLabelText('Conference ID').textContent ?? '';
    expect(newId).toMatch(/^\d{7}$/);
    expect(newId).not.toBe(oldId);
    expect(status).toHaveTextContent(newId);
    expect(status).toHaveTextContent('amos.marble@contoso.com');
    expect(status).toHaveTextContent(/reschedule/);
    expect(mailbox()).toHaveLength(1);
  });

  it('Cancel leaves everything as it was', async () => {
    const { region, user } = await openPanel('Amos Marble');
    const oldId = within(region).getByLabelText('Conference ID').textContent;
    await user.click(within(region).getByRole('button', { name: 'Reset conference ID' }));
    const dialog = await findDialog('Reset conference ID');
    await user.click(await within(dialog).findByRole('button', { name: 'Cancel', hidden: true }));
    await waitFor(() =>
      expect(
        screen.queryByRole('dialog', { name: 'Reset conference ID', hidden: true }),
      ).toBeNull(),
    );
    expect(within(region).getByLabelText('Conference ID')).toHaveTextContent(oldId ?? '');
    expect(mailbox()).toHaveLength(0);
  });

  it('shows a new PIN once and keeps it out of every cache after the dialog closes (P2, A3)', async () => {
    const { region, user, queryClient } = await openPanel('Ken Myer');
    await user.click(within(region).getByRole('button', { name: 'Reset PIN' }));
    const dialog = await findDialog('Reset PIN');
    await user.click(await within(dialog).findByRole('button', { name: 'Reset', hidden: true }));

    const field = await within(dialog).findByLabelText('New PIN');
    const pin = (field as HTMLInputElement).value;
    expect(pin).toMatch(/^\d{5}$/);
    expect(field).toHaveAttribute('type', 'password');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Show PIN', hidden: true }));
    expect(field).toHaveAttribute('type', 'text');
    expect(
      within(dialog)
        .getByRole('link', { name: /email app/, hidden: true })
        .getAttribute('href'),
    ).not.toContain(pin);

    await user.click(within(dialog).getByRole('button', { name: 'Close', hidden: true }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Reset PIN', hidden: true })).toBeNull(),
    );
    expect(within(region).getByLabelText('PIN')).toHaveTextContent('***********');
    await waitFor(() => expect(queryClient.getMutationCache().getAll()).toHaveLength(0));
    const cached = JSON.stringify(
      queryClient
        .getQueryCache()
        .getAll()
        .map((q) => q.state.data),
    );
    expect(cached).not.toMatch(new RegExp(`(?<!\\d)${pin}(?!\\d)`));
    expect(document.body.textContent).not.toMatch(new RegExp(`(?<!\\d)${pin}(?!\\d)`));
  });

  it('explains why actions are unavailable for a third-party provider (C5)', async () => {
    const { region } = await openPanel('Alex Wilber');
    for (const name of ['Reset conference ID', 'Reset PIN', 'Send conference info in email']) {
      const button = within(region).getByRole('button', { name });
      expect(button).toHaveAttribute('aria-disabled', 'true');
      expect(button).toHaveAccessibleDescription(/third-party|Intercall/);
    }
  });

  it('refuses a bad address with a field message and sends nothing (E4)', async () => {
    const { region, user } = await openPanel('Amos Marble');
    await user.click(within(region).getByRole('button', { name: 'Send conference info in email' }));
    const dialog = await findDialog('Send conference info in email');
    await user.type(
      within(dialog).getByLabelText(/Send to a different email address/),
      'a@b.com, c@d.com',
    );
    await user.click(await within(dialog).findByRole('button', { name: 'Send', hidden: true }));
    expect(await within(dialog).findByText('Enter just one email address.')).toBeInTheDocument();
    expect(mailbox()).toHaveLength(0);
  });

  it('sends the conference info to the primary address and says so (E2, E3)', async () => {
    const { region, user } = await openPanel('Amos Marble');
    await user.click(within(region).getByRole('button', { name: 'Send conference info in email' }));
    const dialog = await findDialog('Send conference info in email');
    await user.click(await within(dialog).findByRole('button', { name: 'Send', hidden: true }));
    expect(await within(region).findByRole('status')).toHaveTextContent('amos.marble@contoso.com');
    expect(mailbox()[0]?.to).toBe('amos.marble@contoso.com');
  });

  it('shows an alert on a server error and keeps the conference ID (500)', async () => {
    const { region, user } = await openPanel('Amos Marble');
    const oldId = within(region).getByLabelText('Conference ID').textContent;
    mock.server.use(
      http.post(`${API_BASE}/users/:id/conference-id/reset`, () =>
        HttpResponse.json({ code: 'server_error', message: 'boom' }, { status: 500 }),
      ),
    );
    await user.click(within(region).getByRole('button', { name: 'Reset conference ID' }));
    const dialog = await findDialog('Reset conference ID');
    await user.click(await within(dialog).findByRole('button', { name: 'Reset', hidden: true }));
    expect(await within(dialog).findByRole('alert', { hidden: true })).toHaveTextContent(
      /Try again/,
    );
    expect(within(region).getByLabelText('Conference ID')).toHaveTextContent(oldId ?? '');
  });

  it('shows an alert when the connection drops, and a retry succeeds', async () => {
    const { region, user } = await openPanel('Amos Marble');
    mock.faults.set({ offline: true });
    await user.click(within(region).getByRole('button', { name: 'Send conference info in email' }));
    const dialog = await findDialog('Send conference info in email');
    await user.click(await within(dialog).findByRole('button', { name: 'Send', hidden: true }));
    expect(await within(dialog).findByRole('alert', { hidden: true })).toHaveTextContent(
      /Couldn't reach the server/,
    );
    expect(mailbox()).toHaveLength(0);

    mock.faults.set({ offline: false });
    await user.click(await within(dialog).findByRole('button', { name: 'Send', hidden: true }));
    expect(await within(region).findByRole('status')).toHaveTextContent('Conference info sent');
    expect(mailbox()).toHaveLength(1);
  });
});
