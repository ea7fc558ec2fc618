import {
  Button,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogTitle,
  Link,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, ArrowUploadRegular } from '@fluentui/react-icons';
import { useRef, useState, type ChangeEvent } from 'react';
import { ActionDialog } from '../../../components/action-dialog';
import { StatusMessage } from '../../../components/status-message';
import { downloadText } from '../../../lib/download';
import { describeQuery } from './describe-query';
import { RenameQueryForm } from './rename-query-form';
import { fileNameFor, parseSavedQueryFile, toFileText, type SavedQuery } from './saved-query';
import { freeName, useSavedQueries } from './use-saved-queries';

const useStyles = makeStyles({
  surface: { maxWidth: '56rem', width: 'calc(100vw - 2rem)' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground2 },
});

interface SavedQueriesDialogProps {
  onClose: () => void;
  onOpenQuery: (query: SavedQuery) => void;
}

type Notice = { intent: 'success' | 'error'; text: string };

/** Manage saved queries: open, rename, export to a .json file, delete; import a file back. */
export function SavedQueriesDialog({ onClose, onOpenQuery }: SavedQueriesDialogProps) {
  const styles = useStyles();
  const { queries, save, rename, remove } = useSavedQueries();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const importRef = useRef<HTMLInputElement>(null);

  /** Runs a change of the saved queries; a storage that refuses it is said, and nothing changed. */
  function change(run: () => void, done?: string): void {
    try {
      run();
    } catch (error) {
      setNotice({ intent: 'error', text: error instanceof Error ? error.message : String(error) });
      return;
    }
    if (done) setNotice({ intent: 'success', text: done });
  }

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = ''; // the same file can be chosen again
    if (!file) return;
    const result = parseSavedQueryFile(await file.text());
    if (!result.ok) {
      setNotice({ intent: 'error', text: `${file.name}: ${result.message}` });
      return;
    }
    const name = freeName(result.query.name, queries);
    change(() => save({ ...result.query, name }), `Imported "${name}".`);
  }

  return (
    <ActionDialog open onOpenChange={(open) => !open && onClose()} className={styles.surface}>
      <DialogBody>
        <DialogTitle>Manage saved queries</DialogTitle>
        <DialogContent className={styles.content}>
          {notice ? <StatusMessage intent={notice.intent}>{notice.text}</StatusMessage> : null}
          {queries.length === 0 ? (
            <Text as="p">
              No saved queries yet. Use Save query on the users list, or import a file.
            </Text>
          ) : (
            <Table aria-label="Saved queries" size="small">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Name</TableHeaderCell>
                  <TableHeaderCell>Finds</TableHeaderCell>
                  <TableHeaderCell>Actions</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {queries.map((query) => (
                  <TableRow key={query.id}>
                    <TableCell>
                      {renaming === query.id ? (
                        <RenameQueryForm
                          query={query}
                          others={queries.filter((q) => q.id !== query.id)}
                          onDone={(name) => {
                            if (name) change(() => rename(query.id, name));
                            setRenaming(null);
                          }}
                        />
                      ) : (
                        <Link
                          as="button"
                          id={`saved-query-${query.id}`}
                          title="Open this query"
                          onClick={() => onOpenQuery(query)}
                        >
                          {query.name}
                        </Link>
                      )}
                    </TableCell>
                    <TableCell className={styles.muted}>{describeQuery(query)}</TableCell>
                    <TableCell>
                      <div className={styles.actions}>
                        <Button
                          size="small"
                          aria-describedby={`saved-query-${query.id}`}
                          onClick={() => setRenaming(query.id)}
                        >
                          Rename
                        </Button>
                        <Button
                          size="small"
                          icon={<ArrowDownloadRegular />}
                          aria-describedby={`saved-query-${query.id}`}
                          onClick={() => downloadText(fileNameFor(query), toFileText(query))}
                        >
                          Export
                        </Button>
                        <Button
                          size="small"
                          aria-describedby={`saved-query-${query.id}`}
                          onClick={() => {
                            change(() => remove(query.id), `Deleted "${query.name}".`);
                          }}
                        >
                          Delete
                        </Button>
                      </div>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
          <input
            ref={importRef}
            type="file"
            accept=".json,application/json"
            aria-label="Import query file"
            hidden
            onChange={(event) => void importFile(event)}
          />
        </DialogContent>
        <DialogActions>
          <Button icon={<ArrowUploadRegular />} onClick={() => importRef.current?.click()}>
            Import query
          </Button>
          <Button appearance="primary" onClick={onClose}>
            Close
          </Button>
        </DialogActions>
      </DialogBody>
    </ActionDialog>
  );
}
