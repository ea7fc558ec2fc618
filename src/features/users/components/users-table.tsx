import {
  Badge,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
  useRestoreFocusTarget,
} from '@fluentui/react-components';
import type { Provider, UserSummary } from '../../../api/contract';
import { RouterLink } from '../../../components/router-link';

const PROVIDER_LABEL: Record<Provider, string> = {
  Microsoft: 'Microsoft',
  ThirdParty: 'Third party',
  None: 'None',
};

const useStyles = makeStyles({
  table: { minWidth: '56rem', tableLayout: 'auto' },
  muted: { color: tokens.colorNeutralForeground3 },
  nowrap: { whiteSpace: 'nowrap' },
});

export function UsersTable({ users }: { users: UserSummary[] }) {
  const styles = useStyles();
  // Closing the Edit panel returns focus to the link that opened it.
  const restoreFocusTarget = useRestoreFocusTarget();
  return (
    <Table aria-label="Users" className={styles.table} size="medium">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Display name</TableHeaderCell>
          <TableHeaderCell>Email</TableHeaderCell>
          <TableHeaderCell>Department</TableHeaderCell>
          <TableHeaderCell>Audio Conferencing</TableHeaderCell>
          <TableHeaderCell>Provider</TableHeaderCell>
          <TableHeaderCell>Conference ID</TableHeaderCell>
          <TableHeaderCell>PIN</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {users.map((user) => (
          <TableRow key={user.id}>
            <TableCell>
              <RouterLink
                {...restoreFocusTarget}
                to="/users/$userId"
                params={{ userId: user.id }}
                search={(previous) => previous}
              >
                {user.displayName}
              </RouterLink>
            </TableCell>
            <TableCell>{user.email ?? <span className={styles.muted}>No mailbox</span>}</TableCell>
            <TableCell>{user.department}</TableCell>
            <TableCell>{user.audioConferencingEnabled ? 'On' : 'Off'}</TableCell>
            <TableCell>{PROVIDER_LABEL[user.provider]}</TableCell>
            <TableCell className={styles.nowrap}>
              {user.conferenceId ?? <span className={styles.muted}>None</span>}
            </TableCell>
            <TableCell>
              {user.pinLocked ? (
                <Badge appearance="tint" color="danger">
                  Locked
                </Badge>
              ) : user.pinSet ? (
                'Set'
              ) : (
                <span className={styles.muted}>Not set</span>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export { PROVIDER_LABEL };
