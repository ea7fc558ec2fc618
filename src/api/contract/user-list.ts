/**
 * The users list's query, part of the HTTP contract: search, filter clauses, sort and page. The
 * server does the work; the client keeps the same values in its URL. A clause travels as
 * `property:operator:value` (for example `pinLocked:eq:true`), in the page's URL and in the API's.
 */
import { z } from 'zod/mini';

export const FILTER_PROPERTIES = [
  'audioConferencing',
  'provider',
  'pinSet',
  'pinLocked',
  'site',
  'department',
  'hasMailbox',
  'conferenceId',
] as const;
export type FilterProperty = (typeof FILTER_PROPERTIES)[number];

export const FILTER_OPERATORS = ['eq', 'ne'] as const;
export type FilterOperator = (typeof FILTER_OPERATORS)[number];

export const BOOLEAN_FILTER_PROPERTIES: readonly FilterProperty[] = [
  'audioConferencing',
  'pinSet',
  'pinLocked',
  'hasMailbox',
];

export interface FilterClause {
  property: FilterProperty;
  operator: FilterOperator;
  value: string;
}

export const MAX_FILTER_CLAUSES = 10;

/** Why a clause's value can't be used, in words for the admin; null when it can. */
export function filterValueProblem(property: FilterProperty, value: string): string | null {
  if (value.trim() === '') return 'Choose or enter a value.';
  if (BOOLEAN_FILTER_PROPERTIES.includes(property)) {
    return value === 'true' || value === 'false' ? null : 'Choose Yes or No.';
  }
  if (property === 'provider') {
    return ['Microsoft', 'ThirdParty', 'None'].includes(value)
      ? null
      : 'Choose Microsoft, Third party or None.';
  }
  if (property === 'conferenceId') {
    return /^\d{1,12}$/.test(value) ? null : 'A conference ID has digits only.';
  }
  return value.length > 100 ? 'Use at most 100 characters.' : null;
}

export function encodeFilterClause(clause: FilterClause): string {
  return `${clause.property}:${clause.operator}:${clause.value}`;
}

/** The clause a `property:operator:value` string stands for, or null if it is not a valid one. */
export function decodeFilterClause(text: string): FilterClause | null {
  const first = text.indexOf(':');
  const second = text.indexOf(':', first + 1);
  if (first < 0 || second < 0) return null;
  const property = text.slice(0, first);
  const operator = text.slice(first + 1, second);
  const value = text.slice(second + 1).trim();
  if (!(FILTER_PROPERTIES as readonly string[]).includes(property)) return null;
  if (!(FILTER_OPERATORS as readonly string[]).includes(operator)) return null;
  const clause = {
    property: property as FilterProperty,
    operator: operator as FilterOperator,
    value,
  };
  return filterValueProblem(clause.property, clause.value) === null ? clause : null;
}

export const filterClauseTextSchema = z.string().check(
  z.maxLength(200),
  z.refine((text) => decodeFilterClause(text) !== null, 'Not a valid filter clause.'),
);

export const SORT_FIELDS = [
  'displayName',
  'email',
  'department',
  'site',
  'audioConferencing',
  'provider',
  'conferenceId',
  'pin',
] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export const SORT_ORDERS = ['asc', 'desc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export const PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;

/** GET /users: one `filter` query parameter per clause. */
const pageNumber = (max: number) =>
  z.coerce.number().check(z.int(), z.positive(), z.maximum(max)) as z.ZodMiniType<number, unknown>;

export const listUsersParamsSchema = z.object({
  search: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  filter: z._default(z.array(filterClauseTextSchema).check(z.maxLength(MAX_FILTER_CLAUSES)), []),
  sort: z._default(z.enum(SORT_FIELDS), 'displayName'),
  order: z._default(z.enum(SORT_ORDERS), 'asc'),
  page: z._default(pageNumber(100_000), 1),
  pageSize: z._default(pageNumber(100), DEFAULT_PAGE_SIZE),
});
export type ListUsersParams = z.output<typeof listUsersParamsSchema>;
/** A list request as the client makes it: what it leaves out takes the server's default. */
export type UsersListQuery = Partial<
  Pick<ListUsersParams, 'search' | 'filter' | 'sort' | 'order'>
> &
  Pick<ListUsersParams, 'page' | 'pageSize'>;

/** GET /user-filter-options: the values a site or department clause can take. */
export const userFilterOptionsSchema = z.object({
  sites: z.array(z.string()),
  departments: z.array(z.string()),
});
export type UserFilterOptions = z.infer<typeof userFilterOptionsSchema>;
