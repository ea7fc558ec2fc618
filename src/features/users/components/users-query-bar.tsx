import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { FilterAddRegular, FolderOpenRegular, SaveRegular } from '@fluentui/react-icons';
import { lazy, Suspense, useRef, useState } from 'react';
import { encodeFilterClause, MAX_FILTER_CLAUSES } from '../../../api/contract/user-list';
import { LazyStatusMessage as StatusMessage } from '../../../components/lazy-status-message';
import { LightSpinner } from '../../../components/light-spinner';
import { useReturnFocus } from '../../../lib/use-return-focus';
import { FilterChips } from '../filters/filter-chips';
import type { SavedQuery } from '../saved-queries/saved-query';
import type { UsersSearch } from '../users-search';
import { UsersSearchBox } from './users-search-box';

// Loaded when first used: the first page of users doesn't need them.
const FilterBuilder = lazy(() =>
  import('../filters/filter-builder').then((m) => ({ default: m.FilterBuilder })),
);
const SaveQueryDialog = lazy(() =>
  import('../saved-queries/save-query-dialog').then((m) => ({ default: m.SaveQueryDialog })),
);
const SavedQueriesMenu = lazy(() =>
  import('../saved-queries/saved-queries-menu').then((m) => ({ default: m.SavedQueriesMenu })),
);
const SavedQueriesDialog = lazy(() =>
  import('../saved-queries/saved-queries-dialog').then((m) => ({ default: m.SavedQueriesDialog })),
);

const useStyles = makeStyles({
  bar: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  menuAnchor: { position: 'relative' },
  toolbar: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
  },
});

interface UsersQueryBarProps {
  query: UsersSearch;
  busy: boolean;
  onQueryChange: (next: UsersSearch) => void;
  /** A new value starts the search box again from the URL (a change it sent was dropped). */
  searchBoxKey?: number;
}

/** Search, filter clauses and saved queries: everything that decides which users are listed. */
export function UsersQueryBar({ query, busy, onQueryChange, searchBoxKey }: UsersQueryBarProps) {
  const styles = useStyles();
  const filters = query.filter ?? [];
  const [adding, setAdding] = useState(false);
  const [dialog, setDialog] = useState<'save' | 'menu' | 'manage' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [menuAnchor, setMenuAnchor] = useState<HTMLElement | null>(null);
  const addFilterRef = useRef<HTMLButtonElement>(null);
  const [saveRef, focusSave] = useReturnFocus();
  const [openRef, focusOpen] = useReturnFocus();
  const full = filters.length >= MAX_FILTER_CLAUSES;

  const setFilters = (next: string[]) =>
    onQueryChange({ ...query, filter: next.length > 0 ? next : undefined, page: undefined });

  function closeBuilder() {
    setAdding(false);
    addFilterRef.current?.focus();
  }

  function openQuery(saved: SavedQuery) {
    onQueryChange({
      search: saved.search,
      filter: saved.filter.length > 0 ? saved.filter : undefined,
      sort: saved.sort,
      order: saved.order,
    });
    setDialog(null);
    focusOpen();
    setNotice(`Showing the saved query "${saved.name}".`);
  }

  return (
    <div className={styles.bar}>
      <div className={styles.toolbar} role="search" aria-label="User search">
        <UsersSearchBox
          key={searchBoxKey}
          value={query.search ?? ''}
          busy={busy}
          onSearch={(search) =>
            onQueryChange({ ...query, search: search || undefined, page: undefined })
          }
        />
        <Button
          ref={addFilterRef}
          icon={<FilterAddRegular />}
          aria-expanded={adding}
          disabledFocusable={full}
          title={full ? `A query has at most ${MAX_FILTER_CLAUSES} filters.` : undefined}
          onClick={() => setAdding(true)}
        >
          Add filter
        </Button>
        <Button ref={saveRef} icon={<SaveRegular />} onClick={() => setDialog('save')}>
          Save query
        </Button>
        <span className={styles.menuAnchor}>
          <Button
            ref={openRef}
            icon={<FolderOpenRegular />}
            aria-haspopup="menu"
            aria-expanded={dialog === 'menu'}
            onClick={(event) => {
              setMenuAnchor(event.currentTarget);
              setDialog(dialog === 'menu' ? null : 'menu');
            }}
          >
            Saved queries
          </Button>
          <Suspense fallback={null}>
            {dialog === 'menu' ? (
              <SavedQueriesMenu
                anchor={menuAnchor}
                onClose={() => {
                  setDialog(null);
                  focusOpen();
                }}
                onOpenQuery={openQuery}
                onManage={() => setDialog('manage')}
              />
            ) : null}
          </Suspense>
        </span>
        {busy ? <LightSpinner size="tiny" aria-label="Loading users" /> : null}
      </div>
      <Suspense fallback={null}>
        {adding ? (
          <FilterBuilder
            applied={filters}
            onApply={(clause) => {
              setFilters([...filters, encodeFilterClause(clause)]);
              closeBuilder();
            }}
            onCancel={closeBuilder}
          />
        ) : null}
        {dialog === 'save' ? (
          <SaveQueryDialog
            query={{ search: query.search, filter: filters, sort: query.sort, order: query.order }}
            onClose={() => {
              setDialog(null);
              focusSave();
            }}
            onSaved={(saved) => {
              setDialog(null);
              focusSave();
              setNotice(`Saved the query as "${saved.name}". Open it again from Saved queries.`);
            }}
          />
        ) : null}
        {dialog === 'manage' ? (
          <SavedQueriesDialog
            onClose={() => {
              setDialog(null);
              focusOpen();
            }}
            onOpenQuery={openQuery}
          />
        ) : null}
      </Suspense>
      <FilterChips
        filters={filters}
        onRemove={(clause) => {
          setFilters(filters.filter((text) => text !== clause));
          addFilterRef.current?.focus();
        }}
      />
      {notice ? <StatusMessage intent="success">{notice}</StatusMessage> : null}
    </div>
  );
}
