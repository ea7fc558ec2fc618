import { z } from 'zod/mini';
import {
  decodeFilterClause,
  encodeFilterClause,
  FILTER_OPERATORS,
  FILTER_PROPERTIES,
  filterValueProblem,
  MAX_FILTER_CLAUSES,
  SORT_FIELDS,
  SORT_ORDERS,
  type SortField,
  type SortOrder,
} from '../../../api/contract/user-list';

/** A search and its filters, kept under a name (Lync called these .usf files). */
export interface SavedQuery {
  id: string;
  name: string;
  search?: string;
  /** Clauses as `property:operator:value`, as in the URL. */
  filter: string[];
  sort?: SortField;
  order?: SortOrder;
}

export const MAX_NAME_LENGTH = 80;
export const FILE_FORMAT = 'audio-conferencing-saved-query';
const MAX_FILE_BYTES = 64 * 1024;

export function nameProblem(name: string, others: readonly SavedQuery[]): string | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'Enter a name for the query.';
  if (trimmed.length > MAX_NAME_LENGTH) return `Use at most ${MAX_NAME_LENGTH} characters.`;
  if (others.some((query) => query.name.toLowerCase() === trimmed.toLowerCase())) {
    return 'A saved query already has this name. Choose another.';
  }
  return null;
}

/** The exported file: readable, with each clause spelled out. */
export function toFileText(query: SavedQuery): string {
  const file = {
    format: FILE_FORMAT,
    version: 1,
    name: query.name,
    search: query.search ?? '',
    filters: query.filter.map((text) => decodeFilterClause(text)).filter((c) => c !== null),
    sort: query.sort ?? 'displayName',
    order: query.order ?? 'asc',
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function fileNameFor(query: SavedQuery): string {
  const base =
    query.name
      .replace(/[^\w\- ]+/g, '')
      .trim()
      .replace(/\s+/g, '-') || 'query';
  return `${base}.query.json`;
}

const NOT_A_SAVED_QUERY = "It isn't a saved query from the Audio Conferencing admin center.";

const clauseSchema = z.object({
  property: z.enum(FILTER_PROPERTIES, {
    error: (issue) => `"${String(issue.input)}" isn't a property you can filter by.`,
  }),
  operator: z.enum(FILTER_OPERATORS, {
    error: () => 'The operator must be "eq" (Equal to) or "ne" (Not equal to).',
  }),
  value: z.string({ error: () => 'The value must be text.' }),
});

const fileSchema = z.object({
  format: z.literal(FILE_FORMAT, { error: () => NOT_A_SAVED_QUERY }),
  version: z.literal(1),
  name: z
    .string({ error: () => 'It has no name.' })
    .check(
      z.trim(),
      z.minLength(1, 'It has no name.'),
      z.maxLength(MAX_NAME_LENGTH, `Its name is longer than ${MAX_NAME_LENGTH} characters.`),
    ),
  search: z.optional(
    z
      .string({ error: () => 'Its search must be text.' })
      .check(z.maxLength(200, 'Its search is longer than 200 characters.')),
  ),
  filters: z._default(
    z
      .array(clauseSchema, { error: () => 'Its filters must be a list.' })
      .check(z.maxLength(MAX_FILTER_CLAUSES, `It has more than ${MAX_FILTER_CLAUSES} filters.`)),
    [],
  ),
  sort: z.optional(
    z.enum(SORT_FIELDS, { error: () => "Its sort column isn't one of the list's." }),
  ),
  order: z.optional(
    z.enum(SORT_ORDERS, { error: () => 'Its sort order must be "asc" or "desc".' }),
  ),
});

export type ImportResult =
  { ok: true; query: Omit<SavedQuery, 'id'> } | { ok: false; message: string };

const refused = (reason: string): ImportResult => ({
  ok: false,
  message: `This file can't be imported. ${reason}`,
});

/** Reads an exported file; anything malformed is refused with the reason, and nothing else. */
export function parseSavedQueryFile(text: string): ImportResult {
  if (new Blob([text]).size > MAX_FILE_BYTES) {
    return refused('It is too large to be a saved query.');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refused("It isn't a JSON file.");
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return refused(NOT_A_SAVED_QUERY);
  }
  const { version } = json as { version?: unknown };
  if (version !== 1) {
    return refused(
      typeof version === 'number' && version > 1
        ? 'It was saved by a newer version of this app.'
        : 'Its version is missing or unknown.',
    );
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const at = issue.path[0] === 'filters' && typeof issue.path[1] === 'number';
    return refused(at ? `Filter ${Number(issue.path[1]) + 1}: ${issue.message}` : issue.message);
  }
  const { name, search, filters, sort, order } = parsed.data;
  const filter: string[] = [];
  for (const [i, clause] of filters.entries()) {
    const problem = filterValueProblem(clause.property, clause.value);
    if (problem) return refused(`Filter ${i + 1}: ${problem}`);
    filter.push(encodeFilterClause(clause));
  }
  return {
    ok: true,
    query: { name, search: search?.trim() || undefined, filter, sort, order },
  };
}
