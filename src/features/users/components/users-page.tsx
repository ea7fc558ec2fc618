import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { ArrowDownloadRegular, ArrowUploadRegular } from '@fluentui/react-icons';
import type { BulkAction } from '../../../api/contract/jobs';
import type { UserSummary } from '../../../api/contract/users';
import { useMe } from '../../../api/get-me';
import {
  allMatching,
  emptySelection,
  isSelected as inSelection,
  selectedCount,
  selectionKey,
  withUsers,
  type Selection,
} from '../bulk/selection';
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
/**
 * How long a change of the list (a keystroke, a filter, a sort, a page) waits for its answer
 * before the URL and the page take it up: an answer in time is drawn with the change itself, in
 * one render, and the keystroke's task stays short so its request leaves at once. A slower answer
 * shows as loading after this, as it did at once before (decision 022).
 */
const ANSWER_HOLD_MS = 50;

// The bulk UI loads when it is first needed: the first page doesn't carry it.
const loadBulkUi = () => import('../bulk/bulk-ui');
const BulkToolbar = lazy(() => loadBulkUi().then((m) => ({ default: m.BulkToolbar })));
const BulkActionDialog = lazy(() => loadBulkUi().then((m) => ({ default: m.BulkActionDialog })));
const ImportDialog = lazy(() => loadBulkUi().then((m) => ({ default: m.ImportDialog })));

type OpenDialog = { kind: 'action'; action: BulkAction } | { kind: 'import' } | null;
const count = (n: number) => n.toLocaleString('en-US');
const nothingSelected = () => false;

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
  fileActions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
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
  // The request starts with the change, not after the URL and the page have caught up with it;
  // they do once its answer is in or ANSWER_HOLD_MS have passed, unless a newer change came.
  // A change held is dropped when a newer one comes, when the page goes, or when the location
  // moved meanwhile (a user opened, back, a link): the search box then starts again from the URL.
  const router = useRouter();
  /** The change waiting for its answer, by identity. */
  const held = useRef<object | null>(null);
  useEffect(() => () => void (held.current = null), []);
  const [searchBoxKey, setSearchBoxKey] = useState(0);
  const onQueryChange = (next: UsersSearch) => {
    const change = {};
    const from = router.latestLocation.href;
    held.current = change;
    const answered = queryClient.prefetchQuery(usersQueryOptions(listQueryOf(next)));
    const waited = new Promise((resolve) => window.setTimeout(resolve, ANSWER_HOLD_MS));
    void Promise.race([answered, waited]).then(() => {
      if (held.current !== change) return;
      held.current = null;
      if (router.latestLocation.href !== from) {
        setSearchBoxKey((key) => key + 1);
        return;
      }
      navigate(next);
    });
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
  const me = useMe();

  // J1: the selection outlives paging and sorting; a new search or filter ends it.
  const match = { search: query.search, filter: query.filter };
  const key = selectionKey(match);
  const [selection, setSelection] = useState<Selection>(() => emptySelection(key));
  // A new search or filter ends it, for good: going back to the earlier search doesn't bring the
  // old selection back. (React draws again at once, before the table sees the old one.)
  if (selection.key !== key) setSelection(emptySelection(key));
  const selected = selectedCount(selection);
  const pageUsers = data?.items;
  // An empty selection is one and the same from search to search, so a keystroke leaves the
  // table's rows alone until its answer comes.
  const shownSelection = selected > 0 ? selection : null;
  const isSelected = useMemo(
    () =>
      shownSelection ? (userId: string) => inSelection(shownSelection, userId) : nothingSelected,
    [shownSelection],
  );
  const onSelect = useStableCallback((user: UserSummary, checked: boolean) =>
    setSelection(withUsers(selection, [user], checked, pageUsers ?? [])),
  );
  const onSelectPage = useStableCallback((checked: boolean) =>
    setSelection(withUsers(selection, pageUsers ?? [], checked, pageUsers ?? [])),
  );
  // The last dialog opened stays mounted, closed, so that Fluent can let go of focus properly.
  const [dialog, setDialogState] = useState<{ which: OpenDialog; open: boolean }>({
    which: null,
    open: false,
  });
  const setDialog = (which: OpenDialog) =>
    setDialogState((current) => (which ? { which, open: true } : { ...current, open: false }));
  const [exporting, setExporting] = useState<string | null>(null);
  const onExport = () => {
    setExporting('Exporting…');
    void import('../../../api/jobs')
      .then(({ exportUsers }) =>
        exportUsers({ search: query.search, filter: query.filter, sort, order }),
      )
      .then(async (file) => {
        const { downloadBlob } = await import('../../../lib/download');
        downloadBlob('users.csv', file);
        setExporting(null);
      })
      .catch(() => setExporting("Couldn't export the users. Try again."));
  };

  const pageCount = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  const first = data && data.total > 0 ? (page - 1) * PAGE_SIZE + 1 : 0;
  const last = data ? Math.min(page * PAGE_SIZE, data.total) : 0;

  return (
    <div className={styles.page}>
      <h1>Users</h1>
      <p className={styles.intro}>
        Find a user and open them to see and manage their Audio Conferencing settings.
      </p>
      <UsersQueryBar
        query={query}
        busy={users.isFetching}
        onQueryChange={onQueryChange}
        searchBoxKey={searchBoxKey}
      />
      <div className={styles.fileActions}>
        <Button
          icon={<ArrowDownloadRegular />}
          disabled={exporting === 'Exporting…'}
          onClick={onExport}
        >
          Export to CSV
        </Button>
        <Button
          icon={<ArrowUploadRegular />}
          disabled={!me.canChange}
          title={me.canChange ? undefined : 'Your role can view jobs but not start them.'}
          onClick={() => setDialog({ kind: 'import' })}
        >
          Import CSV
        </Button>
        {exporting ? <span role="status">{exporting}</span> : null}
      </div>
      {selected > 0 ? (
        <Suspense fallback={null}>
          <BulkToolbar
            selection={selection}
            canChange={me.canChange}
            onSelectAll={() => setSelection(allMatching(key, match, data?.total ?? 0))}
            onClear={() => setSelection(emptySelection(key))}
            onAction={(action) => setDialog({ kind: 'action', action })}
          />
        </Suspense>
      ) : null}
      {dialog.which ? (
        <Suspense fallback={null}>
          {dialog.which.kind === 'action' ? (
            <BulkActionDialog
              key={dialog.which.action}
              open={dialog.open}
              action={dialog.which.action}
              selection={selection}
              canChange={me.canChange}
              onClose={() => setDialog(null)}
            />
          ) : (
            <ImportDialog
              open={dialog.open}
              canChange={me.canChange}
              onClose={() => setDialog(null)}
            />
          )}
        </Suspense>
      ) : null}
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
              isSelected={isSelected}
              onSelect={onSelect}
              onSelectPage={onSelectPage}
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
