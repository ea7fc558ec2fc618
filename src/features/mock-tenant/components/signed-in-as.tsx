import { makeStyles, tokens } from '@fluentui/react-components';
import { useQueryClient } from '@tanstack/react-query';
import { useLocation } from '@tanstack/react-router';
import { useId } from 'react';
import type { Audience } from '../../../api/auth/token-provider';
import { clearUnauthorized } from '../../../api/auth/unauthorized';
import { ADMIN_ROLES, ROLE_LABEL, type AdminRole } from '../../../api/contract/common';
import {
  DEFAULT_TAB_ADMIN_TOKEN,
  DEMO_ADMIN_TOKENS,
  DEMO_USER_TOKEN_PREFIX,
  demoUserToken,
} from '../../../api/contract/mock';
import type { Me } from '../../../api/contract/me';
import { useMe } from '../../../api/get-me';
import { mockKeys } from '../../../api/query-keys';
import { useDemoTokens } from '../api/demo-tokens';
import { setTabToken, useTabTokens } from '../api/tab-tokens';

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

  const choice = selfService
    ? selfServiceChoice(tabTokens.selfService, me.data, listing.data?.users ?? [])
    : adminChoice(tabTokens.admin ?? DEFAULT_TAB_ADMIN_TOKEN, me.data?.displayName);
  const known = choice.options.some((option) => option.value === choice.value);
  return (
    <div className={styles.root}>
      <label htmlFor={id} className={styles.label}>
        Signed in as
      </label>
      <select
        id={id}
        className={styles.select}
        value={known ? choice.value : ''}
        title={choice.title}
        onChange={(event) => choose(choice.tokenOf(event.target.value))}
      >
        {known ? null : (
          <option value="" disabled>
            {selfService && !me.isError && !listing.isError ? 'Loading…' : 'Unknown: choose again'}
          </option>
        )}
        {choice.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

interface Choice {
  value: string | undefined;
  title: string | undefined;
  options: { value: string; label: string }[];
  tokenOf: (value: string) => string;
}

/** On the admin pages: the three roles, by the tab's admin token. */
function adminChoice(token: string, displayName: string | undefined): Choice {
  const role = ADMIN_ROLES.find((option) => DEMO_ADMIN_TOKENS[option] === token);
  return {
    value: role,
    title: displayName && role ? `${displayName}, ${ROLE_LABEL[role]}` : undefined,
    options: ADMIN_ROLES.map((option) => ({ value: option, label: ROLE_LABEL[option] })),
    tokenOf: (value) => DEMO_ADMIN_TOKENS[value as AdminRole],
  };
}

/** On the self-service page: the first users by name, and the one signed in. */
function selfServiceChoice(
  token: string | undefined,
  me: Me | undefined,
  users: readonly { userId: string; displayName: string }[],
): Choice {
  const chosenId = token?.startsWith(DEMO_USER_TOKEN_PREFIX)
    ? token.slice(DEMO_USER_TOKEN_PREFIX.length)
    : undefined;
  const signedIn = me?.userId ? { userId: me.userId, displayName: me.displayName } : null;
  const choices =
    signedIn && !users.some((u) => u.userId === signedIn.userId) ? [signedIn, ...users] : users;
  return {
    value: chosenId ?? signedIn?.userId,
    title: signedIn ? `${signedIn.displayName}, a user` : undefined,
    options: choices.map((user) => ({ value: user.userId, label: user.displayName })),
    tokenOf: demoUserToken,
  };
}
