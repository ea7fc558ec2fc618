import { beforeAll, describe, expect, it } from 'vitest';
import { generateScenario } from '../scenarios/scenarios';
import {
  AMOS,
  DIEGO,
  expectOk,
  expectRefusal,
  ISAIAH,
  KEN,
  LIDIA,
  userByName,
} from './test-helpers';
import type { Tenant } from './types';
import { listUsers } from './user-query';
import { findUser } from './users';

let tenant: Tenant;

beforeAll(() => {
  tenant = generateScenario('default');
});

const namesFor = (search: string) =>
  listUsers(tenant, { search, page: 1, pageSize: 100 }).items.map((u) => u.displayName);

describe('users listing: paging', () => {
  it('lists every user with the total and the requested page size', () => {
    const page = listUsers(tenant, { page: 1, pageSize: 25 });
    expect(page.total).toBe(tenant.users.length);
    expect(page.total).toBeGreaterThan(25);
    expect(page.page).toBe(1);
    expect(page.pageSize).toBe(25);
    expect(page.items).toHaveLength(25);
    expect(page.items.map((u) => u.id)).toEqual(tenant.users.slice(0, 25).map((u) => u.id));
  });

  it('page 2 holds the next users in display order', () => {
    const page = listUsers(tenant, { page: 2, pageSize: 25 });
    expect(page.page).toBe(2);
    expect(page.total).toBe(tenant.users.length);
    expect(page.items.map((u) => u.id)).toEqual(tenant.users.slice(25, 50).map((u) => u.id));
    expect(page.items).toHaveLength(Math.min(25, tenant.users.length - 25));
  });

  it('pages do not overlap and together hold every user once', () => {
    const ids = [1, 2, 3, 4, 5].flatMap((page) =>
      listUsers(tenant, { page, pageSize: 10 }).items.map((u) => u.id),
    );
    expect(ids).toHaveLength(tenant.users.length);
    expect(new Set(ids).size).toBe(tenant.users.length);
  });

  it('a page past the end is empty but still reports the total', () => {
    const page = listUsers(tenant, { page: 10, pageSize: 25 });
    expect(page.items).toEqual([]);
    expect(page.total).toBe(tenant.users.length);
  });

  it('users are listed in display-name order', () => {
    const names = listUsers(tenant, { page: 1, pageSize: 100 }).items.map((u) => u.displayName);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('a summary carries the fields the list shows', () => {
    const amos = listUsers(tenant, { search: 'amos', page: 1, pageSize: 25 }).items;
    expect(amos).toEqual([
      {
        id: userByName(tenant, AMOS).id,
        displayName: AMOS,
        email: 'amos.marble@contoso.com',
        department: 'Sales',
        site: 'Redmond',
        audioConferencingEnabled: true,
        provider: 'Microsoft',
        conferenceId: userByName(tenant, AMOS).audio.conferenceId,
        pinSet: true,
        pinLocked: false,
      },
    ]);
  });
});

describe('users listing: search', () => {
  it('finds by the start of a word of the display name', () => {
    expect(namesFor('onerror')).toEqual([ISAIAH]);
    expect(namesFor('<img')).toEqual([ISAIAH]);
  });

  it('does not match the middle of a word', () => {
    expect(namesFor('arble')).toEqual([]);
    expect(namesFor('iciliani')).toEqual([]);
  });

  it('finds by given name and by surname', () => {
    expect(namesFor('Amos')).toEqual([AMOS]);
    expect(namesFor('Siciliani')).toEqual([DIEGO]);
    expect(namesFor('Holl')).toEqual([LIDIA]);
  });

  it('is case-insensitive', () => {
    expect(namesFor('AMOS')).toEqual([AMOS]);
    expect(namesFor('mYeR')).toEqual([KEN]);
  });

  it('finds by SIP address', () => {
    expect(namesFor('sip:amos')).toEqual([AMOS]);
    expect(namesFor('sip:amos.marble@contoso.com')).toEqual([AMOS]);
  });

  it('finds by email address', () => {
    expect(namesFor('ken.myer@')).toEqual([KEN]);
    expect(namesFor('amos.marble@contoso.com')).toEqual([AMOS]);
  });

  it('finds by line URI', () => {
    const found = listUsers(tenant, { search: '+1425555011', page: 1, pageSize: 100 }).items;
    expect(found.map((u) => u.displayName)).toEqual(expect.arrayContaining([AMOS, KEN, LIDIA]));
    for (const user of found) {
      expect(tenant.usersById.get(user.id)?.lineUri).toMatch(/^tel:\+1425555011/);
    }
  });

  it('reports the total of matches, not of all users, and pages within them', () => {
    const all = listUsers(tenant, { search: 'contoso', page: 1, pageSize: 100 });
    expect(all.total).toBe(tenant.users.length);
    const some = listUsers(tenant, { search: 'Amos', page: 1, pageSize: 25 });
    expect(some.total).toBe(1);
    const tenPerPage = listUsers(tenant, { search: 'sip', page: 2, pageSize: 10 });
    expect(tenPerPage.items.map((u) => u.id)).toEqual(tenant.users.slice(10, 20).map((u) => u.id));
  });

  it('a search that matches nothing gives an empty page', () => {
    expect(listUsers(tenant, { search: 'zzzz-nobody', page: 1, pageSize: 25 })).toEqual({
      items: [],
      total: 0,
      page: 1,
      pageSize: 25,
    });
  });

  it('a blank search lists everyone', () => {
    expect(listUsers(tenant, { search: '   ', page: 1, pageSize: 25 }).total).toBe(
      tenant.users.length,
    );
  });
});

describe('findUser', () => {
  it('finds a user by id', () => {
    const ken = userByName(tenant, KEN);
    expect(expectOk(findUser(tenant, ken.id))).toBe(ken);
  });

  it('refuses an unknown id with not_found', () => {
    const refusal = expectRefusal(findUser(tenant, '00000000-0000-0000-0000-000000000000'));
    expect(refusal.code).toBe('not_found');
    expect(refusal.message.length).toBeGreaterThan(5);
  });
});
