import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { tabTokenProvider } from '../../api/auth/tab-token';
import { useUnauthorized } from '../../api/auth/unauthorized';
import { ROLE_LABEL } from '../../api/contract/common';
import { useMe } from '../../api/get-me';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  who: { fontSize: tokens.fontSizeBase200, whiteSpace: 'nowrap' },
});

/**
 * A build without the mock: who is signed in, and Sign out. Sign out is offered whenever this
 * tab holds a token the server hasn't refused, also while the server can't say whose it is
 * (down, unreachable): the admin can always leave a tab. Once the server answers 401 nobody is
 * signed in, and the sign-in screen says so.
 */
export function SignedInUser({ buttonClassName }: { buttonClassName: string }) {
  const styles = useStyles();
  const queryClient = useQueryClient();
  const me = useMe();
  const hasTabToken = useSyncExternalStore(
    tabTokenProvider.subscribe,
    () => tabTokenProvider.current() !== null,
  );
  const unauthorized = useUnauthorized();
  if (unauthorized || (!me.data && !hasTabToken)) return null;
  return (
    <div className={styles.root}>
      {me.data ? (
        <span className={styles.who}>
          {me.data.displayName} ({me.data.role === 'User' ? 'user' : ROLE_LABEL[me.data.role]})
        </span>
      ) : null}
      {hasTabToken ? (
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
