import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { resetConferenceId, sendConferenceInfo } from '../../../../mocks/domain/actions';
import { renderApp } from '../../../test/render';
import { userId } from '../../../test/fixtures';
import { mock } from '../../../test/server';

const ctx = { now: () => new Date(), random: Math.random };

describe('Sent emails page', () => {
  it('lists the mailbox newest first and shows a selected message in the Message region', async () => {
    mock.store.write((tenant) => resetConferenceId(tenant, ctx, userId('Amos Marble')));
    mock.store.write((tenant) =>
      sendConferenceInfo(tenant, ctx, userId('Ken Myer'), 'ken@fabrikam.com'),
    );
    const { user } = await renderApp('/emails');

    const table = await screen.findByRole('table', { name: 'Sent emails' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('ken@fabrikam.com');
    expect(rows[1]).toHaveTextContent('amos.marble@contoso.com');

    await user.click(within(rows[1]!).getByRole('button'));
    const message = screen.getByRole('region', { name: 'Message' });
    const newId = mock.store.read().usersById.get(userId('Amos Marble'))!.audio.conferenceId!;
    expect(await within(message).findByText(new RegExp(`Conference ID: ${newId}`))).toBeVisible();
  });

  it('says so when nothing has been sent', async () => {
    await renderApp('/emails');
    expect(await screen.findByText('No emails have been sent yet.')).toBeInTheDocument();
  });
});
