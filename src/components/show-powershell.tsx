import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { powerShellFor, type PowerShell, type PowerShellAction } from '../lib/powershell';

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

interface ShowPowerShellProps {
  /**
   * The change, from the dialog's values as they are now; null while something it needs (a
   * user's sign-in name) is still to come, with `waiting` saying what.
   */
  change: PowerShellAction | null;
  waiting?: string;
}

/** S1: the toggle that shows a change's PowerShell, and says whether it is shown. */
export function ShowPowerShellButton(props: { shown: boolean; onToggle: () => void }) {
  return (
    <Button appearance="subtle" aria-expanded={props.shown} onClick={props.onToggle}>
      Show PowerShell
    </Button>
  );
}

/**
 * S1: `Show PowerShell` reveals a region `PowerShell` with the cmdlet(s) the change is and
 * `Copy command`.
 */
export function ShowPowerShell({ change, waiting }: ShowPowerShellProps) {
  const [shown, setShown] = useState(false);
  return (
    <div>
      <ShowPowerShellButton shown={shown} onToggle={() => setShown(!shown)} />
      {shown ? (
        <PowerShellRegion
          powerShell={change ? powerShellFor(change) : { commands: [], notes: [waiting ?? ''] }}
        />
      ) : null}
    </div>
  );
}

/** The region `PowerShell`: the command lines, what no cmdlet does, and `Copy command`. */
export function PowerShellRegion({ powerShell: { commands, notes } }: { powerShell: PowerShell }) {
  const styles = useStyles();
  const [copied, setCopied] = useState<string | null>(null);
  const text = commands.join('\n');

  const copy = () => {
    setCopied(null);
    navigator.clipboard.writeText(text).then(
      () => setCopied('Copied.'),
      () => setCopied("Couldn't copy: select the command and copy it."),
    );
  };

  return (
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
  );
}
