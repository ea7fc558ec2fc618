import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEMO_ADMIN_TOKENS } from '../../../api/contract/mock';
import { renderWithProviders } from '../../../test/render';
import { mock } from '../../../test/server';
import { AuditLogPage } from './audit-log-page';

/** A change made as the Teams Administrator, through the API: as the admin center makes it. */
async function change(method: string, path: string, body?: unknown) {
  const response = await fetch(new URL(`/api${path}`, window.location.origin), {
    method,
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${DEMO_ADMIN_TOKENS.TeamsAdministrator}`,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return response.status;
}

const idOf = (name: string) => mock.store.read().users.find((u) => u.displayName === name)!.id;

describe('Audit log page', () => {
  it('S1 + A2: each change made shows its PowerShell; a refused attempt shows none', async () => {
    const amos = idOf('Amos Marble');
    expect(await change('POST', `/users/${amos}/pin/reset`, { pin: '1' })).toBe(400);
    expect(await change('POST', `/users/${amos}/pin/lock`)).toBe(200);
    const { user } = renderWithProviders(<AuditLogPage />);
    const table = await screen.findByRole('table', { name: 'Audit log' });
    const [, locked, refused] = within(table).getAllByRole('row');
    expect(refused).toHaveTextContent(/Reset PIN.*Refused/);
    expect(within(refused!).queryByRole('button', { name: 'Show PowerShell' })).toBeNull();
    expect(locked).toHaveTextContent(/Lock PIN.*Succeeded/);
    const show = within(locked!).getByRole('button', { name: 'Show PowerShell' });
    await user.click(show);
    expect(show).toHaveAttribute('aria-expanded', 'true');
    // The command spans the row under the entry.
    const under = within(table).getAllByRole('row')[2]!;
    expect(within(under).getByRole('region', { name: 'PowerShell' })).toHaveTextContent(
      "Lock-CsClientPin -Identity 'amos.marble@contoso.com'",
    );
    expect(within(under).getByRole('button', { name: 'Copy command' })).toBeEnabled();
    await user.click(show);
    expect(screen.queryByRole('region', { name: 'PowerShell' })).toBeNull();
  });
});
