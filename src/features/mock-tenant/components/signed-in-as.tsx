import { makeStyles, tokens } from '@fluentui/react-components';
import { useQueryClient } from '@tanstack/react-query';
import { useLocation } from '@tanstack/react-router';
import { useId } from 'react';
import type { Audience } from '../../../api/auth/token-provider';
import { clearUnauthorized } from '../../../api/auth/unauthorized';
import { ADMIN_ROLES, ROLE_LABEL, type AdminRole } from '../../../api/contract/common';
import {
  DEMO_ADMIN_TOKENS,
  DEMO_USER_TOKEN_PREFIX,
  demoUserToken,
} from '../../../api/contract/mock';
import { useMe } from '../../../api/get-me';
import { mockKeys } from '../../../api/query-keys';
import { useDemoTokens } from '../api/demo-tokens';
import { DEFAULT_ADMIN_TOKEN, setTabToken, useTabTokens } from '../api/tab-tokens';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  label: { fontSize: tokens.fontSizeBase200, whiteSpace: 'nowrap' },
  select: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    maxWidth: '14rem',
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
});

/** The self-service page acts for a user, not for an admin. */
const SELF_SERVICE_PATH = '/me/pin';

function roleOfToken(token: string): AdminRole | undefined {
  return ADMIN_ROLES.find((role) => DEMO_ADMIN_TOKENS[role] === token);
}

/**
 * Mock mode: "Signed in as" chooses the demo token this tab's requests carry — an admin role's
 * (A1), or, on the self-service page, a user's (P7). Chosen per tab, as signing in is.
 */
export function SignedInAs() {
  const styles = useStyles();
  const id = useId();
  const queryClient = useQueryClient();
  const selfService = useLocation({ select: (l) => l.pathname === SELF_SERVICE_PATH });
  const audience: Audience = selfService ? 'self-service' : 'admin';
  const tabTokens = useTabTokens();
  const me = useMe(audience);
  const listing = useDemoTokens(selfService);

  const choose = (token: string) => {
    setTabToken(audience, token);
    clearUnauthorized();
    // Everything shown is fetched again under the new sign-in.
    void queryClient.invalidateQueries({
      predicate: (query) => query.queryKey[0] !== mockKeys.all[0],
    });
  };

  if (!selfService) {
    const role = roleOfToken(tabTokens.admin ?? DEFAULT_ADMIN_TOKEN);
    return (
      <div className={styles.root}>
        <label htmlFor={id} className={styles.label}>
          Signed in as
        </label>
        <select
          id={id}
          className={styles.select}
          value={role ?? ''}
          title={me.data && role ? `${me.data.displayName}, ${ROLE_LABEL[role]}` : undefined}
          onChange={(event) => choose(DEMO_ADMIN_TOKENS[event.target.value as AdminRole])}
        >
          {role ? null : (
            <option value="" disabled>
              Unknown: choose again
            </option>
          )}
          {ADMIN_ROLES.map((option) => (
            <option key={option} value={option}>
              {ROLE_LABEL[option]}
            </option>
          ))}
        </select>
      </div>
    );
  }

  const chosenId = tabTokens.selfService?.startsWith(DEMO_USER_TOKEN_PREFIX)
    ? tabTokens.selfService.slice(DEMO_USER_TOKEN_PREFIX.length)
    : undefined;
  const signedIn = me.data?.userId
    ? { userId: me.data.userId, displayName: me.data.displayName }
    : null;
  const userId = chosenId ?? signedIn?.userId;
  const users = listing.data?.users ?? [];
  const choices =
    signedIn && !users.some((u) => u.userId === signedIn.userId) ? [signedIn, ...users] : users;
  const known = userId !== undefined && choices.some((u) => u.userId === userId);
  return (
    <div className={styles.root}>
      <label htmlFor={id} className={styles.label}>
        Signed in as
      </label>
      <select
        id={id}
        className={styles.select}
        value={known ? userId : ''}
        title={signedIn ? `${signedIn.displayName}, a user` : undefined}
        onChange={(event) => choose(demoUserToken(event.target.value))}
      >
        {known ? null : (
          <option value="" disabled>
            {me.isError || listing.isError ? 'Unknown: choose again' : 'Loading…'}
          </option>
        )}
        {choices.map((user) => (
          <option key={user.userId} value={user.userId}>
            {user.displayName}
          </option>
        ))}
      </select>
    </div>
  );
}
