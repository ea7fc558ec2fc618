import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { resetConferenceId } from '../../../../mocks/domain/actions';
import { settleMigrations } from '../../../../mocks/domain/meeting-migration';
import { userId } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { mock } from '../../../test/server';
import { signInAs } from '../../../test/sign-in';

const ctx = { now: () => new Date(), random: Math.random };

/** Diego's 300-attendee all-hands can't be migrated: his migration, run, ends Failed. */
function seedFailedMigrationForDiego() {
  mock.store.write((tenant) => {
    resetConferenceId(tenant, ctx, userId('Diego Siciliani'));
    settleMigrations(tenant, Date.now() + 200 * 60_000);
    return tenant;
  });
}

function rowOf(table: HTMLElement, name: string) {
  const row = within(table)
    .getAllByRole('row')
    .find((candidate) => within(candidate).queryByRole('link', { name }));
  if (!row) throw new Error(`No row for ${name}`);
  return row;
}

function cellUnder(table: HTMLElement, row: HTMLElement, column: string) {
  const headers = within(table).getAllByRole('columnheader');
  const index = headers.findIndex((header) => header.textContent === column);
  return within(row).getAllByRole('cell')[index]!;
}

describe('Meeting migrations page', () => {
  it('lists a failed migration, filters by state and retries it', async () => {
    seedFailedMigrationForDiego();
    const { user } = await renderApp('/meeting-migrations');

    expect(await screen.findByRole('heading', { name: 'Meeting migrations' })).toBeInTheDocument();
    let table = await screen.findByRole('table', { name: 'Meeting migrations' });
    let row = rowOf(table, 'Diego Siciliani');
    expect(cellUnder(table, row, 'State')).toHaveTextContent('Failed');
    expect(within(row).getByRole('link', { name: 'Diego Siciliani' })).toHaveAttribute(
      'href',
      `/users/${userId('Diego Siciliani')}`,
    );

    await user.selectOptions(screen.getByRole('combobox', { name: 'State' }), 'Failed');
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'State' })).toHaveValue('Failed'),
    );
    table = await screen.findByRole('table', { name: 'Meeting migrations' });
    row = await waitFor(() => rowOf(table, 'Diego Siciliani'));
    expect(cellUnder(table, row, 'State')).toHaveTextContent('Failed');

    await user.selectOptions(screen.getByRole('combobox', { name: 'State' }), '');
    table = await screen.findByRole('table', { name: 'Meeting migrations' });
    row = rowOf(table, 'Diego Siciliani');
    await user.click(within(row).getByRole('button', { name: 'Retry' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Retry started for Diego Siciliani: in progress.',
    );
    await waitFor(() => {
      const current = rowOf(
        screen.getByRole('table', { name: 'Meeting migrations' }),
        'Diego Siciliani',
      );
      const currentTable = screen.getByRole('table', { name: 'Meeting migrations' });
      expect(cellUnder(currentTable, current, 'State')).toHaveTextContent('In progress');
      expect(cellUnder(currentTable, current, 'Retries')).toHaveTextContent('1');
    });
  });

  it('keeps the State filter in the URL', async () => {
    seedFailedMigrationForDiego();
    await renderApp('/meeting-migrations?state=Succeeded');
    expect(await screen.findByRole('combobox', { name: 'State' })).toHaveValue('Succeeded');
    expect(await screen.findByText('No meeting migrations in this state.')).toBeInTheDocument();
  });

  it('offers Retry, disabled, to a role that can only view', async () => {
    signInAs('GlobalReader');
    seedFailedMigrationForDiego();
    await renderApp('/meeting-migrations');
    const table = await screen.findByRole('table', { name: 'Meeting migrations' });
    const row = rowOf(table, 'Diego Siciliani');
    await waitFor(() => expect(within(row).getByRole('button', { name: 'Retry' })).toBeDisabled());
  });

  it('shows the server’s refusal in an alert', async () => {
    seedFailedMigrationForDiego();
    const { user } = await renderApp('/meeting-migrations');
    const table = await screen.findByRole('table', { name: 'Meeting migrations' });
    const row = rowOf(table, 'Diego Siciliani');
    // Meanwhile, a newer change queues a migration that carries this one's work.
    mock.store.write((tenant) => {
      resetConferenceId(tenant, ctx, userId('Diego Siciliani'));
      return tenant;
    });
    await user.click(within(row).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Couldn’t retry the migration/);
  });

  it('says so when there are none', async () => {
    await renderApp('/meeting-migrations');
    expect(await screen.findByText('No meeting migrations.')).toBeInTheDocument();
  });
});
