import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useQueryClient } from '@tanstack/react-query';
import { tabTokenProvider } from '../../api/auth/tab-token';
import { CALLER_ROLE_LABEL } from '../../api/contract/common';
import { useMe } from '../../api/get-me';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  who: { fontSize: tokens.fontSizeBase200, whiteSpace: 'nowrap' },
});

/** A build without the mock: who is signed in, and Sign out. */
export function SignedInUser({ buttonClassName }: { buttonClassName: string }) {
  const styles = useStyles();
  const queryClient = useQueryClient();
  const me = useMe();
  if (!me.data) return null;
  return (
    <div className={styles.root}>
      <span className={styles.who}>
        {me.data.displayName} ({CALLER_ROLE_LABEL[me.data.role]})
      </span>
      {tabTokenProvider.current() !== null ? (
        <Button
          appearance="subtle"
          className={buttonClassName}
          onClick={() => {
            tabTokenProvider.signOut();
            void queryClient.resetQueries();
          }}
        >
          Sign out
        </Button>
      ) : null}
    </div>
  );
}
