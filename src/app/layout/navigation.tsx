import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import {
  ArrowSyncRegular,
  CallRegular,
  HistoryRegular,
  KeyRegular,
  TaskListLtrRegular,
  MailRegular,
  PeopleRegular,
  SettingsRegular,
} from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { MOCK_MODE } from '../../api/config';
import { RouterLink } from '../../components/router-link';

const useStyles = makeStyles({
  nav: {
    gridArea: 'nav',
    backgroundColor: tokens.colorNeutralBackground1,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalM} 0`,
  },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  link: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    color: tokens.colorNeutralForeground1,
    borderLeft: '3px solid transparent',
    ':hover': {
      backgroundColor: tokens.colorNeutralBackground1Hover,
      textDecorationLine: 'none',
      color: tokens.colorNeutralForeground1,
    },
  },
  link_active: {
    // The router marks the current page's link with data-status="active".
    '&[data-status="active"]': {
      borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
      fontWeight: tokens.fontWeightSemibold,
      backgroundColor: tokens.colorNeutralBackground1Selected,
    },
  },
});

function NavItem({
  to,
  icon,
  children,
}: {
  to:
    | '/users'
    | '/emails'
    | '/dial-in'
    | '/settings/conference-bridge'
    | '/me/pin'
    | '/audit-log'
    | '/jobs'
    | '/meeting-migrations';
  icon: ReactNode;
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <li>
      <RouterLink
        to={to}
        className={mergeClasses(styles.link, styles.link_active)}
        activeProps={{ 'aria-current': 'page' }}
      >
        {icon}
        {children}
      </RouterLink>
    </li>
  );
}

export function Navigation() {
  const styles = useStyles();
  return (
    <nav className={styles.nav} aria-label="Main">
      <ul className={styles.list}>
        <NavItem to="/users" icon={<PeopleRegular aria-hidden fontSize={20} />}>
          Users
        </NavItem>
        <NavItem
          to="/settings/conference-bridge"
          icon={<SettingsRegular aria-hidden fontSize={20} />}
        >
          Conference bridges
        </NavItem>
        {MOCK_MODE ? (
          <NavItem to="/emails" icon={<MailRegular aria-hidden fontSize={20} />}>
            Sent emails
          </NavItem>
        ) : null}
        <NavItem to="/jobs" icon={<TaskListLtrRegular aria-hidden fontSize={20} />}>
          Jobs
        </NavItem>
        <NavItem to="/audit-log" icon={<HistoryRegular aria-hidden fontSize={20} />}>
          Audit log
        </NavItem>
        <NavItem to="/meeting-migrations" icon={<ArrowSyncRegular aria-hidden fontSize={20} />}>
          Meeting migrations
        </NavItem>
        {MOCK_MODE ? (
          <NavItem to="/dial-in" icon={<CallRegular aria-hidden fontSize={20} />}>
            Dial-in simulator
          </NavItem>
        ) : null}
        <NavItem to="/me/pin" icon={<KeyRegular aria-hidden fontSize={20} />}>
          My PIN
        </NavItem>
      </ul>
    </nav>
  );
}
