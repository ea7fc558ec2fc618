import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useMockState } from '../api/get-mock-state';

const useStyles = makeStyles({ notice: { marginBottom: tokens.spacingVerticalL } });

/**
 * Mock mode: says, once, that the saved demo data couldn't be read and the tenant was reset to
 * its seed — why, and where the unreadable copy was kept. The next page load has nothing to say.
 */
export function SavedStateNotice() {
  const styles = useStyles();
  const { data } = useMockState();
  const [dismissed, setDismissed] = useState<string | null>(null);
  const recovery = data?.recovery;
  if (!recovery || dismissed === recovery.at) return null;
  return (
    <MessageBar intent="warning" role="alert" layout="multiline" className={styles.notice}>
      <MessageBarBody>
        <MessageBarTitle>Demo data reset</MessageBarTitle>
        The saved demo data couldn&apos;t be read, so the demo tenant was reset to its seed.{' '}
        {recovery.reason}{' '}
        {recovery.backupKey
          ? `The unreadable copy is kept in this browser's storage under ${recovery.backupKey}.`
          : 'There was no room to keep the unreadable copy.'}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            aria-label="Dismiss"
            icon={<DismissRegular />}
            onClick={() => setDismissed(recovery.at)}
          />
        }
      />
    </MessageBar>
  );
}
