/**
 * The users list's selection (J1): some users picked row by row, kept across pages and sorts, or
 * every user matching the search and filters — counted by the server, never loaded into the page.
 * A change of search or filters ends it.
 */
import type { JobRequest, UserMatch } from '../../../api/contract/jobs';
import type { UserSummary } from '../../../api/contract/users';

export type Selection =
  | { kind: 'users'; key: string; users: ReadonlyMap<string, string> }
  | { kind: 'all'; key: string; match: UserMatch; total: number };

/** What the selection belongs to: the search and the filters, not the page or the sort. */
export function selectionKey(match: UserMatch): string {
  return JSON.stringify([match.search?.trim() ?? '', match.filter ?? []]);
}

export function emptySelection(key: string): Selection {
  return { kind: 'users', key, users: new Map() };
}

export function selectedCount(selection: Selection): number {
  return selection.kind === 'all' ? selection.total : selection.users.size;
}

export function isSelected(selection: Selection, userId: string): boolean {
  return selection.kind === 'all' || selection.users.has(userId);
}

/**
 * Picks or drops users. Dropping one from "all matching" keeps the users of this page but that
 * one, as a mail client does: the rest of the tenant isn't in the page to keep.
 */
export function withUsers(
  selection: Selection,
  users: readonly UserSummary[],
  selected: boolean,
  page: readonly UserSummary[],
): Selection {
  const next = new Map(
    selection.kind === 'all'
      ? page.map((user) => [user.id, user.displayName] as const)
      : selection.users,
  );
  for (const user of users) {
    if (selected) next.set(user.id, user.displayName);
    else next.delete(user.id);
  }
  return { kind: 'users', key: selection.key, users: next };
}

export function allMatching(key: string, match: UserMatch, total: number): Selection {
  return { kind: 'all', key, match, total };
}

/** The job request's users: the picked ids, or the search and filters as they are (J1). */
export function jobTarget(selection: Selection): Pick<JobRequest, 'userIds' | 'match'> {
  return selection.kind === 'all'
    ? { match: selection.match }
    : { userIds: [...selection.users.keys()] };
}

export function selectedNames(selection: Selection): string[] {
  return selection.kind === 'all' ? [] : [...selection.users.values()];
}
