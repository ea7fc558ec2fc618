import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { memo, useEffect, useRef } from 'react';
import type { Provider, UserSummary } from '../../../api/contract';
import type { SortField, SortOrder } from '../../../api/user-list';
import { RouterLink } from '../../../components/router-link';

const PROVIDER_LABEL: Record<Provider, string> = {
  Microsoft: 'Microsoft',
  ThirdParty: 'Third party',
  None: 'None',
};

const useStyles = makeStyles({
  // One line per user: the wrapper scrolls sideways on narrow screens.
  table: { minWidth: '56rem', tableLayout: 'auto', whiteSpace: 'nowrap' },
  muted: { color: tokens.colorNeutralForeground3 },
  nowrap: { whiteSpace: 'nowrap' },
  // The one column that may wrap: a long display name mustn't push the others off screen.
  name: { whiteSpace: 'normal', minWidth: '10rem', overflowWrap: 'anywhere' },
  // Badge-like, without loading the Badge component on the first page.
  locked: {
    display: 'inline-block',
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder1}`,
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorPaletteRedForeground1,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase300,
  },
});

const COLUMNS: { field: SortField; label: string }[] = [
  { field: 'displayName', label: 'Display name' },
  { field: 'email', label: 'Email' },
  { field: 'department', label: 'Department' },
  { field: 'site', label: 'Site' },
  { field: 'audioConferencing', label: 'Audio Conferencing' },
  { field: 'provider', label: 'Provider' },
  { field: 'conferenceId', label: 'Conference ID' },
  { field: 'pin', label: 'PIN' },
];

interface UsersTableProps {
  users: UserSummary[];
  /** The user whose Edit panel is open, if any: when it closes, focus returns to their link. */
  openUserId?: string;
  sort: SortField;
  order: SortOrder;
  onSort: (field: SortField, order: SortOrder) => void;
}

/** One page of users; the server sorts, so a column header asks it for another order. */
/** Memoised: a page re-renders on every keystroke and fetch, its rows only when they change. */
export const UsersTable = memo(function UsersTable({
  users,
  openUserId,
  sort,
  order,
  onSort,
}: UsersTableProps) {
  const styles = useStyles();
  const tableRef = useRef<HTMLTableElement>(null);
  const wasOpen = useRef(openUserId);
  useEffect(() => {
    const closed = wasOpen.current;
    wasOpen.current = openUserId;
    if (!closed || openUserId) return;
    // After the panel's closing animation has let go of focus.
    window.requestAnimationFrame(() =>
      tableRef.current
        ?.querySelector<HTMLElement>(`[data-user-id="${CSS.escape(closed)}"]`)
        ?.focus(),
    );
  }, [openUserId]);
  return (
    <Table ref={tableRef} aria-label="Users" className={styles.table} size="medium" sortable>
      <TableHeader>
        <TableRow>
          {COLUMNS.map(({ field, label }) => (
            <TableHeaderCell
              key={field}
              sortDirection={
                sort === field ? (order === 'asc' ? 'ascending' : 'descending') : undefined
              }
              onClick={() => onSort(field, sort === field && order === 'asc' ? 'desc' : 'asc')}
            >
              {label}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {users.map((user) => (
          <TableRow key={user.id}>
            <TableCell className={styles.name}>
              <RouterLink
                data-user-id={user.id}
                to="/users/$userId"
                params={{ userId: user.id }}
                search={(previous) => previous}
              >
                {user.displayName}
              </RouterLink>
            </TableCell>
            <TableCell>{user.email ?? <span className={styles.muted}>No mailbox</span>}</TableCell>
            <TableCell>{user.department}</TableCell>
            <TableCell>{user.site}</TableCell>
            <TableCell>{user.audioConferencingEnabled ? 'On' : 'Off'}</TableCell>
            <TableCell>{PROVIDER_LABEL[user.provider]}</TableCell>
            <TableCell className={styles.nowrap}>
              {user.conferenceId ?? <span className={styles.muted}>None</span>}
            </TableCell>
            <TableCell>
              {user.pinLocked ? (
                <span className={styles.locked}>Locked</span>
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
});

export { PROVIDER_LABEL };
