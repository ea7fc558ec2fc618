import type { UserRecord } from './types';

/**
 * What the users search looks at: the start of any word of the display name, first name, last
 * name, SAM account name, SIP address, line URI and email, and the start of each whole field (so
 * `sip:amos` and `amos marble` match too). Case-insensitive.
 */
export function searchableWords(user: UserRecord): string[] {
  // A user has a dozen or so words: a list checked in full is quicker to fill than a Set.
  const words: string[] = [];
  for (const field of [
    user.displayName,
    user.givenName,
    user.surname,
    user.samAccountName,
    user.sipAddress,
    user.lineUri,
    user.email,
  ]) {
    if (!field) continue;
    const lower = field.toLowerCase();
    add(words, lower);
    addWords(lower, words);
  }
  return words;
}

function add(words: string[], word: string): void {
  if (!words.includes(word)) words.push(word);
}

/** Word separators: white space, `.`, `@` and `:` (the ASCII ones by table). */
const SEPARATES = new Uint8Array(128);
for (const separator of ' \t\n\v\f\r.@:') SEPARATES[separator.charCodeAt(0)] = 1;
const WHITE_SPACE = /\s/;

function separates(code: number): boolean {
  return code < 128 ? SEPARATES[code] === 1 : WHITE_SPACE.test(String.fromCharCode(code));
}

/*
 * The words of `text` between separators, as `text.split(/[\s.@:]+/)` gives them without the empty
 * ones, in order. A scan, not a regular expression: for the 100,000 users of `large` the split was
 * most of the time it took to build the index.
 */
function addWords(text: string, words: string[]): void {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const atSeparator = i === text.length || separates(text.charCodeAt(i));
    if (!atSeparator) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      add(words, text.slice(start, i));
      start = -1;
    }
  }
}

/** The terms of a search: each must start a word of the user (AND). */
export function searchTerms(search: string | undefined): string[] {
  return (search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

/** The reference rule, user by user; the index below gives the same answers faster. */
export function matchesSearch(user: UserRecord, search: string): boolean {
  const words = searchableWords(user);
  return searchTerms(search).every((term) => words.some((word) => word.startsWith(term)));
}

const KEY_LENGTH = 2;

/**
 * A search index over users whose searchable fields never change (this app edits no names or
 * addresses). Each user's words are kept as one newline-joined string, and each two-letter word
 * start points at the users (by position) who have such a word: a term then checks only the users
 * of its bucket instead of every user. A one-letter term still checks everyone; it matches a large
 * share of the tenant anyway.
 */
export interface SearchIndex {
  size: number;
  /** Per user: "\n" + words joined by "\n", so a word start is `includes("\n" + term)`. */
  haystacks: string[];
  buckets: Map<string, Int32Array>;
}

export function buildSearchIndex(users: readonly UserRecord[]): SearchIndex {
  return searchIndexBuilder(users).build();
}

/**
 * A search index built a slice of users at a time, so that a host can build it between requests
 * without one long task (100,000 users take a few hundred milliseconds in all).
 */
export interface SearchIndexBuilder {
  /** Adds up to `count` more users; true once every user is in. */
  add(count: number): boolean;
  /** The index, with the users not yet added added now. */
  build(): SearchIndex;
}

export function searchIndexBuilder(users: readonly UserRecord[]): SearchIndexBuilder {
  const haystacks = new Array<string>(users.length);
  const lists = new Map<string, number[]>();
  let next = 0;
  let index: SearchIndex | null = null;
  const add = (count: number) => {
    const end = Math.min(users.length, next + count);
    for (let position = next; position < end; position++) {
      const words = searchableWords(users[position]!);
      // Joined into one flat string, not a rope of two: there is one per user.
      haystacks[position] = ['', ...words].join('\n');
      for (const word of words) {
        const key = word.slice(0, KEY_LENGTH);
        let list = lists.get(key);
        if (!list) lists.set(key, (list = []));
        // Positions arrive in order, so a repeat for this user is always the last entry.
        if (list[list.length - 1] !== position) list.push(position);
      }
    }
    next = end;
    return next === users.length;
  };
  return {
    add: (count) => index !== null || add(count),
    build() {
      if (index) return index;
      add(users.length);
      const buckets = new Map<string, Int32Array>();
      for (const [key, list] of lists) buckets.set(key, Int32Array.from(list));
      lists.clear();
      return (index = { size: users.length, haystacks, buckets });
    },
  };
}

const EMPTY = new Int32Array(0);

/** An earlier search and its answer, for narrowing while the admin types on. */
export interface PreviousSearch {
  search: string | undefined;
  positions: Int32Array;
}

/**
 * Positions (ascending) of the users whose words start with every term of the search. When the
 * search only extends an earlier one (`hana r` after `hana`), only that one's users can match.
 */
export function searchPositions(
  index: SearchIndex,
  search: string | undefined,
  previous?: PreviousSearch,
): Int32Array {
  const terms = searchTerms(search);
  if (terms.length === 0) return allPositions(index.size);
  const needles = terms.map((term) => `\n${term}`);
  const narrowed = previous && extendsSearch(terms, searchTerms(previous.search));
  const bucket = smallestCandidateSet(index, terms);
  const candidates =
    narrowed && (!bucket || previous.positions.length < bucket.length)
      ? previous.positions
      : bucket;
  const found = new Int32Array(candidates ? candidates.length : index.size);
  let count = 0;
  const total = candidates ? candidates.length : index.size;
  for (let i = 0; i < total; i++) {
    const position = candidates ? candidates[i]! : i;
    const haystack = index.haystacks[position]!;
    if (needles.every((needle) => haystack.includes(needle))) found[count++] = position;
  }
  return found.subarray(0, count);
}

/** Every earlier term is the start of a term of the new search: its matches include the new ones. */
function extendsSearch(terms: string[], earlier: string[]): boolean {
  return earlier.length > 0 && earlier.every((old) => terms.some((term) => term.startsWith(old)));
}

/** The smallest bucket among the terms long enough to have one; null means "everyone". */
function smallestCandidateSet(index: SearchIndex, terms: string[]): Int32Array | null {
  let smallest: Int32Array | null = null;
  for (const term of terms) {
    if (term.length < KEY_LENGTH) continue;
    const bucket = index.buckets.get(term.slice(0, KEY_LENGTH)) ?? EMPTY;
    if (!smallest || bucket.length < smallest.length) smallest = bucket;
  }
  return smallest;
}

export function allPositions(size: number): Int32Array {
  const positions = new Int32Array(size);
  for (let i = 0; i < size; i++) positions[i] = i;
  return positions;
}
