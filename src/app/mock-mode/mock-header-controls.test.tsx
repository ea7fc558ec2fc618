import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { API_BASE } from '../../api/config';
import { findDialog, renderWithProviders } from '../../test/render';
import { mock } from '../../test/server';
import { MockHeaderControls } from './mock-header-controls';

const MINUTE = 60_000;

describe('Mock header: Advance time (M5)', () => {
  it('moves the mock time forward by 120 minutes, says so, and gives focus back', async () => {
    const { user } = renderWithProviders(<MockHeaderControls buttonClassName="" />);
    const button = await screen.findByRole('button', { name: 'Advance time' });
    await waitFor(() => expect(button).toHaveAccessibleDescription(/^Mock time: \w{3} \d+, \d{4}/));
    expect(button).not.toHaveAccessibleDescription(/min\)/);

    await user.click(button);
    const dialog = await findDialog('Advance time');
    const minutes = within(dialog).getByLabelText('Minutes');
    expect(minutes).toHaveValue(60);
    await user.clear(minutes);
    await user.type(minutes, '120');
    await user.click(within(dialog).getByRole('button', { name: 'Advance' }));

    expect(await screen.findByText('Mock time moved forward by 120 minutes.')).toHaveAttribute(
      'role',
      'status',
    );
    expect(mock.store.read().clock.offsetMs).toBe(120 * MINUTE);
    expect(screen.queryByRole('dialog', { hidden: true })).not.toBeInTheDocument();
    expect(button).toHaveAccessibleDescription(/\(\+120 min\)$/);
    await waitFor(() => expect(button).toHaveFocus());
  });

  it('refuses 0 minutes at the field and moves nothing', async () => {
    const { user } = renderWithProviders(<MockHeaderControls buttonClassName="" />);
    await user.click(await screen.findByRole('button', { name: 'Advance time' }));
    const dialog = await findDialog('Advance time');
    const minutes = within(dialog).getByLabelText('Minutes');
    await user.clear(minutes);
    await user.type(minutes, '0');
    await user.click(within(dialog).getByRole('button', { name: 'Advance' }));

    expect(
      await within(dialog).findByText(
        'Enter a whole number of minutes from 1 to 43,200 (30 days). Time only moves forward.',
      ),
    ).toBeInTheDocument();
    expect(minutes).toHaveAccessibleDescription(/Enter a whole number of minutes/);
    expect(minutes).toHaveFocus();
    expect(dialog).toBeInTheDocument();
    expect(mock.store.read().clock.offsetMs).toBe(0);
  });

  it('shows a server refusal of the minutes on the field', async () => {
    mock.server.use(
      http.post(`${API_BASE}/_mock/clock`, () =>
        HttpResponse.json(
          {
            code: 'validation_failed',
            message: 'The request is invalid.',
            fieldErrors: { advanceMinutes: ['Not now: the clock is busy.'] },
          },
          { status: 400 },
        ),
      ),
    );
    const { user } = renderWithProviders(<MockHeaderControls buttonClassName="" />);
    await user.click(await screen.findByRole('button', { name: 'Advance time' }));
    const dialog = await findDialog('Advance time');
    await user.click(within(dialog).getByRole('button', { name: 'Advance' }));
    const minutes = within(dialog).getByLabelText('Minutes');
    await waitFor(() =>
      expect(minutes).toHaveAccessibleDescription(/Not now: the clock is busy\./),
    );
    expect(minutes).toHaveFocus();
    expect(mock.store.read().clock.offsetMs).toBe(0);
  });
});
