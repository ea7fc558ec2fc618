import { decodeFilterClause } from '../../../api/contract/user-list';
import { describeClause } from '../filters/filter-labels';
import type { SavedQuery } from './saved-query';

/** In words: `the search "amos" and the filter PIN locked Equal to Yes`. */
export function describeQuery(query: Pick<SavedQuery, 'search' | 'filter'>): string {
  const parts: string[] = [];
  if (query.search) parts.push(`the search "${query.search}"`);
  const clauses = query.filter
    .map((text) => decodeFilterClause(text))
    .filter((clause) => clause !== null)
    .map(describeClause);
  if (clauses.length === 1) parts.push(`the filter ${clauses[0]}`);
  if (clauses.length > 1) parts.push(`the filters ${clauses.join('; ')}`);
  return parts.length > 0 ? parts.join(' and ') : 'the list of all users (no search or filter)';
}
