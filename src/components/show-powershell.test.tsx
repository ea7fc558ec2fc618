import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { identityOf } from '../lib/powershell';
import { ShowPowerShell } from './show-powershell';

const AMOS = { sipAddress: 'sip:amos.marble@contoso.com' };

function renderIt(change: Parameters<typeof ShowPowerShell>[0]['change']) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <ShowPowerShell change={change} />
    </FluentProvider>,
  );
}

describe('Show PowerShell (S1, PRODUCT.md §4)', () => {
  it('S1: reveals a region PowerShell with the command, and Copy command copies it', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    renderIt({ action: 'resetPin', identity: identityOf(AMOS), sendEmail: true });
    expect(screen.queryByRole('region', { name: 'PowerShell' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show PowerShell' }));
    const region = screen.getByRole('region', { name: 'PowerShell' });
    const command =
      "Set-CsOnlineDialInConferencingUser -Identity 'amos.marble@contoso.com' -ResetLeaderPin -SendEmail";
    expect(region).toHaveTextContent(command);
    expect(screen.getByRole('button', { name: 'Show PowerShell' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await user.click(screen.getByRole('button', { name: 'Copy command' }));
    expect(writeText).toHaveBeenCalledWith(command);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Copied.'));
  });

  it('S1: where no current cmdlet exists it says so, and there is nothing to copy', async () => {
    const user = userEvent.setup();
    renderIt({ action: 'resetConferenceId', identity: identityOf(AMOS) });
    await user.click(screen.getByRole('button', { name: 'Show PowerShell' }));
    const region = screen.getByRole('region', { name: 'PowerShell' });
    expect(region).toHaveTextContent(/-ResetConferenceId parameter was retired in 2022/);
    expect(screen.getByRole('button', { name: 'Copy command' })).toBeDisabled();
  });
});
