import { beforeAll, describe, expect, it } from 'vitest';
import { generateScenario } from '../scenarios/scenarios';
import {
  buildSearchIndex,
  searchIndexBuilder,
  matchesSearch,
  searchableWords,
  searchPositions,
  searchTerms,
  type SearchIndex,
} from './search-index';
import { AMOS, DIEGO, ISAIAH, KEN, LIDIA, userByName } from './test-helpers';
import type { Tenant, UserRecord } from './types';

let tenant: Tenant;
let index: SearchIndex;

beforeAll(() => {
  tenant = generateScenario('default');
  index = buildSearchIndex(tenant.users);
});

/** Display names the index finds, in the tenant's order. */
const found = (search: string) =>
  Array.from(searchPositions(index, search), (position) => tenant.users[position]!.displayName);

/** Positions of the users the reference rule accepts, one by one. */
const bruteForce = (users: readonly UserRecord[], search: string) =>
  users.flatMap((user, position) => (matchesSearch(user, search) ? [position] : []));

/**
 * A user whose every searchable field holds a value no other field starts a word with, so that a
 * term can only match through the one field it was written for.
 */
const BLANK: Pick<
  UserRecord,
  'displayName' | 'givenName' | 'surname' | 'samAccountName' | 'sipAddress' | 'lineUri' | 'email'
> = {
  displayName: 'Plain Person',
  givenName: 'Plain',
  surname: 'Person',
  samAccountName: 'pperson',
  sipAddress: 'sip:p.person@example.org',
  lineUri: null,
  email: null,
};

function userWith(fields: Partial<UserRecord>): UserRecord {
  return { ...structuredClone(userByName(tenant, KEN)), ...BLANK, ...fields };
}

describe('users search: each field by the start of a word, any case', () => {
  const cases: {
    field: keyof typeof BLANK;
    value: string;
    terms: string[];
    notTerms: string[];
  }[] = [
    {
      field: 'displayName',
      value: 'Quokka Vellacourt',
      terms: ['quokka', 'QUOK', 'vella', 'Vellacourt'],
      notTerms: ['okka', 'court'],
    },
    { field: 'givenName', value: 'Gertrude', terms: ['gert', 'GERTRUDE'], notTerms: ['trude'] },
    { field: 'surname', value: 'Sumacwood', terms: ['suma', 'SumacWood'], notTerms: ['wood'] },
    {
      field: 'samAccountName',
      value: 'samwise7',
      terms: ['samw', 'SAMWISE7'],
      notTerms: ['wise', '7'],
    },
    {
      field: 'sipAddress',
      value: 'sip:sippy.cup@fabrikam.net',
      terms: ['sippy', 'cup', 'fabri', 'net', 'sip:sippy', 'SIP:SIPPY.CUP@FABRIKAM.NET'],
      notTerms: ['ippy', 'brikam', 'y.cup'],
    },
    {
      field: 'lineUri',
      value: 'tel:+19995550123',
      terms: ['+1999', 'tel:+1999', 'TEL:+19995550123'],
      notTerms: ['1999', '5550123'],
    },
    {
      field: 'email',
      value: 'mailbox.owl@northwind.org',
      terms: ['mailbox', 'owl', 'north', 'mailbox.owl@', 'MAILBOX.OWL@NORTHWIND.ORG'],
      notTerms: ['box', 'wind', 'owl@north'],
    },
  ];

  for (const { field, value, terms, notTerms } of cases) {
    it(`finds a user by their ${field}`, () => {
      const plain = userWith({});
      const user = userWith({ [field]: value });
      const both = buildSearchIndex([plain, user]);
      for (const term of terms) {
        expect(matchesSearch(user, term), term).toBe(true);
        // Only the field under test can have matched: without it, the same term finds nobody.
        expect(matchesSearch(plain, term), term).toBe(false);
        expect(Array.from(searchPositions(both, term)), term).toEqual([1]);
      }
    });

    it(`does not find a user by the middle of a word of their ${field}`, () => {
      const user = userWith({ [field]: value });
      const alone = buildSearchIndex([user]);
      for (const term of notTerms) {
        // Not vacuous: the term is in the field, just not at the start of a word.
        expect(user[field]!.toLowerCase(), term).toContain(term.toLowerCase());
        expect(matchesSearch(user, term), term).toBe(false);
        expect(searchPositions(alone, term), term).toHaveLength(0);
      }
    });
  }

  it('skips fields a user does not have (no line URI, no email)', () => {
    const user = userWith({});
    expect(user.email).toBeNull();
    expect(user.lineUri).toBeNull();
    expect(searchableWords(user).sort()).toEqual(
      ['plain person', 'plain', 'person', 'pperson', 'sip:p.person@example.org', 'sip', 'p']
        .concat(['example', 'org'])
        .sort(),
    );
  });
});

describe('searchable words: where a word ends', () => {
  // The rule as a regular expression says it; the index finds the same words with a scan.
  const bySplit = (text: string) => [
    text.toLowerCase(),
    ...text
      .toLowerCase()
      .split(/[\s.@:]+/)
      .filter((word) => word !== ''),
  ];

  it.each([
    ['white space of every kind', 'Ana\u00a0Luísa\u3000Ito\tX\u2028Y\u202fZ\ufeffW'],
    ['runs of separators, at either end too', '..Ana..:@ Ito @.'],
    ['letters of other scripts', 'Ζωή Ünal@ÉCOLE:Ñandú'],
    ['a separator only', ' '],
  ])('%s: the words split(/[\\s.@:]+/) gives, in order, each once', (_, text) => {
    const words = searchableWords(userWith({ displayName: text }));
    const expected = [...new Set(bySplit(text))];
    expect(words.slice(0, expected.length)).toEqual(expected);
    expect(new Set(words).size, 'no word twice').toBe(words.length);
  });
});

describe('users search: the default scenario', () => {
  it('the examples find Amos Marble', () => {
    expect(found('amos')).toEqual([AMOS]);
    expect(found('marble')).toEqual([AMOS]);
    expect(found('sip:amos')).toEqual([AMOS]);
    expect(found('+1425')).toContain(AMOS);
  });

  it('+1425 finds exactly the users whose line number starts with it', () => {
    const expected = tenant.users
      .filter((u) => u.lineUri?.startsWith('tel:+1425'))
      .map((u) => u.displayName);
    expect(expected).toEqual(expect.arrayContaining([AMOS, KEN, LIDIA]));
    expect(found('+1425')).toEqual(expected);
    expect(found('tel:+1425')).toEqual(expected);
  });

  it('is case-insensitive', () => {
    expect(found('AMOS')).toEqual([AMOS]);
    expect(found('MaRbLe')).toEqual([AMOS]);
    expect(found('SIP:Amos')).toEqual([AMOS]);
    expect(found('Diego SICILIANI')).toEqual([DIEGO]);
  });

  it('does not match the middle of a word', () => {
    for (const term of ['mos', 'arble', 'ntoso', '4255550111', 'iciliani']) {
      expect(found(term), term).toEqual([]);
    }
    // The leading "+" belongs to the number's word: the digits alone are inside it.
    expect(found('1425')).toEqual([]);
  });

  it('every term must match (AND)', () => {
    expect(found('amos mar')).toEqual([AMOS]);
    expect(found('mar amos')).toEqual([AMOS]);
    expect(found('  amos   marble  ')).toEqual([AMOS]);
    expect(found('amos myer')).toEqual([]);
    expect(found('ken myer')).toEqual([KEN]);
    // Not vacuous: each term alone finds someone.
    expect(found('myer')).toEqual([KEN]);
  });

  it('markup in a display name is just text', () => {
    const isaiah = userByName(tenant, ISAIAH);
    expect(searchableWords(isaiah)).toEqual(
      expect.arrayContaining(['<img', 'src=x', 'onerror=alert(1)>']),
    );
    expect(found('<img')).toEqual([ISAIAH]);
    expect(found('<IMG SRC=X')).toEqual([ISAIAH]);
    expect(found('onerror=alert(1)>')).toEqual([ISAIAH]);
    // "alert" is inside the word "onerror=alert(1)>", not the start of one.
    expect(found('alert')).toEqual([]);
  });

  it('a blank search finds everyone, in order', () => {
    const everyone = tenant.users.map((_, position) => position);
    expect(Array.from(searchPositions(index, ''))).toEqual(everyone);
    expect(Array.from(searchPositions(index, '   '))).toEqual(everyone);
    expect(Array.from(searchPositions(index, undefined))).toEqual(everyone);
  });

  it('splits a search into lower-case terms on any white space', () => {
    expect(searchTerms('  Amos\tMARBLE \n sip:X ')).toEqual(['amos', 'marble', 'sip:x']);
    expect(searchTerms('')).toEqual([]);
    expect(searchTerms(undefined)).toEqual([]);
  });
});

/** Terms of every kind the index treats differently: short, long, several, prefixed, none. */
const FIXED_TERMS = [
  // one letter (no bucket: everyone is checked)
  'a',
  'm',
  's',
  'z',
  '1',
  '+',
  '<',
  // two letters (exactly a bucket key)
  'am',
  'ma',
  'co',
  'si',
  'te',
  '+1',
  '+4',
  'zz',
  'qx',
  // longer
  'amos',
  'marble',
  'kowalski',
  'contoso',
  'contoso.com',
  'com',
  'sip',
  'tel',
  // prefixes
  'sip:',
  'sip:a',
  'sip:amos.marble@contoso.com',
  'tel:',
  'tel:+',
  'tel:+1425',
  'tel:+44',
  '+1425',
  '+1212',
  '+44207',
  // several terms, mixed lengths
  'amos marble',
  'marble amos',
  'a m',
  'a mo',
  'sip: tel:',
  'amos myer',
  'nadia k',
  'e  n  s',
  // no match, odd characters
  'nobody-here',
  'zzzz',
  '@contoso',
  '.com',
  '<img',
  'onerror=alert(1)>',
  'AMOS',
  'Sip:Amos',
];

/** Terms taken from real users' fields, so that narrow terms have something to find. */
function termsFrom(users: readonly UserRecord[]): string[] {
  return users.flatMap((u) => [
    u.surname.slice(0, 3),
    u.surname.toUpperCase(),
    `${u.givenName.slice(0, 2)} ${u.surname.slice(0, 2)}`,
    u.samAccountName.slice(0, 6),
    u.sipAddress.slice(0, 7),
    ...(u.email ? [u.email.slice(0, u.email.indexOf('@') + 1)] : []),
    ...(u.lineUri ? [u.lineUri.slice(4, 9), u.lineUri] : []),
  ]);
}

describe('users search: the index agrees with the reference rule', () => {
  it('over the default scenario, for every kind of term', () => {
    const terms = [...FIXED_TERMS, ...termsFrom(tenant.users.filter((_, i) => i % 5 === 0))];
    let nonEmpty = 0;
    for (const term of terms) {
      const expected = bruteForce(tenant.users, term);
      expect(Array.from(searchPositions(index, term)), term).toEqual(expected);
      if (expected.length > 0 && expected.length < tenant.users.length) nonEmpty++;
    }
    // Not vacuous: most terms select some but not all users.
    expect(nonEmpty).toBeGreaterThan(terms.length / 2);
  });

  it('narrowing from an earlier search gives the same answer as a fresh one', () => {
    const sequences = [
      ['a', 'am', 'amos', 'amos m', 'amos marble'],
      ['s', 'si', 'sip:', 'sip:a', 'sip:amos.'],
      ['+1', '+1425', '+14255550111'],
      ['marble', 'marble amos'],
      ['ken', 'kenny'], // narrowing to nobody
      ['amos', 'am'], // not an extension: must not narrow
      ['amos', 'ken'],
    ];
    for (const sequence of sequences) {
      let previous: { search: string; positions: Int32Array } | undefined;
      for (const search of sequence) {
        const positions = searchPositions(index, search, previous);
        expect(Array.from(positions), `${search} after ${previous?.search}`).toEqual(
          bruteForce(tenant.users, search),
        );
        previous = { search, positions };
      }
    }
  });

  describe('over a sample of the large scenario', () => {
    let large: Tenant;
    let largeIndex: SearchIndex;
    let samplePositions: number[];
    let terms: string[];
    const answers = new Map<string, Int32Array>();
    /** The large index's answer, worked out once per term. */
    const answerOf = (term: string) => {
      let answer = answers.get(term);
      if (!answer) answers.set(term, (answer = searchPositions(largeIndex, term)));
      return answer;
    };

    beforeAll(() => {
      large = generateScenario('large');
      largeIndex = buildSearchIndex(large.users);
      const fixtures = [AMOS, KEN, DIEGO, ISAIAH].map((name) =>
        large.users.indexOf(userByName(large, name)),
      );
      samplePositions = [
        ...new Set([...large.users.map((_, i) => i).filter((i) => i % 199 === 0), ...fixtures]),
      ].sort((a, b) => a - b);
      const withSuffix = large.users.find((u) => u.surname.includes('-'))!;
      terms = [
        ...FIXED_TERMS,
        withSuffix.surname.toLowerCase(),
        withSuffix.surname.slice(0, withSuffix.surname.indexOf('-') + 2),
        ...termsFrom(samplePositions.filter((_, i) => i % 100 === 50).map((p) => large.users[p]!)),
      ];
    }, 60_000);

    it('holds every user', () => {
      expect(large.users.length).toBe(100_007);
      expect(largeIndex.size).toBe(large.users.length);
      expect(samplePositions.length).toBeGreaterThan(500);
    });

    it('finds a sampled user exactly when the reference rule does', () => {
      const sample = samplePositions.map((p) => large.users[p]!);
      const sampleIndex = buildSearchIndex(sample);
      const hits = new Uint8Array(large.users.length);
      const mismatches: string[] = [];
      let matched = 0;
      for (const term of terms) {
        const expected = bruteForce(sample, term);
        matched += expected.length;
        // The index over all users, at the sampled positions.
        const positions = answerOf(term);
        hits.fill(0);
        for (const position of positions) hits[position] = 1;
        const expectedHits = new Set(expected);
        samplePositions.forEach((position, i) => {
          if ((hits[position] === 1) !== expectedHits.has(i)) {
            mismatches.push(`${term} @ ${position}`);
          }
        });
        // An index over the sample alone gives exactly the brute-force answer.
        expect(Array.from(searchPositions(sampleIndex, term)), term).toEqual(expected);
      }
      expect(mismatches).toEqual([]);
      // Not vacuous: the sampled users match many of the terms.
      expect(matched).toBeGreaterThan(terms.length * 5);
    });

    it('every position it returns is ascending, unique and accepted by the reference rule', () => {
      for (const term of terms) {
        const positions = answerOf(term);
        for (let i = 1; i < positions.length; i++) {
          if (positions[i]! <= positions[i - 1]!) {
            throw new Error(`${term}: positions out of order at ${i}`);
          }
        }
        // Check up to 100 results, spread over the whole answer.
        const step = Math.max(1, Math.floor(positions.length / 100));
        for (let i = 0; i < positions.length; i += step) {
          expect(matchesSearch(large.users[positions[i]!]!, term), term).toBe(true);
        }
      }
    });
  });
});

describe('users search: an index built a slice at a time', () => {
  it('is the index built at once, whatever the slices', () => {
    const users = generateScenario('large').users.slice(0, 5_000);
    const whole = buildSearchIndex(users);
    for (const slice of [1, 7, 999, 5_000, 10_000]) {
      const builder = searchIndexBuilder(users);
      let done = false;
      let steps = 0;
      while (!done) {
        done = builder.add(slice);
        steps++;
      }
      expect(steps).toBe(Math.max(1, Math.ceil(users.length / slice)));
      expect(builder.build()).toEqual(whole);
    }
  });

  it('completes the rest when it is needed before the last slice', () => {
    const users = tenant.users;
    const builder = searchIndexBuilder(users);
    expect(builder.add(10)).toBe(false);
    const built = builder.build();
    expect(built).toEqual(buildSearchIndex(users));
    // Complete: more slices add nothing and the same index is given again.
    expect(builder.add(10)).toBe(true);
    expect(builder.build()).toBe(built);
  });
});
