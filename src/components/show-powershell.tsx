import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { powerShellFor, type PowerShellAction } from '../lib/powershell';

const useStyles = makeStyles({
  region: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    '& p': { margin: 0 },
  },
  code: {
    margin: 0,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** The signed-in user's identity in a cmdlet: the sign-in name, which is the SIP address's. */
export const identityOf = (user: { sipAddress: string }) => user.sipAddress.replace(/^sip:/i, '');

/**
 * S1: `Show PowerShell` reveals a region `PowerShell` with the cmdlet(s) the change is, made from
 * the dialog's values as they are now, and `Copy command`.
 */
export function ShowPowerShell({ change }: { change: PowerShellAction }) {
  const styles = useStyles();
  const [shown, setShown] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  const { commands, notes } = powerShellFor(change);
  const text = commands.join('\n');

  const copy = () => {
    setCopied(null);
    navigator.clipboard.writeText(text).then(
      () => setCopied('Copied.'),
      () => setCopied("Couldn't copy: select the command and copy it."),
    );
  };

  return (
    <div>
      <Button appearance="subtle" aria-expanded={shown} onClick={() => setShown(!shown)}>
        Show PowerShell
      </Button>
      {shown ? (
        <section className={styles.region} aria-label="PowerShell">
          {commands.length > 0 ? (
            <pre className={styles.code}>
              <code>{text}</code>
            </pre>
          ) : null}
          {notes.map((note) => (
            <p key={note}>{note}</p>
          ))}
          <div className={styles.actions}>
            <Button size="small" disabled={commands.length === 0} onClick={copy}>
              Copy command
            </Button>
            {copied ? <span role="status">{copied}</span> : null}
          </div>
        </section>
      ) : null}
    </div>
  );
}
