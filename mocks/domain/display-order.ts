/**
 * The order users are listed in: by display name, as `a.localeCompare(b, 'en')` has it. Sorting
 * the 100,000 users of `large` with `localeCompare` took a third of a second in the browser; this
 * gives the same order in a fraction of it.
 *
 * For printable ASCII, English collation first compares the strings' primary weights character by
 * character (letters without regard to case; space and punctuation before digits, digits before
 * letters), and only when those are all equal looks at case. So each name of printable ASCII gets a
 * key of its characters' primary ranks, found once with a base-sensitivity collator; two different
 * keys compare as the names do, and only names with equal keys (or other characters) are left to
 * `localeCompare`. The result is `localeCompare`'s order exactly; a test checks it on every name of
 * `large` and on random strings.
 */
const PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));

/**
 * Per printable ASCII code: its primary rank (equal for `a` and `A`) as a key's character code,
 * from `!` up: a key is a one-byte string, made in one go from its codes.
 */
const RANK = (() => {
  const base = new Intl.Collator('en', { sensitivity: 'base' });
  const sorted = [...PRINTABLE].sort(base.compare);
  const table = new Uint8Array(128);
  let current = 0;
  sorted.forEach((char, i) => {
    if (i > 0 && base.compare(sorted[i - 1]!, char) !== 0) current++;
    table[char.charCodeAt(0)] = 0x21 + current;
  });
  return table;
})();

/** The primary key of a name of printable ASCII; null for any other. */
export function displayOrderKey(name: string): string | null {
  const ranks = new Array<number>(name.length);
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code < 32 || code > 126) return null;
    ranks[i] = RANK[code]!;
  }
  return String.fromCharCode(...ranks);
}

/** Sorts `items` by `nameOf` in `localeCompare(…, 'en')` order; stable, like Array.sort. */
export function sortByDisplayName<T>(items: readonly T[], nameOf: (item: T) => string): T[] {
  const entries = items.map((item) => {
    const name = nameOf(item);
    return { item, name, key: displayOrderKey(name) };
  });
  entries.sort((a, b) => {
    if (a.key !== null && b.key !== null && a.key !== b.key) return a.key < b.key ? -1 : 1;
    return a.name.localeCompare(b.name, 'en');
  });
  return entries.map((entry) => entry.item);
}
