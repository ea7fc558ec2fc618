import { describe, expect, it } from 'vitest';
import {
  FILE_FORMAT,
  fileNameFor,
  MAX_NAME_LENGTH,
  nameProblem,
  parseSavedQueryFile,
  toFileText,
  type SavedQuery,
} from './saved-query';

const LOCKED_IN_REDMOND: SavedQuery = {
  id: 'q1',
  name: 'Locked PINs in Redmond',
  search: 'amos',
  filter: ['pinLocked:eq:true', 'site:eq:Redmond', 'department:ne:Building 4: Floor 2'],
  sort: 'email',
  order: 'desc',
};

/** A valid exported file, as an object to spoil one field at a time. */
function validFile(): Record<string, unknown> {
  return {
    format: FILE_FORMAT,
    version: 1,
    name: 'Locked PINs',
    search: '',
    filters: [{ property: 'pinLocked', operator: 'eq', value: 'true' }],
    sort: 'displayName',
    order: 'asc',
  };
}

function refusal(text: string): string {
  const result = parseSavedQueryFile(text);
  if (result.ok) throw new Error(`Expected a refusal, got ${JSON.stringify(result.query)}`);
  expect(result.message).toMatch(/^This file can't be imported\. /);
  return result.message;
}

const refusalOf = (changes: Record<string, unknown>) =>
  refusal(JSON.stringify({ ...validFile(), ...changes }));

describe('saved queries: export and import', () => {
  it('an exported file imports as the same query', () => {
    const text = toFileText(LOCKED_IN_REDMOND);
    const result = parseSavedQueryFile(text);
    expect(result).toEqual({
      ok: true,
      query: {
        name: LOCKED_IN_REDMOND.name,
        search: 'amos',
        filter: LOCKED_IN_REDMOND.filter,
        sort: 'email',
        order: 'desc',
      },
    });
  });

  it('the file spells each clause out', () => {
    const file = JSON.parse(toFileText(LOCKED_IN_REDMOND)) as Record<string, unknown>;
    expect(file).toMatchObject({ format: FILE_FORMAT, version: 1, name: LOCKED_IN_REDMOND.name });
    expect(file.filters).toEqual([
      { property: 'pinLocked', operator: 'eq', value: 'true' },
      { property: 'site', operator: 'eq', value: 'Redmond' },
      { property: 'department', operator: 'ne', value: 'Building 4: Floor 2' },
    ]);
  });

  it('a query without search, filters or sort round-trips to the defaults', () => {
    const bare: SavedQuery = { id: 'q2', name: 'Everyone', filter: [] };
    expect(parseSavedQueryFile(toFileText(bare))).toEqual({
      ok: true,
      query: { name: 'Everyone', search: undefined, filter: [], sort: 'displayName', order: 'asc' },
    });
  });

  it('imports a hand-written file with only the required fields', () => {
    const result = parseSavedQueryFile(
      JSON.stringify({ format: FILE_FORMAT, version: 1, name: '  Spaced  ' }),
    );
    expect(result).toEqual({
      ok: true,
      query: { name: 'Spaced', search: undefined, filter: [], sort: undefined, order: undefined },
    });
  });

  it('refuses a file that is not JSON', () => {
    expect(refusal('name=Locked PINs')).toMatch(/isn't a JSON file/);
    expect(refusal('')).toMatch(/isn't a JSON file/);
    expect(refusal(toFileText(LOCKED_IN_REDMOND).slice(0, -5))).toMatch(/isn't a JSON file/);
  });

  it('refuses a file of another format, or of none', () => {
    const message = /isn't a saved query from the Audio Conferencing admin center/;
    expect(refusalOf({ format: 'lync-usf' })).toMatch(message);
    expect(refusalOf({ format: undefined })).toMatch(message);
  });

  it('refuses a file from a newer version', () => {
    expect(refusalOf({ version: 2 })).toMatch(/saved by a newer version/);
  });

  it('refuses a missing, blank or too long name', () => {
    expect(refusalOf({ name: undefined })).toMatch(/It has no name\./);
    expect(refusalOf({ name: '   ' })).toMatch(/It has no name\./);
    expect(refusalOf({ name: 'x'.repeat(MAX_NAME_LENGTH + 1) })).toMatch(
      /name is longer than 80 characters/,
    );
    // The longest name is fine.
    const longest = parseSavedQueryFile(
      JSON.stringify({ ...validFile(), name: 'x'.repeat(MAX_NAME_LENGTH) }),
    );
    expect(longest.ok).toBe(true);
  });

  it('refuses a filter on an unknown property, naming it and the filter', () => {
    const message = refusalOf({
      filters: [
        { property: 'pinLocked', operator: 'eq', value: 'true' },
        { property: 'favouriteColour', operator: 'eq', value: 'blue' },
      ],
    });
    expect(message).toMatch(/Filter 2: /);
    expect(message).toMatch(/"favouriteColour" isn't a property you can filter by/);
  });

  it('refuses a bad operator', () => {
    const message = refusalOf({ filters: [{ property: 'site', operator: 'gt', value: 'x' }] });
    expect(message).toMatch(/Filter 1: /);
    expect(message).toMatch(/operator must be "eq" \(Equal to\) or "ne" \(Not equal to\)/);
  });

  it('refuses a value the property cannot take', () => {
    expect(
      refusalOf({ filters: [{ property: 'pinLocked', operator: 'eq', value: 'maybe' }] }),
    ).toMatch(/Filter 1: Choose Yes or No\./);
    expect(
      refusalOf({ filters: [{ property: 'provider', operator: 'eq', value: 'Zoom' }] }),
    ).toMatch(/Filter 1: Choose Microsoft, Third party or None\./);
    expect(
      refusalOf({ filters: [{ property: 'conferenceId', operator: 'ne', value: '12-34' }] }),
    ).toMatch(/Filter 1: A conference ID has digits only\./);
    expect(refusalOf({ filters: [{ property: 'site', operator: 'eq', value: 7 }] })).toMatch(
      /Filter 1: The value must be text\./,
    );
  });

  it('refuses more than 10 filters', () => {
    const filters = Array.from({ length: 11 }, (_, i) => ({
      property: 'conferenceId',
      operator: 'ne',
      value: String(1000000 + i),
    }));
    expect(refusalOf({ filters })).toMatch(/more than 10 filters/);
    expect(
      parseSavedQueryFile(JSON.stringify({ ...validFile(), filters: filters.slice(1) })).ok,
    ).toBe(true);
  });

  it('refuses a file over 64 KB', () => {
    const text = JSON.stringify(validFile());
    const limit = 64 * 1024;
    // Padding with white space keeps it valid JSON: only its size is wrong.
    const atLimit = text + ' '.repeat(limit - text.length);
    expect(parseSavedQueryFile(atLimit).ok).toBe(true);
    expect(refusal(`${atLimit} `)).toMatch(/too large to be a saved query/);
  });

  it('refuses a file over 64 KB even when it has fewer than 64 K characters', () => {
    // 33,000 "é" are 66,000 bytes of UTF-8 (the file's size on disk), but 33,000 characters.
    const big = JSON.stringify({ ...validFile(), notes: 'é'.repeat(33_000) });
    expect(new TextEncoder().encode(big).length).toBeGreaterThan(64 * 1024);
    expect(big.length).toBeLessThan(64 * 1024);
    expect(refusal(big)).toMatch(/too large to be a saved query/);
  });

  it('refuses a sort column or order the list does not have', () => {
    expect(refusalOf({ sort: 'salary' })).toMatch(/sort column isn't one of the list's/);
    expect(refusalOf({ order: 'up' })).toMatch(/sort order must be "asc" or "desc"/);
  });
});

describe('saved queries: names', () => {
  const existing: SavedQuery[] = [{ id: 'q1', name: 'Locked PINs', filter: [] }];

  it('needs a name', () => {
    expect(nameProblem('', existing)).toBe('Enter a name for the query.');
    expect(nameProblem('   ', existing)).toBe('Enter a name for the query.');
  });

  it('allows at most 80 characters, not counting spaces around', () => {
    expect(nameProblem('x'.repeat(81), existing)).toBe('Use at most 80 characters.');
    expect(nameProblem('x'.repeat(80), existing)).toBeNull();
    expect(nameProblem(`  ${'x'.repeat(80)}  `, existing)).toBeNull();
  });

  it('refuses a name another saved query has, whatever its case', () => {
    const taken = 'A saved query already has this name. Choose another.';
    expect(nameProblem('Locked PINs', existing)).toBe(taken);
    expect(nameProblem('locked pins', existing)).toBe(taken);
    expect(nameProblem('  LOCKED PINS ', existing)).toBe(taken);
    expect(nameProblem('Locked PINs 2', existing)).toBeNull();
    expect(nameProblem('Locked PINs', [])).toBeNull();
  });
});

describe('saved queries: file names', () => {
  const named = (name: string): SavedQuery => ({ id: 'q', name, filter: [] });

  it('keeps letters, digits, hyphens and underscores, and joins words with hyphens', () => {
    expect(fileNameFor(named('Locked PINs in Redmond'))).toBe('Locked-PINs-in-Redmond.query.json');
    expect(fileNameFor(named('team_a - 2026'))).toBe('team_a---2026.query.json');
  });

  it('strips characters that are unsafe in a file name', () => {
    const name = fileNameFor(named('../..\\etc/passwd: "a" <b> |c| *?'));
    expect(name).toBe('etcpasswd-a-b-c.query.json');
    expect(name.replace(/\.query\.json$/, '')).toMatch(/^[\w-]+$/);
  });

  it('falls back to "query" when nothing is left', () => {
    expect(fileNameFor(named('???'))).toBe('query.query.json');
    expect(fileNameFor(named('   '))).toBe('query.query.json');
  });
});
