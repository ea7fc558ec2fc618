import { beforeAll, describe, expect, it } from 'vitest';
import {
  FILTER_OPERATORS,
  FILTER_PROPERTIES,
  PAGE_SIZES,
  SORT_FIELDS,
  type FilterOperator,
  type FilterProperty,
  type SortField,
  type SortOrder,
} from '../../src/api/contract/user-list';
import { generateScenario } from '../scenarios/scenarios';
import { resetConferenceId } from './actions';
import { lockPin, unlockPin } from './pin-lock';
import { matchesSearch } from './search-index';
import { AMOS, DIEGO, expectOk, KEN, MEGAN, testContext, userByName } from './test-helpers';
import type { Tenant, UserRecord } from './types';
import {
  listUsers,
  matchesClause,
  prepareUserSearch,
  queryUserPositions,
  userFilterOptions,
  type UserQuery,
} from './user-query';

let tenant: Tenant;
let large: Tenant;

beforeAll(() => {
  tenant = generateScenario('default');
  large = generateScenario('large');
  // The first query builds the large tenant's search index; no test should pay for it alone.
  queryUserPositions(large, {});
}, 60_000);

const collator = new Intl.Collator('en');

// ---------------------------------------------------------------------------------------------
// Independent expectations

/** Whether a user has the value, worked out from the record without the module's table. */
function hasValue(user: UserRecord, property: FilterProperty, value: string): boolean {
  const yes = value === 'true';
  switch (property) {
    case 'audioConferencing':
      return user.audio.enabled === yes;
    case 'provider':
      return user.audio.provider === value;
    case 'pinSet':
      return (user.pin.stored !== null) === yes;
    case 'pinLocked':
      return user.pin.locked === yes;
    case 'site':
      return user.site.toUpperCase() === value.toUpperCase();
    case 'department':
      return user.department.toUpperCase() === value.toUpperCase();
    case 'hasMailbox':
      return (user.email !== null) === yes;
    case 'conferenceId':
      return user.audio.conferenceId === value;
  }
}

interface Clause {
  property: FilterProperty;
  operator: FilterOperator;
  value: string;
}

const clauseText = (c: Clause) => `${c.property}:${c.operator}:${c.value}`;

function expectedToMatch(user: UserRecord, clauses: Clause[], search?: string): boolean {
  return (
    clauses.every((c) => hasValue(user, c.property, c.value) === (c.operator === 'eq')) &&
    (search === undefined || matchesSearch(user, search))
  );
}

/** Values worth filtering by in a tenant, per property; some match nobody. */
function valuesFor(t: Tenant, property: FilterProperty): string[] {
  const distinct = (values: string[]) => [...new Set(values)];
  switch (property) {
    case 'audioConferencing':
    case 'pinSet':
    case 'pinLocked':
    case 'hasMailbox':
      return ['true', 'false'];
    case 'provider':
      return ['Microsoft', 'ThirdParty', 'None'];
    case 'site': {
      const sites = distinct(t.users.map((u) => u.site));
      return [...sites, 'NEW YORK', sites[0]!.toLowerCase(), 'Atlantis'];
    }
    case 'department': {
      const departments = distinct(t.users.map((u) => u.department));
      return [...departments, 'human resources', 'SALES', 'Nowhere'];
    }
    case 'conferenceId': {
      const owners = t.users.filter((u) => u.audio.conferenceId !== null);
      return [
        owners[0]!.audio.conferenceId!,
        owners[owners.length - 1]!.audio.conferenceId!,
        unknownConferenceId(t),
      ];
    }
  }
}

/** A 7-digit ID no user has. */
function unknownConferenceId(t: Tenant): string {
  const taken = new Set(t.users.map((u) => u.audio.conferenceId));
  for (let n = 1_000_000; ; n++) if (!taken.has(String(n))) return String(n);
}

const idsOf = (users: readonly UserRecord[]) => users.map((u) => u.id);

/** Every match as ids, through the list endpoint's rule (the default scenario fits one page). */
function listedIds(t: Tenant, query: UserQuery) {
  const page = listUsers(t, { ...query, page: 1, pageSize: 100 });
  expect(page.total).toBeLessThanOrEqual(100);
  return page.items.map((u) => u.id);
}

/** Where two lists of positions first differ (a length difference counts); -1 when equal. */
function firstDifference(actual: Int32Array, expected: readonly number[]): number {
  const n = Math.min(actual.length, expected.length);
  for (let i = 0; i < n; i++) if (actual[i] !== expected[i]) return i;
  return actual.length === expected.length ? -1 : n;
}

/** The PIN column's states, in the order the list sorts them ascending. */
const PIN_STATE_ORDER = ['not set', 'set', 'locked'];
const pinState = (u: UserRecord) => (u.pin.locked ? 'locked' : u.pin.stored ? 'set' : 'not set');

const codeUnitCompare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A column's value and how two values compare; null is a missing value. */
function columnOf(
  field: SortField,
  t: Tenant,
): [(u: UserRecord) => string | number | null, (a: never, b: never) => number] {
  switch (field) {
    case 'displayName':
      return [(u) => u.displayName, collator.compare];
    case 'email':
      return [(u) => u.email, codeUnitCompare];
    case 'department':
    case 'site': {
      // Alphabetical (by rank among the tenant's values, so that 100,000 compares stay cheap).
      const rank = labelRank(t, field);
      return [(u) => rank.get(u[field])!, (a: number, b: number) => a - b];
    }
    case 'audioConferencing':
      // Off before on.
      return [(u) => (u.audio.enabled ? 1 : 0), (a: number, b: number) => a - b];
    case 'provider':
      // Microsoft, None, ThirdParty: the values' alphabetical order.
      return [(u) => u.audio.provider, collator.compare];
    case 'conferenceId':
      // Every ID has the bridge's length, so text order is numeric order.
      return [(u) => u.audio.conferenceId, codeUnitCompare];
    case 'pin':
      return [(u) => PIN_STATE_ORDER.indexOf(pinState(u)), (a: number, b: number) => a - b];
  }
}

const labelRanks = new WeakMap<Tenant, Record<'site' | 'department', Map<string, number>>>();
function labelRank(t: Tenant, kind: 'site' | 'department'): Map<string, number> {
  let ranks = labelRanks.get(t);
  if (!ranks) {
    const rankOf = (values: string[]) =>
      new Map([...new Set(values)].sort(collator.compare).map((v, i) => [v, i]));
    ranks = {
      site: rankOf(t.users.map((u) => u.site)),
      department: rankOf(t.users.map((u) => u.department)),
    };
    labelRanks.set(t, ranks);
  }
  return ranks[kind];
}

/**
 * The order the list promises: by the column, either way; ties by display name (ascending either
 * way); users without a value (no email, no conference ID) last either way.
 */
function comparatorFor(
  t: Tenant,
  field: SortField,
  order: SortOrder,
  nameRank: (u: UserRecord) => number,
): (a: UserRecord, b: UserRecord) => number {
  const [valueOf, compare] = columnOf(field, t);
  const cmp = compare as (a: unknown, b: unknown) => number;
  return (a, b) => {
    const va = valueOf(a);
    const vb = valueOf(b);
    if (va === null || vb === null) {
      if (va !== vb) return va === null ? 1 : -1;
    } else {
      const c = cmp(va, vb);
      if (c !== 0) return order === 'asc' ? c : -c;
    }
    return nameRank(a) - nameRank(b);
  };
}

/** Display-name rank from the names themselves (independent of the tenant's own order). */
function nameRankOf(t: Tenant): (u: UserRecord) => number {
  const sorted = [...t.users].sort((a, b) => collator.compare(a.displayName, b.displayName));
  const rank = new Map(sorted.map((u, i) => [u, i]));
  return (u) => rank.get(u)!;
}

// ---------------------------------------------------------------------------------------------

describe('users list: filters', () => {
  for (const property of FILTER_PROPERTIES) {
    it(`${property}: Equal to and Not equal to list exactly the matching users (default scenario)`, () => {
      let someEq = false;
      let someNe = false;
      for (const value of valuesFor(tenant, property)) {
        const [eq, ne] = FILTER_OPERATORS.map((operator) => {
          const clause = { property, operator, value };
          const expected = idsOf(tenant.users.filter((u) => expectedToMatch(u, [clause])));
          const actual = listedIds(tenant, { filter: [clauseText(clause)] });
          expect(actual, clauseText(clause)).toEqual(expected);
          // The rule user by user says the same.
          for (const user of tenant.users) {
            expect(matchesClause(user, clause), `${clauseText(clause)} ${user.displayName}`).toBe(
              expected.includes(user.id),
            );
          }
          return actual;
        });
        // Together they are everyone, and nobody is in both.
        expect(new Set([...eq!, ...ne!]).size).toBe(tenant.users.length);
        expect(eq!.length + ne!.length).toBe(tenant.users.length);
        someEq ||= eq!.length > 0;
        someNe ||= ne!.length > 0;
      }
      // Not vacuous: some value selects someone, and some value leaves someone out.
      expect(someEq).toBe(true);
      expect(someNe).toBe(true);
    });
  }

  it('every property, both operators, agree with brute force over the large scenario', () => {
    for (const property of FILTER_PROPERTIES) {
      // One value each (a case-shifted one for site and department): the default scenario tries them all.
      const value = {
        audioConferencing: 'false',
        provider: 'ThirdParty',
        pinSet: 'true',
        pinLocked: 'true',
        site: 'new york',
        department: 'SALES',
        hasMailbox: 'false',
        conferenceId: large.users.find((u) => u.audio.conferenceId)!.audio.conferenceId!,
      }[property];
      {
        const counts = FILTER_OPERATORS.map((operator) => {
          const clause = { property, operator, value };
          const positions = queryUserPositions(large, { filter: [clauseText(clause)] });
          const expected: number[] = [];
          large.users.forEach((u, i) => expectedToMatch(u, [clause]) && expected.push(i));
          expect(firstDifference(positions, expected), clauseText(clause)).toBe(-1);
          return positions.length;
        });
        expect(counts[0]! + counts[1]!).toBe(large.users.length);
      }
    }
  });

  it('pinLocked:eq:true lists Diego Siciliani, and only users with a locked PIN', () => {
    const page = listUsers(tenant, { filter: ['pinLocked:eq:true'], page: 1, pageSize: 100 });
    const names = page.items.map((u) => u.displayName);
    expect(names).toContain(DIEGO);
    expect(names).not.toContain(AMOS);
    expect(page.items.every((u) => u.pinLocked)).toBe(true);
    expect(page.total).toBe(tenant.users.filter((u) => u.pin.locked).length);
  });

  it('site and department compare without regard to case', () => {
    const redmond = listedIds(tenant, { filter: ['site:eq:Redmond'] });
    expect(redmond).toContain(userByName(tenant, AMOS).id);
    expect(listedIds(tenant, { filter: ['site:eq:redmond'] })).toEqual(redmond);
    expect(listedIds(tenant, { filter: ['site:eq:REDMOND'] })).toEqual(redmond);
    const notRedmond = listedIds(tenant, { filter: ['site:ne:rEdMoNd'] });
    expect(notRedmond).toHaveLength(tenant.users.length - redmond.length);
    expect(notRedmond).not.toContain(userByName(tenant, AMOS).id);

    const sales = listedIds(tenant, { filter: ['department:eq:sales'] });
    expect(sales).toContain(userByName(tenant, AMOS).id);
    expect(listedIds(tenant, { filter: ['department:eq:SALES'] })).toEqual(sales);
    expect(listedIds(tenant, { filter: ['department:ne:Sales'] })).not.toContain(
      userByName(tenant, AMOS).id,
    );
  });

  it('a conference ID Equal to finds exactly its owner; an unknown ID finds nobody', () => {
    const amos = userByName(tenant, AMOS);
    const id = amos.audio.conferenceId!;
    expect(listedIds(tenant, { filter: [`conferenceId:eq:${id}`] })).toEqual([amos.id]);
    const unknown = unknownConferenceId(tenant);
    expect(
      listUsers(tenant, { filter: [`conferenceId:eq:${unknown}`], page: 1, pageSize: 25 }),
    ).toEqual({ items: [], total: 0, page: 1, pageSize: 25 });
    // Not equal to: everyone else, including users without a conference ID.
    const others = listedIds(tenant, { filter: [`conferenceId:ne:${id}`] });
    expect(others).toEqual(idsOf(tenant.users.filter((u) => u !== amos)));
    expect(others).toContain(userByName(tenant, MEGAN).id);
    expect(listedIds(tenant, { filter: [`conferenceId:ne:${unknown}`] })).toHaveLength(
      tenant.users.length,
    );
  });

  it('a conference ID lookup still obeys the search and the other clauses', () => {
    const amos = userByName(tenant, AMOS);
    const byId = `conferenceId:eq:${amos.audio.conferenceId}`;
    expect(listedIds(tenant, { filter: [byId], search: 'marble' })).toEqual([amos.id]);
    expect(listedIds(tenant, { filter: [byId], search: 'ken' })).toEqual([]);
    expect(listedIds(tenant, { filter: [byId, 'site:eq:Redmond'] })).toEqual([amos.id]);
    expect(listedIds(tenant, { filter: [byId, 'pinLocked:eq:true'] })).toEqual([]);
    const ken = userByName(tenant, KEN);
    expect(
      listedIds(tenant, { filter: [byId, `conferenceId:eq:${ken.audio.conferenceId}`] }),
    ).toEqual([]);
  });

  it('clauses combine with AND, and with the search', () => {
    const clauses: Clause[] = [
      { property: 'site', operator: 'eq', value: 'Redmond' },
      { property: 'provider', operator: 'eq', value: 'Microsoft' },
      { property: 'pinSet', operator: 'eq', value: 'true' },
    ];
    const all = idsOf(tenant.users.filter((u) => expectedToMatch(u, clauses)));
    expect(listedIds(tenant, { filter: clauses.map(clauseText) })).toEqual(all);
    // AND, not OR: fewer than any clause alone, but not nobody.
    expect(all.length).toBeGreaterThan(0);
    for (const clause of clauses) {
      expect(all.length).toBeLessThan(listedIds(tenant, { filter: [clauseText(clause)] }).length);
    }
    // With a search on top.
    const withSearch = idsOf(tenant.users.filter((u) => expectedToMatch(u, clauses, 'a')));
    expect(withSearch.length).toBeGreaterThan(0);
    expect(withSearch.length).toBeLessThan(all.length);
    expect(listedIds(tenant, { filter: clauses.map(clauseText), search: 'a' })).toEqual(withSearch);
    expect(listedIds(tenant, { filter: clauses.map(clauseText), search: 'amos' })).toEqual([
      userByName(tenant, AMOS).id,
    ]);
    expect(listedIds(tenant, { filter: clauses.map(clauseText), search: 'ken' })).toEqual([]);
  });
});

describe('users list: sort', () => {
  it("the tenant's order is display-name order (the tie-breaker)", () => {
    for (const t of [tenant, large]) {
      for (let i = 1; i < t.users.length; i++) {
        if (collator.compare(t.users[i - 1]!.displayName, t.users[i]!.displayName) >= 0) {
          throw new Error(`${t.scenario}: users ${i - 1} and ${i} are out of order`);
        }
      }
    }
  });

  for (const field of SORT_FIELDS) {
    for (const order of ['asc', 'desc'] as const) {
      it(`by ${field} ${order} (default scenario)`, () => {
        const expected = idsOf(
          [...tenant.users].sort(comparatorFor(tenant, field, order, nameRankOf(tenant))),
        );
        expect(listedIds(tenant, { sort: field, order })).toEqual(expected);
      });
    }
  }

  it('not vacuous: every column but display name has ties, and the orders differ', () => {
    for (const field of SORT_FIELDS) {
      const [valueOf] = columnOf(field, tenant);
      const values = tenant.users.map(valueOf);
      if (field === 'displayName' || field === 'email' || field === 'conferenceId') {
        // Unique values, but missing ones to put last.
        if (field !== 'displayName') expect(values).toContain(null);
      } else {
        expect(new Set(values).size).toBeLessThan(values.length);
      }
      expect(listedIds(tenant, { sort: field, order: 'desc' })).not.toEqual(
        listedIds(tenant, { sort: field, order: 'asc' }),
      );
    }
  });

  it('users without an email or a conference ID come last, both ways', () => {
    const noEmail = idsOf(tenant.users.filter((u) => u.email === null));
    expect(noEmail).toContain(userByName(tenant, MEGAN).id);
    for (const order of ['asc', 'desc'] as const) {
      expect(listedIds(tenant, { sort: 'email', order }).slice(-noEmail.length)).toEqual(noEmail);
    }
    const noId = idsOf(tenant.users.filter((u) => u.audio.conferenceId === null));
    expect(noId.length).toBeGreaterThan(1);
    for (const order of ['asc', 'desc'] as const) {
      expect(listedIds(tenant, { sort: 'conferenceId', order }).slice(-noId.length)).toEqual(noId);
    }
  });

  it('a sort applies to the filtered and searched users only', () => {
    const clauses: Clause[] = [{ property: 'site', operator: 'ne', value: 'london' }];
    const expected = idsOf(
      tenant.users
        .filter((u) => expectedToMatch(u, clauses, 'a'))
        .sort(comparatorFor(tenant, 'pin', 'desc', nameRankOf(tenant))),
    );
    expect(expected.length).toBeGreaterThan(3);
    expect(
      listedIds(tenant, {
        filter: clauses.map(clauseText),
        search: 'a',
        sort: 'pin',
        order: 'desc',
      }),
    ).toEqual(expected);
  });

  // Display-name rank by the tenant's position (checked above to be display-name order).
  let rankByUser: Map<UserRecord, number> | null = null;
  const largeNameRank = (u: UserRecord) =>
    (rankByUser ??= new Map(large.users.map((user, i) => [user, i]))).get(u)!;

  /** Checks that `positions` holds exactly `expected` users, each strictly before the next. */
  function expectSorted(
    positions: Int32Array,
    expected: Set<number>,
    field: SortField,
    order: SortOrder,
  ) {
    const cmp = comparatorFor(large, field, order, largeNameRank);
    expect(positions.length, `${field} ${order}`).toBe(expected.size);
    const seen = new Set(positions);
    expect(seen.size, `${field} ${order}: a user twice`).toBe(positions.length);
    for (const position of positions) {
      if (!expected.has(position)) throw new Error(`${field} ${order}: ${position} unexpected`);
    }
    for (let i = 1; i < positions.length; i++) {
      const a = large.users[positions[i - 1]!]!;
      const b = large.users[positions[i]!]!;
      if (cmp(a, b) >= 0) {
        throw new Error(`${field} ${order}: ${a.displayName} before ${b.displayName} at ${i}`);
      }
    }
  }

  it('every column, both ways, over a search of the large scenario', () => {
    const search = 'kowalski';
    const matching = new Set(large.users.flatMap((u, i) => (matchesSearch(u, search) ? [i] : [])));
    // Not vacuous: thousands of users from all over the list.
    expect(matching.size).toBeGreaterThan(1000);
    expect(Math.min(...matching)).toBeLessThan(10_000);
    expect(Math.max(...matching)).toBeGreaterThan(90_000);
    for (const field of SORT_FIELDS) {
      for (const order of ['asc', 'desc'] as const) {
        expectSorted(
          queryUserPositions(large, { search, sort: field, order }),
          matching,
          field,
          order,
        );
      }
    }
  });

  it('the columns with missing values, both ways, over all of the large scenario', () => {
    const everyone = new Set(large.users.map((_, i) => i));
    for (const field of ['email', 'conferenceId'] as const) {
      for (const order of ['asc', 'desc'] as const) {
        expectSorted(queryUserPositions(large, { sort: field, order }), everyone, field, order);
      }
    }
  });
});

describe('users list: paging', () => {
  it('pages of 25, 50 and 100 are consecutive, disjoint slices of the whole list', () => {
    const everyone = idsOf(large.users);
    for (const pageSize of PAGE_SIZES) {
      for (const page of [1, 2, 3, 400]) {
        const result = listUsers(large, { page, pageSize });
        expect(result.total).toBe(100_007);
        expect(result.page).toBe(page);
        expect(result.pageSize).toBe(pageSize);
        expect(result.items.map((u) => u.id)).toEqual(
          everyone.slice((page - 1) * pageSize, page * pageSize),
        );
      }
    }
  });

  it('walking every page of 100 lists each user once, in order', () => {
    const ids: string[] = [];
    const lastPage = Math.ceil(large.users.length / 100);
    for (let page = 1; page <= lastPage; page++) {
      const result = listUsers(large, { page, pageSize: 100 });
      expect(result.total).toBe(large.users.length);
      for (const item of result.items) ids.push(item.id);
    }
    expect(new Set(ids).size).toBe(large.users.length);
    expect(ids).toEqual(idsOf(large.users));
  });

  it('the last page is partial and a page past the end is empty, with the total', () => {
    const total = large.users.length;
    for (const pageSize of PAGE_SIZES) {
      const lastPage = Math.ceil(total / pageSize);
      expect(total % pageSize).toBe(7);
      const last = listUsers(large, { page: lastPage, pageSize, sort: 'email', order: 'desc' });
      expect(last.items).toHaveLength(7);
      expect(last.total).toBe(total);
      const past = listUsers(large, { page: lastPage + 1, pageSize, sort: 'email', order: 'desc' });
      expect(past.items).toEqual([]);
      expect(past.total).toBe(total);
      expect(listUsers(large, { page: 100_000, pageSize }).items).toEqual([]);
    }
  });

  it('a filter and a search together: the total is the brute-force count, and the pages hold exactly those users in order', () => {
    const clauses: Clause[] = [
      { property: 'site', operator: 'eq', value: 'london' },
      { property: 'pinSet', operator: 'eq', value: 'true' },
      { property: 'department', operator: 'ne', value: 'Sales' },
    ];
    const search = 'so';
    const expected = idsOf(
      large.users
        .filter((u) => expectedToMatch(u, clauses, search))
        .sort(comparatorFor(large, 'conferenceId', 'desc', nameRankOf(large))),
    );
    expect(expected.length).toBeGreaterThan(150);
    expect(expected.length).toBeLessThan(large.users.length / 10);

    const pageSize = 50;
    const ids: string[] = [];
    const lastPage = Math.ceil(expected.length / pageSize);
    for (let page = 1; page <= lastPage + 1; page++) {
      const result = listUsers(large, {
        filter: clauses.map(clauseText),
        search,
        sort: 'conferenceId',
        order: 'desc',
        page,
        pageSize,
      });
      expect(result.total).toBe(expected.length);
      const size =
        page < lastPage ? pageSize : page === lastPage ? expected.length % pageSize || pageSize : 0;
      expect(result.items, `page ${page}`).toHaveLength(size);
      for (const item of result.items) ids.push(item.id);
    }
    expect(ids).toEqual(expected);
  });

  it('a one-letter search with a filter on the large scenario counts like brute force', () => {
    const clauses: Clause[] = [{ property: 'provider', operator: 'ne', value: 'Microsoft' }];
    const expected = large.users.filter((u) => expectedToMatch(u, clauses, 'k')).length;
    expect(expected).toBeGreaterThan(0);
    const page = listUsers(large, {
      filter: clauses.map(clauseText),
      search: 'k',
      page: 1,
      pageSize: 25,
    });
    expect(page.total).toBe(expected);
    expect(page.items).toHaveLength(Math.min(25, expected));
  });
});

describe('users list: results follow changes', () => {
  it('a repeated query reflects a PIN lock and unlock (the tenant revision)', () => {
    const t = generateScenario('default');
    const amos = userByName(t, AMOS);
    const diego = userByName(t, DIEGO);
    const locked = () => listedIds(t, { filter: ['pinLocked:eq:true'] });
    const before = locked();
    expect(before).toContain(diego.id);
    expect(before).not.toContain(amos.id);

    const revision = t.revision;
    expectOk(lockPin(t, amos.id));
    expect(t.revision).toBeGreaterThan(revision);
    const afterLock = locked();
    expect(afterLock).toContain(amos.id);
    expect(afterLock).toEqual(idsOf(t.users.filter((u) => u.pin.locked)));

    expectOk(unlockPin(t, diego.id));
    const afterUnlock = locked();
    expect(afterUnlock).not.toContain(diego.id);
    expect(afterUnlock).toEqual(idsOf(t.users.filter((u) => u.pin.locked)));
    // The sorted list moves too: Amos's locked PIN now sorts first by PIN, descending.
    const byPin = listedIds(t, { sort: 'pin', order: 'desc' });
    expect(byPin.slice(0, afterUnlock.length)).toEqual(afterUnlock);
  });

  it('a reset conference ID is found under the new ID and no longer under the old one', () => {
    const t = generateScenario('default');
    const amos = userByName(t, AMOS);
    const old = amos.audio.conferenceId!;
    expect(listedIds(t, { filter: [`conferenceId:eq:${old}`] })).toEqual([amos.id]);
    const fresh = expectOk(resetConferenceId(t, testContext(), amos.id)).user.audioConferencing
      .conferenceId!;
    expect(fresh).not.toBe(old);
    expect(listedIds(t, { filter: [`conferenceId:eq:${old}`] })).toEqual([]);
    expect(listedIds(t, { filter: [`conferenceId:eq:${fresh}`] })).toEqual([amos.id]);
  });
});

describe('users list: filter options', () => {
  it('lists each distinct site and department once, sorted', () => {
    for (const t of [tenant, large]) {
      const distinct = (values: string[]) =>
        values.filter((v, i) => values.indexOf(v) === i).sort(collator.compare);
      const options = userFilterOptions(t);
      expect(options.sites).toEqual(distinct(t.users.map((u) => u.site)));
      expect(options.departments).toEqual(distinct(t.users.map((u) => u.department)));
    }
    const options = userFilterOptions(tenant);
    expect(options.sites).toEqual(['London', 'New York', 'Redmond']);
    expect(options.departments).toEqual(expect.arrayContaining(['Sales', 'Engineering', 'Legal']));
    expect(options.departments.length).toBeGreaterThan(5);
  });
});

describe('users list: the search index, prepared ahead', () => {
  // A tenant of another seed each: one with the same users would reuse the last one's index.
  const expected = (users: UserRecord[], search: string) =>
    Int32Array.from(
      users.flatMap((user, position) => (matchesSearch(user, search) ? [position] : [])),
    );

  it('answers the same prepared in slices, partly or not at all', () => {
    const search = 'a';
    const unprepared = generateScenario('default', 11);
    const partly = generateScenario('default', 12);
    expect(prepareUserSearch(partly).step(3)).toBe(false);
    const sliced = generateScenario('default', 13);
    const preparation = prepareUserSearch(sliced);
    let steps = 1;
    while (!preparation.step(5)) steps++;
    expect(steps).toBe(Math.ceil(sliced.users.length / 5));
    for (const each of [unprepared, partly, sliced]) {
      const found = queryUserPositions(each, { search });
      expect(found).toEqual(expected(each.users, search));
      expect(found.length).toBeGreaterThan(0);
    }
  });

  it('prepares at once when no slice is given', () => {
    const each = generateScenario('default', 14);
    expect(prepareUserSearch(each).step()).toBe(true);
    expect(queryUserPositions(each, { search: 'amos' })).toEqual(expected(each.users, 'amos'));
  });
});
