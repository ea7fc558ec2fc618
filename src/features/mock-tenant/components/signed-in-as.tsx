import { makeStyles, tokens } from '@fluentui/react-components';
import { useLocation } from '@tanstack/react-router';
import { useId } from 'react';
import { ADMIN_ROLES, ROLE_LABEL, type AdminRole, type MockSession } from '../../../api/contract';
import { useMockSession } from '../../../api/get-mock-session';
import { useUpdateMockSession } from '../api/mock-session';

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
 * Mock mode: "Signed in as" — the admin role every request is made with (A1), or, on the
 * self-service page, the user it acts for (P7). Read from the mock's session hook, which the
 * network conditions don't touch: it says who you are even while every request fails.
 */
export function SignedInAs() {
  const styles = useStyles();
  const id = useId();
  const selfService = useLocation({ select: (l) => l.pathname === SELF_SERVICE_PATH });
  const session = useMockSession();
  const update = useUpdateMockSession();
  const pending = update.isPending ? update.variables : undefined;
  const choice = selfService
    ? pending && 'selfServiceUserId' in pending
      ? pending.selfServiceUserId
      : session.data?.selfServiceUser?.id
    : pending && 'role' in pending
      ? pending.role
      : session.data?.role;
  return (
    <div className={styles.root}>
      <label htmlFor={id} className={styles.label}>
        Signed in as
      </label>
      <select
        id={id}
        className={styles.select}
        value={choice ?? ''}
        title={session.data ? describe(session.data, selfService) : undefined}
        onChange={(event) =>
          update.mutate(
            selfService
              ? { selfServiceUserId: event.target.value }
              : { role: event.target.value as AdminRole },
          )
        }
      >
        {choice ? null : (
          <option value="" disabled>
            {session.isError ? 'Unknown: choose again' : 'Loading…'}
          </option>
        )}
        {selfService
          ? session.data?.selfServiceChoices.map((user) => (
              <option key={user.id} value={user.id}>
                {user.displayName}
              </option>
            ))
          : ADMIN_ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABEL[role]}
              </option>
            ))}
      </select>
    </div>
  );
}

function describe(session: MockSession, selfService: boolean): string {
  if (selfService) return `${session.selfServiceUser?.displayName ?? 'Nobody'}, a user`;
  return `${session.actor}, ${ROLE_LABEL[session.role]}`;
}
