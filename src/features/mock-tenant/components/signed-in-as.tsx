import { makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { ADMIN_ROLES, ROLE_LABEL, type AdminRole } from '../../../api/contract';
import { useMockSession, useSetSessionRole } from '../api/mock-session';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  label: { fontSize: tokens.fontSizeBase200 },
  select: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
});

/** Mock mode: "Signed in as" — the role every request is made with (A1). */
export function SignedInAs() {
  const styles = useStyles();
  const id = useId();
  const session = useMockSession();
  const setRole = useSetSessionRole();
  const role = setRole.isPending ? setRole.variables : session.data?.role;
  return (
    <div className={styles.root}>
      <label htmlFor={id} className={styles.label}>
        Signed in as
      </label>
      <select
        id={id}
        className={styles.select}
        value={role ?? ''}
        title={session.data ? `${session.data.actor}, ${ROLE_LABEL[session.data.role]}` : undefined}
        onChange={(event) => setRole.mutate(event.target.value as AdminRole)}
      >
        {role ? null : (
          <option value="" disabled>
            {session.isError ? 'Unknown: choose a role' : 'Loading…'}
          </option>
        )}
        {ADMIN_ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABEL[r]}
          </option>
        ))}
      </select>
    </div>
  );
}
