import { describe, expect, it } from 'vitest';
import {
  decodeFilterClause,
  encodeFilterClause,
  FILTER_PROPERTIES,
  filterValueProblem,
  listUsersParamsSchema,
  SORT_FIELDS,
  type FilterClause,
} from './user-list';

/** The messages of a refused parse, or [] when it was accepted. */
function problems(input: unknown): string[] {
  const parsed = listUsersParamsSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
}

describe('users list query: filter clauses', () => {
  /** One valid clause per property, both operators among them. */
  const VALID: FilterClause[] = [
    { property: 'audioConferencing', operator: 'eq', value: 'true' },
    { property: 'provider', operator: 'ne', value: 'ThirdParty' },
    { property: 'pinSet', operator: 'eq', value: 'false' },
    { property: 'pinLocked', operator: 'eq', value: 'true' },
    { property: 'site', operator: 'ne', value: 'New York' },
    { property: 'department', operator: 'eq', value: 'Human Resources' },
    { property: 'hasMailbox', operator: 'ne', value: 'false' },
    { property: 'conferenceId', operator: 'eq', value: '1028922' },
  ];

  it('covers every property', () => {
    expect(VALID.map((c) => c.property).sort()).toEqual([...FILTER_PROPERTIES].sort());
  });

  it('encodes as property:operator:value and decodes back to the same clause', () => {
    expect(encodeFilterClause(VALID[3]!)).toBe('pinLocked:eq:true');
    expect(encodeFilterClause(VALID[4]!)).toBe('site:ne:New York');
    for (const clause of VALID) {
      const text = encodeFilterClause(clause);
      expect(text).toBe(`${clause.property}:${clause.operator}:${clause.value}`);
      expect(decodeFilterClause(text)).toEqual(clause);
    }
  });

  it('a value containing ":" decodes whole', () => {
    expect(decodeFilterClause('site:eq:Building 4: Floor 2')).toEqual({
      property: 'site',
      operator: 'eq',
      value: 'Building 4: Floor 2',
    });
    const clause: FilterClause = { property: 'department', operator: 'ne', value: 'a:b:c' };
    expect(decodeFilterClause(encodeFilterClause(clause))).toEqual(clause);
  });

  it.each([
    ['an unknown property', 'color:eq:red'],
    ['a property in the wrong case', 'PinLocked:eq:true'],
    ['an unknown operator', 'site:gt:Redmond'],
    ['an operator in the wrong case', 'site:EQ:Redmond'],
    ['no operator', 'site::Redmond'],
    ['no value part', 'pinLocked:eq'],
    ['no separators', 'pinLocked'],
    ['an empty string', ''],
    ['an empty value', 'site:eq:'],
    ['a blank value', 'department:eq:   '],
    ['a boolean that is not true/false', 'pinLocked:eq:maybe'],
    ['a boolean in the wrong case', 'hasMailbox:eq:TRUE'],
    ['a boolean as a digit', 'pinSet:eq:1'],
    ['a provider that is not one of the three', 'provider:eq:Zoom'],
    ['a provider spelled as its label', 'provider:eq:Third party'],
    ['a provider in the wrong case', 'provider:eq:microsoft'],
    ['a conference ID with a letter', 'conferenceId:eq:12a4567'],
    ['a conference ID with a sign', 'conferenceId:eq:-1234567'],
    ['a conference ID of 13 digits', 'conferenceId:eq:1234567890123'],
    ['a site over 100 characters', `site:eq:${'x'.repeat(101)}`],
  ])('refuses %s', (_, text) => {
    expect(decodeFilterClause(text)).toBeNull();
    expect(problems({ filter: [text] })).toEqual(['Not a valid filter clause.']);
  });

  it('trims spaces around a value, so a padded value still matches', () => {
    expect(decodeFilterClause('conferenceId:eq: 1234567')?.value).toBe('1234567');
    expect(decodeFilterClause('site:ne: Redmond ')).toEqual({
      property: 'site',
      operator: 'ne',
      value: 'Redmond',
    });
    expect(decodeFilterClause('conferenceId:eq: 12 34')).toBeNull();
  });

  it('accepts the edges of what is allowed', () => {
    expect(decodeFilterClause('conferenceId:ne:1')).not.toBeNull();
    expect(decodeFilterClause('conferenceId:eq:123456789012')).not.toBeNull();
    expect(decodeFilterClause(`site:eq:${'x'.repeat(100)}`)).not.toBeNull();
    for (const provider of ['Microsoft', 'ThirdParty', 'None']) {
      expect(decodeFilterClause(`provider:eq:${provider}`)?.value).toBe(provider);
    }
  });

  it('says in words what is wrong with a value', () => {
    expect(filterValueProblem('pinLocked', 'maybe')).toBe('Choose Yes or No.');
    expect(filterValueProblem('provider', 'Zoom')).toBe('Choose Microsoft, Third party or None.');
    expect(filterValueProblem('conferenceId', '12a')).toBe('A conference ID has digits only.');
    expect(filterValueProblem('site', ' ')).toBe('Choose or enter a value.');
    expect(filterValueProblem('department', 'x'.repeat(101))).toBe('Use at most 100 characters.');
    expect(filterValueProblem('site', 'Redmond')).toBeNull();
  });
});

describe('users list query: GET /users parameters', () => {
  it('fills in the defaults', () => {
    expect(listUsersParamsSchema.parse({})).toEqual({
      filter: [],
      sort: 'displayName',
      order: 'asc',
      page: 1,
      pageSize: 25,
    });
  });

  it('reads page numbers from the URL and trims the search', () => {
    expect(
      listUsersParamsSchema.parse({ page: '3', pageSize: '50', search: '  amos  ' }),
    ).toMatchObject({ page: 3, pageSize: 50, search: 'amos' });
  });

  it.each([
    ['page 0', { page: '0' }],
    ['a negative page', { page: '-1' }],
    ['a fractional page', { page: '1.5' }],
    ['a page that is not a number', { page: 'two' }],
    ['a page past 100,000', { page: '100001' }],
    ['a page size over 100', { pageSize: '101' }],
    ['a page size of 0', { pageSize: '0' }],
    ['a search over 200 characters', { search: 'a'.repeat(201) }],
  ])('refuses %s', (_, input) => {
    expect(problems(input)).toHaveLength(1);
  });

  it('accepts up to 10 filter clauses, and refuses more', () => {
    const clauses = Array.from({ length: 11 }, (_, i) => `conferenceId:ne:${1000000 + i}`);
    expect(listUsersParamsSchema.parse({ filter: clauses.slice(0, 10) }).filter).toEqual(
      clauses.slice(0, 10),
    );
    expect(problems({ filter: clauses })).toHaveLength(1);
  });

  it('refuses a list with one invalid clause among valid ones', () => {
    expect(problems({ filter: ['pinLocked:eq:true', 'pinLocked:eq:yes'] })).toEqual([
      'Not a valid filter clause.',
    ]);
  });

  it('sorts by the list columns only, ascending or descending', () => {
    for (const sort of SORT_FIELDS) {
      for (const order of ['asc', 'desc']) {
        expect(listUsersParamsSchema.parse({ sort, order })).toMatchObject({ sort, order });
      }
    }
    expect(problems({ sort: 'name' })).toHaveLength(1);
    expect(problems({ sort: 'DisplayName' })).toHaveLength(1);
    expect(problems({ sort: 'pinLocked' })).toHaveLength(1);
    expect(problems({ order: 'up' })).toHaveLength(1);
    expect(problems({ order: 'ASC' })).toHaveLength(1);
  });
});
