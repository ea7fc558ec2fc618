import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowDownRegular, ArrowUpRegular } from '@fluentui/react-icons';
import { memo, useEffect, useRef } from 'react';
import type { Provider } from '../../../api/contract/common';
import type { UserSummary } from '../../../api/contract/users';
import type { SortField, SortOrder } from '../../../api/contract/user-list';
import { RouterLink } from '../../../components/router-link';

const PROVIDER_LABEL: Record<Provider, string> = {
  Microsoft: 'Microsoft',
  ThirdParty: 'Third party',
  None: 'None',
};

/*
 * A plain HTML table in Fluent's table look. It is re-rendered on every search, so it stays
 * light: no per-cell components, one class per element.
 */
const useStyles = makeStyles({
  // One line per user: the wrapper scrolls sideways on narrow screens.
  table: {
    width: '100%',
    minWidth: '56rem',
    borderCollapse: 'collapse',
    whiteSpace: 'nowrap',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
  headerCell: {
    padding: 0,
    textAlign: 'start',
    fontWeight: tokens.fontWeightRegular,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  sortButton: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    width: '100%',
    minHeight: '32px',
    padding: `0 ${tokens.spacingHorizontalS}`,
    border: 'none',
    background: 'none',
    font: 'inherit',
    color: 'inherit',
    textAlign: 'start',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '-2px',
    },
  },
  row: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
  },
  cell: { height: '44px', padding: `0 ${tokens.spacingHorizontalS}` },
  // The row checkboxes: native ones, light enough to render with every search.
  withCheck: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  headerCheck: { paddingInlineStart: tokens.spacingHorizontalS, gap: tokens.spacingHorizontalXS },
  // 16 px with 4 px clear around it: a 24 px target (WCAG 2.2 target size).
  checkbox: {
    flexShrink: 0,
    width: '16px',
    height: '16px',
    margin: '4px',
    cursor: 'pointer',
    accentColor: tokens.colorBrandBackground,
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '2px',
    },
  },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  // The one column that may wrap: a long display name mustn't push the others off screen.
  name: { whiteSpace: 'normal', minWidth: '10rem', overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
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
  /** Whether a user is in the selection (J1); a new function whenever the selection changes. */
  isSelected: (userId: string) => boolean;
  onSelect: (user: UserSummary, selected: boolean) => void;
  onSelectPage: (selected: boolean) => void;
}

/** The page checkbox: checked, mixed or not, from the rows of this page. */
function PageCheckbox({
  className,
  state,
  onChange,
}: {
  className: string;
  state: 'all' | 'some' | 'none';
  onChange: (selected: boolean) => void;
}) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = state === 'some';
  }, [state]);
  return (
    <input
      ref={ref}
      type="checkbox"
      className={className}
      aria-label="Select all on this page"
      checked={state === 'all'}
      aria-checked={state === 'some' ? 'mixed' : state === 'all'}
      onChange={(event) => onChange(event.currentTarget.checked)}
    />
  );
}

/** One page of users; the server sorts, so a column header asks it for another order. */
export const UsersTable = memo(function UsersTable({
  users,
  openUserId,
  sort,
  order,
  onSort,
  isSelected,
  onSelect,
  onSelectPage,
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
  const cell = styles.cell;
  const selectedOnPage = users.filter((user) => isSelected(user.id)).length;
  const pageState =
    users.length > 0 && selectedOnPage === users.length
      ? 'all'
      : selectedOnPage > 0
        ? 'some'
        : 'none';
  return (
    <table ref={tableRef} aria-label="Users" className={styles.table}>
      <thead>
        <tr>
          {COLUMNS.map(({ field, label }) => {
            const sorted = sort === field;
            const button = (
              <button
                type="button"
                className={styles.sortButton}
                onClick={() => onSort(field, sorted && order === 'asc' ? 'desc' : 'asc')}
              >
                {label}
                {sorted ? (
                  order === 'asc' ? (
                    <ArrowUpRegular aria-hidden />
                  ) : (
                    <ArrowDownRegular aria-hidden />
                  )
                ) : null}
              </button>
            );
            return (
              <th
                key={field}
                scope="col"
                className={styles.headerCell}
                aria-sort={sorted ? (order === 'asc' ? 'ascending' : 'descending') : 'none'}
              >
                {field === 'displayName' ? (
                  // The selection's checkbox shares the first column: its cells stay the names.
                  <span className={mergeClasses(styles.withCheck, styles.headerCheck)}>
                    <PageCheckbox
                      className={styles.checkbox}
                      state={pageState}
                      onChange={onSelectPage}
                    />
                    {button}
                  </span>
                ) : (
                  button
                )}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {users.map((user, position) => {
          const selected = isSelected(user.id);
          return (
            // Keyed by position: a row holds no state of its own, so the next answer's users
            // fill in the rows already drawn instead of 25 rows being taken down and built again.
            <tr key={position} className={mergeClasses(styles.row, selected && styles.selected)}>
              <td className={mergeClasses(cell, styles.name)}>
                <span className={styles.withCheck}>
                  <input
                    type="checkbox"
                    className={styles.checkbox}
                    aria-label={`Select ${user.displayName}`}
                    checked={selected}
                    onChange={(event) => onSelect(user, event.currentTarget.checked)}
                  />
                  <RouterLink
                    data-user-id={user.id}
                    to="/users/$userId"
                    params={{ userId: user.id }}
                    search={(previous) => previous}
                  >
                    {user.displayName}
                  </RouterLink>
                </span>
              </td>
              <td className={cell}>
                {user.email ?? <span className={styles.muted}>No mailbox</span>}
              </td>
              <td className={cell}>{user.department}</td>
              <td className={cell}>{user.site}</td>
              <td className={cell}>{user.audioConferencingEnabled ? 'On' : 'Off'}</td>
              <td className={cell}>{PROVIDER_LABEL[user.provider]}</td>
              <td className={cell}>
                {user.conferenceId ?? <span className={styles.muted}>None</span>}
              </td>
              <td className={cell}>
                {user.pinLocked ? (
                  <span className={styles.locked}>Locked</span>
                ) : user.pinSet ? (
                  'Set'
                ) : (
                  <span className={styles.muted}>Not set</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
});

export { PROVIDER_LABEL };
