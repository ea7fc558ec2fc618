import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userId } from '../test/fixtures';
import { findDialog, renderApp } from '../test/render';

describe('App routes', () => {
  it('/users lists users in a table named Users, with links that open the Edit panel', async () => {
    const { user } = await renderApp('/users');
    expect(screen.getByRole('heading', { name: 'Users' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Users' });
    await user.click(within(table).getByRole('link', { name: 'Amos Marble' }));
    // findDialog: jsdom's focus manager may hide the new panel (see src/test/render.tsx).
    const panel = await findDialog('Amos Marble');
    expect(
      within(panel).getByRole('region', { name: 'Audio Conferencing', hidden: true }),
    ).toBeInTheDocument();
  });

  it('/users/:userId opens the list with that user’s panel', async () => {
    await renderApp(`/users/${userId('Ken Myer')}`);
    expect(await findDialog('Ken Myer')).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: 'Users', hidden: true })).toBeInTheDocument();
  });

  it('renders a display name with markup as text (Isaiah Langer)', async () => {
    await renderApp('/users');
    const table = await screen.findByRole('table', { name: 'Users' });
    const link = within(table).getByRole('link', {
      name: 'Isaiah Langer <img src=x onerror=alert(1)>',
    });
    expect(link.querySelector('img')).toBeNull();
  });

  it('searches users by the start of a word, from the URL', async () => {
    await renderApp('/users?search=marble');
    const table = await screen.findByRole('table', { name: 'Users' });
    expect(await within(table).findAllByRole('link')).toHaveLength(1);
    expect(within(table).getByRole('link', { name: 'Amos Marble' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search users' })).toHaveValue('marble');
  });

  it('J1: a change of search ends the selection, and going back does not bring it back', async () => {
    const { user } = await renderApp('/users');
    const table = await screen.findByRole('table', { name: 'Users' });
    await user.click(within(table).getByRole('checkbox', { name: 'Select Amos Marble' }));
    expect(await screen.findByText('1 selected')).toBeInTheDocument();
    const search = screen.getByRole('searchbox', { name: 'Search users' });
    await user.type(search, 'marble');
    await waitFor(() => expect(within(table).getAllByRole('link')).toHaveLength(1));
    expect(screen.queryByText('1 selected')).toBeNull();
    await user.clear(search);
    await waitFor(() => expect(within(table).getAllByRole('link').length).toBeGreaterThan(1));
    expect(within(table).getByRole('checkbox', { name: 'Select Amos Marble' })).not.toBeChecked();
    expect(screen.queryByText('1 selected')).toBeNull();
  });

  it('shows an unknown user as an error the admin can act on', async () => {
    await renderApp('/users/no-such-user');
    // The message bar's chunk may replace its plain stand-in meanwhile: look at what is shown.
    await waitFor(() => {
      const alert = screen.getByRole('alert');
      expect(alert).toHaveTextContent(/doesn't exist/);
      expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    });
  });
});
