import type { UsersPage } from '../../src/api/contract/users';
import {
  decodeFilterClause,
  type FilterClause,
  type ListUsersParams,
  type SortField,
  type SortOrder,
  type UserFilterOptions,
} from '../../src/api/contract/user-list';
import {
  allPositions,
  searchIndexBuilder,
  searchPositions,
  searchTerms,
  type PreviousSearch,
  type SearchIndexBuilder,
} from './search-index';
import type { Tenant, UserRecord } from './types';
import { toSummary } from './users';

/** What a clause compares, as the string its value is written in. */
const PROPERTY_VALUE: Record<FilterClause['property'], (user: UserRecord) => string | null> = {
  audioConferencing: (user) => String(user.audio.enabled),
  provider: (user) => user.audio.provider,
  pinSet: (user) => String(user.pin.stored !== null),
  pinLocked: (user) => String(user.pin.locked),
  site: (user) => user.site,
  department: (user) => user.department,
  hasMailbox: (user) => String(user.email !== null),
  conferenceId: (user) => user.audio.conferenceId,
};

/** Equal to / Not equal to; sites and departments compare without regard to case. */
export function matchesClause(user: UserRecord, clause: FilterClause): boolean {
  const actual = PROPERTY_VALUE[clause.property](user);
  const caseless = clause.property === 'site' || clause.property === 'department';
  const equal =
    actual !== null &&
    (caseless ? actual.toLowerCase() === clause.value.toLowerCase() : actual === clause.value);
  return clause.operator === 'eq' ? equal : !equal;
}

/**
 * The rank a user sorts by, per column; null sorts last in either direction (a user without a
 * mailbox or a conference ID). Display name needs none: the tenant keeps users in that order.
 */
type Rank = (user: UserRecord, position: number) => number | null;
const PIN_RANK = (user: UserRecord) => (user.pin.locked ? 2 : user.pin.stored ? 1 : 0);
const PROVIDER_RANK = { Microsoft: 0, None: 1, ThirdParty: 2 } as const;

function rankOf(field: SortField, statics: StaticRanks): Rank {
  switch (field) {
    case 'displayName':
      return (_, position) => position;
    case 'email':
      return (user, position) => (user.email === null ? null : statics.email()[position]!);
    case 'department':
      return (user) => statics.label('department', user.department);
    case 'site':
      return (user) => statics.label('site', user.site);
    case 'audioConferencing':
      return (user) => (user.audio.enabled ? 1 : 0);
    case 'provider':
      return (user) => PROVIDER_RANK[user.audio.provider];
    case 'conferenceId':
      return (user) => (user.audio.conferenceId === null ? null : Number(user.audio.conferenceId));
    case 'pin':
      return PIN_RANK;
  }
}

/** Ranks of fields that never change, worked out once per tenant and only when first needed. */
interface StaticRanks {
  email: () => Int32Array;
  label: (kind: 'department' | 'site', value: string) => number;
}

function staticRanks(users: readonly UserRecord[]): StaticRanks {
  let email: Int32Array | null = null;
  const labels = new Map<string, Map<string, number>>();
  return {
    email() {
      if (email) return email;
      const order = users.map((_, i) => i).filter((i) => users[i]!.email !== null);
      order.sort((a, b) => (users[a]!.email! < users[b]!.email! ? -1 : 1));
      email = new Int32Array(users.length);
      order.forEach((position, rank) => (email![position] = rank));
      return email;
    },
    label(kind, value) {
      let ranks = labels.get(kind);
      if (!ranks) {
        const values = [...new Set(users.map((u) => u[kind]))].sort((a, b) => a.localeCompare(b));
        labels.set(kind, (ranks = new Map(values.map((v, i) => [v, i]))));
      }
      return ranks.get(value) ?? ranks.size;
    },
  };
}

/**
 * Sorted by one column, ties kept in display-name order. Each entry packs rank and position into
 * one number, so a native numeric sort of a Float64Array does the work (100,000 users in a few ms).
 */
function sortPositions(
  users: readonly UserRecord[],
  positions: Int32Array,
  field: SortField,
  order: SortOrder,
  statics: StaticRanks,
): Int32Array {
  if (field === 'displayName') {
    return order === 'asc' ? positions : positions.slice().reverse();
  }
  const rank = rankOf(field, statics);
  const SLOT = 2 ** 17; // above any position in the largest scenario
  const ranks = new Float64Array(positions.length);
  let highest = 0;
  for (let i = 0; i < positions.length; i++) {
    const r = rank(users[positions[i]!]!, positions[i]!);
    ranks[i] = r === null ? -1 : r;
    if (r !== null && r > highest) highest = r;
  }
  const keys = new Float64Array(positions.length);
  for (let i = 0; i < positions.length; i++) {
    const r = ranks[i]!;
    const primary = r < 0 ? highest + 1 : order === 'asc' ? r : highest - r;
    keys[i] = primary * SLOT + positions[i]!;
  }
  keys.sort();
  const sorted = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) sorted[i] = keys[i]! % SLOT;
  return sorted;
}

interface QueryCache {
  /**
   * The search index, built on the first search (`build()`) or ahead of it (`prepareUserSearch`),
   * not before: the first page by display name doesn't need it.
   */
  builder: SearchIndexBuilder;
  statics: StaticRanks;
  /** The last query's full result: paging through it costs a slice. */
  last: { key: string; revision: number; positions: Int32Array } | null;
  /** The last search's matches (fields no change touches, so valid across revisions). */
  lastSearch: PreviousSearch | null;
  /** Sites and departments: no change touches them either. */
  filterOptions?: UserFilterOptions;
}

const caches = new WeakMap<Tenant, QueryCache>();

/**
 * The index covers fields no change touches, so a tenant regenerated from the same seed (after a
 * reset, or another tab's) reuses it: the seed fixes every user's place and searchable fields.
 */
let lastIndex: {
  /** Worked out when another tenant comes to compare with, not before (100,000 users: 60 ms). */
  fingerprint: () => string;
  builder: SearchIndexBuilder;
  statics: StaticRanks;
} | null = null;

function fingerprintOf({ scenario, users }: Pick<Tenant, 'scenario' | 'users'>): string {
  let hash = 0x811c9dc5;
  for (const user of users) {
    const text = user.id + user.displayName + (user.email ?? '') + (user.lineUri ?? '');
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  }
  return `${scenario}:${users.length}:${hash >>> 0}`;
}

function cacheOf(tenant: Tenant): QueryCache {
  let cache = caches.get(tenant);
  if (!cache) {
    const { scenario, users } = tenant;
    let fingerprint: string | null = null;
    const fingerprintOfThis = () => (fingerprint ??= fingerprintOf({ scenario, users }));
    if (lastIndex === null || lastIndex.fingerprint() !== fingerprintOfThis()) {
      lastIndex = {
        fingerprint: fingerprintOfThis,
        builder: searchIndexBuilder(users),
        statics: staticRanks(users),
      };
    }
    const { builder, statics } = lastIndex;
    cache = { builder, statics, last: null, lastSearch: null };
    caches.set(tenant, cache);
  }
  return cache;
}

/**
 * Builds what the users list's searches need ahead of the first search, so that no keystroke
 * waits for it: `step` adds a slice of users and says whether the index is complete, for a host
 * to call when it has time (after the first page is answered), a slice per task. A search that
 * comes first completes it then.
 */
export function prepareUserSearch(tenant: Tenant): { step(users?: number): boolean } {
  const { builder } = cacheOf(tenant);
  return {
    step(users = Infinity) {
      if (!builder.add(users)) return false;
      builder.build();
      return true;
    },
  };
}

/** The list's query; left out, there is no filter and the order is by display name. */
export type UserQuery = Partial<Pick<ListUsersParams, 'search' | 'filter' | 'sort' | 'order'>>;

/** Every matching user's position in display order, sorted as asked. */
export function queryUserPositions(tenant: Tenant, query: UserQuery): Int32Array {
  const cache = cacheOf(tenant);
  const { search, filter = [], sort = 'displayName', order = 'asc' } = query;
  const key = JSON.stringify([search ?? '', filter, sort, order]);
  if (cache.last?.key === key && cache.last.revision === tenant.revision) {
    return cache.last.positions;
  }
  const clauses = filter.map((text) => decodeFilterClause(text)!);
  let positions = candidatePositions(tenant, cache, search, clauses);
  if (clauses.length > 0) {
    const kept = new Int32Array(positions.length);
    let count = 0;
    for (const position of positions) {
      const user = tenant.users[position]!;
      if (clauses.every((clause) => matchesClause(user, clause))) kept[count++] = position;
    }
    positions = kept.subarray(0, count);
  }
  positions = sortPositions(tenant.users, positions, sort, order, cache.statics);
  cache.last = { key, revision: tenant.revision, positions };
  return positions;
}

/** "Conference ID Equal to" is a lookup; everything else starts from the search. */
function candidatePositions(
  tenant: Tenant,
  cache: QueryCache,
  search: string | undefined,
  clauses: FilterClause[],
): Int32Array {
  const everyone = searchTerms(search).length === 0;
  const byId = clauses.find((c) => c.property === 'conferenceId' && c.operator === 'eq');
  if (byId) {
    const userId = tenant.assignedConferenceIds.get(byId.value);
    const position = userId ? tenant.users.indexOf(tenant.usersById.get(userId)!) : -1;
    if (position < 0) return new Int32Array(0);
    return everyone || searchPositions(cache.builder.build(), search).includes(position)
      ? Int32Array.of(position)
      : new Int32Array(0);
  }
  if (everyone) return allPositions(tenant.users.length);
  const positions = searchPositions(cache.builder.build(), search, cache.lastSearch ?? undefined);
  cache.lastSearch = { search, positions };
  return positions;
}

/** GET /users: the server searches, filters, sorts and pages, and says how many matched. */
export function listUsers(
  tenant: Tenant,
  params: UserQuery & Pick<ListUsersParams, 'page' | 'pageSize'>,
): UsersPage {
  const positions = queryUserPositions(tenant, params);
  const start = (params.page - 1) * params.pageSize;
  const items = Array.from(positions.subarray(start, start + params.pageSize), (position) =>
    toSummary(tenant.users[position]!),
  );
  return { items, total: positions.length, page: params.page, pageSize: params.pageSize };
}

/** The values a site or department clause can take. */
export function userFilterOptions(tenant: Tenant): UserFilterOptions {
  const cache = cacheOf(tenant);
  const distinct = (values: string[]) => [...new Set(values)].sort((a, b) => a.localeCompare(b));
  // Worked out once per tenant: a site or department is never changed here.
  cache.filterOptions ??= {
    sites: distinct(tenant.users.map((u) => u.site)),
    departments: distinct(tenant.users.map((u) => u.department)),
  };
  return cache.filterOptions;
}
