import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { mock } from '../../../test/server';
import { ConferenceBridgesPage } from './conference-bridges-page';

describe('Conference bridges page', () => {
  it('refuses an out-of-range PIN length with a field message and changes nothing (B2)', async () => {
    const { user } = renderWithProviders(<ConferenceBridgesPage />);
    const pinLength = await screen.findByLabelText('PIN length');
    await user.clear(pinLength);
    await user.type(pinLength, '13');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText('The PIN length is a whole number from 4 to 12.'),
    ).toBeInTheDocument();
    expect(mock.store.read().bridge.pinLength).toBe(5);
  });

  it('saves a new PIN length and automatic emails off (B2, B3)', async () => {
    const { user } = renderWithProviders(<ConferenceBridgesPage />);
    const pinLength = await screen.findByLabelText('PIN length');
    await user.clear(pinLength);
    await user.type(pinLength, '8');
    await user.click(screen.getByRole('switch', { name: 'Automatically send emails to users' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Bridge settings saved.')).toBeInTheDocument();
    await waitFor(() => expect(mock.store.read().bridge.pinLength).toBe(8));
    expect(mock.store.read().bridge.autoSendEmails).toBe(false);
  });

  it('Automatically update meetings is on by default; turned off, it is saved off (M2)', async () => {
    const { user } = renderWithProviders(<ConferenceBridgesPage />);
    const toggle = await screen.findByRole('switch', { name: 'Automatically update meetings' });
    expect(toggle).toBeChecked();
    expect(toggle).toHaveAccessibleDescription(/a meeting migration updates their meeting invites/);
    await user.click(toggle);
    expect(toggle).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Show PowerShell' }));
    expect(screen.getByRole('region', { name: 'PowerShell' })).toHaveTextContent(
      '-AutomaticallyMigrateUserMeetings $false',
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Bridge settings saved.')).toBeInTheDocument();
    await waitFor(() => expect(mock.store.read().bridge.automaticallyUpdateMeetings).toBe(false));
  });

  it('lists the global PIN policy (P4)', async () => {
    renderWithProviders(<ConferenceBridgesPage />);
    const table = await screen.findByRole('table', { name: 'PIN policies' });
    expect(table).toHaveTextContent(/Global.*5.*Not allowed.*5/);
  });

  it('S1 + P4: a PIN policy dialog shows its PowerShell with the values as they are typed', async () => {
    const { user } = renderWithProviders(<ConferenceBridgesPage />);
    await user.click(await screen.findByRole('button', { name: 'Add site policy' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add site policy' });
    const length = within(dialog).getByLabelText('Minimum length');
    await user.clear(length);
    await user.type(length, '7');
    await user.click(within(dialog).getByRole('button', { name: 'Show PowerShell' }));
    const site = (within(dialog).getByLabelText('Site') as HTMLSelectElement).value;
    expect(within(dialog).getByRole('region', { name: 'PowerShell' })).toHaveTextContent(
      `New-CsPinPolicy -Identity 'site:${site}' -MinPasswordLength 7 -AllowCommonPatterns $false -MaximumLogonAttempts 5`,
    );
  });

  it("S1 + P4: a user policy is granted to the user's sign-in name", async () => {
    const { user } = renderWithProviders(<ConferenceBridgesPage />);
    await user.click(await screen.findByRole('button', { name: 'Add user policy' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add user policy' });
    await user.type(within(dialog).getByLabelText('Find user'), 'Amos');
    await waitFor(() =>
      expect(within(dialog).getByLabelText('User')).toHaveTextContent('Amos Marble'),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Show PowerShell' }));
    const region = within(dialog).getByRole('region', { name: 'PowerShell' });
    await waitFor(() =>
      expect(region).toHaveTextContent(
        "Grant-CsPinPolicy -Identity 'amos.marble@contoso.com' -PolicyName 'amos.marble@contoso.com'",
      ),
    );
  });
});
