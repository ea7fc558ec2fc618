import { Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { ChevronLeftRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { describeError } from '../../../api/api-error';
import { StatusMessage } from '../../../components/status-message';
import { useUsers } from '../api/get-users';
import type { UsersSearch } from '../users-search';
import { UsersSearchBox } from './users-search-box';
import { UsersTable } from './users-table';

const PAGE_SIZE = 25;

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  intro: { color: tokens.colorNeutralForeground2, margin: 0 },
  toolbar: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
  },
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
  empty: { padding: tokens.spacingVerticalXXL, textAlign: 'center' },
});

interface UsersPageProps {
  query: UsersSearch;
  onQueryChange: (next: UsersSearch) => void;
}

export function UsersPage({ query, onQueryChange }: UsersPageProps) {
  const styles = useStyles();
  const page = query.page ?? 1;
  const users = useUsers({ search: query.search, page, pageSize: PAGE_SIZE });
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
      <div className={styles.toolbar} role="search" aria-label="User search">
        <UsersSearchBox
          value={query.search ?? ''}
          onSearch={(search) => onQueryChange({ search: search || undefined, page: undefined })}
        />
        {users.isFetching ? <Spinner size="tiny" aria-label="Loading users" /> : null}
      </div>
      {users.isError ? (
        <StatusMessage
          intent="error"
          title="Couldn't load users"
          actions={<Button onClick={() => void users.refetch()}>Retry</Button>}
        >
          {describeError(users.error)}
        </StatusMessage>
      ) : null}
      {data ? (
        <>
          <div className={styles.tableWrap}>
            <UsersTable users={data.items} />
            {data.items.length === 0 ? (
              <Text as="p" className={styles.empty}>
                {query.search ? `No users match "${query.search}".` : 'There are no users.'}
              </Text>
            ) : null}
          </div>
          <nav className={styles.pager} aria-label="Pages">
            <Text aria-live="polite">
              {data.total === 0 ? 'No users' : `${first}–${last} of ${data.total} users`}
            </Text>
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
        <Spinner label="Loading users…" />
      ) : null}
    </div>
  );
}
