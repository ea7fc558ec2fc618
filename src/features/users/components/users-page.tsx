import { useQueryClient } from '@tanstack/react-query';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronLeftRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { LightSpinner } from '../../../components/light-spinner';
import { usersQueryOptions, useUsers } from '../api/get-users';
import type { UsersSearch } from '../users-search';
import {
  DEFAULT_PAGE_SIZE,
  type SortField,
  type SortOrder,
  type UsersListQuery,
} from '../../../api/contract/user-list';
import { useStableCallback } from '../../../lib/use-stable-callback';
import { UsersQueryBar } from './users-query-bar';
import { UsersTable } from './users-table';
import { LoadError } from '../../../components/load-error';

const PAGE_SIZE = DEFAULT_PAGE_SIZE;
const count = (n: number) => n.toLocaleString('en-US');

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  intro: { color: tokens.colorNeutralForeground2, margin: 0 },
  tableWrap: {
    overflowX: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
  },
  pager: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    justifyContent: 'flex-end',
  },
  empty: { margin: 0, padding: tokens.spacingVerticalXXL, textAlign: 'center' },
});

interface UsersPageProps {
  query: UsersSearch;
  /** The user whose Edit panel is open over the list. */
  openUserId?: string;
  onQueryChange: (next: UsersSearch) => void;
}

/** The API request for what the URL says. */
function listQueryOf(query: UsersSearch): UsersListQuery {
  const { search, filter, sort, order, page = 1 } = query;
  return { search, filter, sort, order, page, pageSize: PAGE_SIZE };
}

export function UsersPage({ query, openUserId, onQueryChange: navigate }: UsersPageProps) {
  const styles = useStyles();
  const queryClient = useQueryClient();
  const page = query.page ?? 1;
  const sort = query.sort ?? 'displayName';
  const order = query.order ?? 'asc';
  const filtered = Boolean(query.search) || (query.filter?.length ?? 0) > 0;
  const users = useUsers(listQueryOf(query));
  // The request starts with the change, not after the URL and the page have caught up with it.
  const onQueryChange = (next: UsersSearch) => {
    void queryClient.prefetchQuery(usersQueryOptions(listQueryOf(next)));
    navigate(next);
  };
  const onSort = useStableCallback((field: SortField, nextOrder: SortOrder) =>
    onQueryChange({
      ...query,
      sort: field === 'displayName' ? undefined : field,
      order: nextOrder === 'asc' ? undefined : nextOrder,
      page: undefined,
    }),
  );
  const data = users.data;
  const pageCount = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  const first = data && data.total > 0 ? (page - 1) * PAGE_SIZE + 1 : 0;
  const last = data ? Math.min(page * PAGE_SIZE, data.total) : 0;

  return (
    <div className={styles.page}>
      <h1>Users</h1>
      <p className={styles.intro}>
        Find a user and open them to see and manage their Audio Conferencing settings.
      </p>
      <UsersQueryBar query={query} busy={users.isFetching} onQueryChange={onQueryChange} />
      <LoadError query={users} title="Couldn't load users" />
      {data ? (
        <>
          <div className={styles.tableWrap}>
            <UsersTable
              users={data.items}
              openUserId={openUserId}
              sort={sort}
              order={order}
              onSort={onSort}
            />
            {data.items.length === 0 ? (
              <p className={styles.empty}>
                {data.total > 0
                  ? 'This page is past the last one.'
                  : filtered
                    ? 'No users match this search and these filters.'
                    : 'There are no users.'}
              </p>
            ) : null}
          </div>
          <nav className={styles.pager} aria-label="Pages">
            <span aria-live="polite">
              {data.total === 0
                ? 'No users'
                : `${count(first)}–${count(last)} of ${count(data.total)} users`}
            </span>
            <Button
              icon={<ChevronLeftRegular />}
              disabled={page <= 1}
              onClick={() => onQueryChange({ ...query, page: page - 1 > 1 ? page - 1 : undefined })}
            >
              Previous page
            </Button>
            <Button
              icon={<ChevronRightRegular />}
              iconPosition="after"
              disabled={page >= pageCount}
              onClick={() => onQueryChange({ ...query, page: page + 1 })}
            >
              Next page
            </Button>
          </nav>
        </>
      ) : users.isPending ? (
        <LightSpinner label="Loading users…" />
      ) : null}
    </div>
  );
}
