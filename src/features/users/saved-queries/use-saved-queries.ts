import { useCallback, useSyncExternalStore } from 'react';
import { z } from 'zod/mini';
import { filterClauseTextSchema, SORT_FIELDS, SORT_ORDERS } from '../../../api/contract/user-list';
import type { SavedQuery } from './saved-query';

/** Saved queries are the admin's own, kept in this browser (as Lync kept .usf files). */
const STORAGE_KEY = 'acac.savedQueries.v1';

const storedSchema = z.array(
  z.object({
    id: z.string(),
    name: z.string(),
    search: z.optional(z.string()),
    filter: z.array(filterClauseTextSchema),
    sort: z.optional(z.enum(SORT_FIELDS)),
    order: z.optional(z.enum(SORT_ORDERS)),
  }),
);

const listeners = new Set<() => void>();
let cachedRaw: string | null | undefined;
let cached: SavedQuery[] = [];

function read(): SavedQuery[] {
  const raw = window.localStorage.getItem(STORAGE_KEY);
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    let parsed: z.infer<typeof storedSchema> | null = null;
    try {
      parsed = storedSchema.parse(JSON.parse(raw ?? '[]'));
    } catch {
      parsed = null; // damaged storage: start again rather than fail
    }
    cached = parsed ?? [];
  }
  return cached;
}

/** What a change of the saved queries says when the browser's storage refuses it (its quota). */
export const SAVED_QUERIES_STORAGE_FULL =
  "This browser's storage for the site is full, so the saved queries couldn't be changed. Nothing was changed: free space (clear this site's data in the browser's settings), then try again.";

/** Throws an Error with SAVED_QUERIES_STORAGE_FULL when storage refuses; nothing is changed then. */
function write(next: SavedQuery[]) {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  } catch (error) {
    throw new Error(SAVED_QUERIES_STORAGE_FULL, { cause: error });
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  // Another tab saved or deleted one.
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** A name no saved query has yet: "Name", else "Name (2)", "Name (3)", … */
export function freeName(name: string, queries: readonly SavedQuery[]): string {
  const taken = new Set(queries.map((q) => q.name.toLowerCase()));
  if (!taken.has(name.toLowerCase())) return name;
  for (let n = 2; ; n++) {
    const candidate = `${name} (${n})`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

export function useSavedQueries() {
  const queries = useSyncExternalStore(subscribe, read, () => []);
  const save = useCallback((query: Omit<SavedQuery, 'id'>): SavedQuery => {
    const saved = { ...query, id: crypto.randomUUID() };
    write([...read(), saved].sort((a, b) => a.name.localeCompare(b.name)));
    return saved;
  }, []);
  const rename = useCallback((id: string, name: string) => {
    write(
      read()
        .map((q) => (q.id === id ? { ...q, name } : q))
        .sort((a, b) => a.name.localeCompare(b.name)),
    );
  }, []);
  const remove = useCallback((id: string) => write(read().filter((q) => q.id !== id)), []);
  return { queries, save, rename, remove };
}
