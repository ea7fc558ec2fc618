// The floor's plain search, shared by its page and by the bench (which works out, in Node, the rows
// the page must show for each term). A user is a row of the table's columns plus what a search
// looks in: see generate-users.ts for the order.

export const PAGE_SIZE = 25;

/** Row fields, by position: the table's cells (the app's words), then what a search looks in. */
export const NAME = 0;
export const CELLS = 8;
export const SIP = 8;
export const LINE_URI = 9;
export const EMAIL = 10;

/**
 * What a search looks in, lower-cased once: the fields the app's search covers (display name,
 * email, SIP address, phone), so the terms the bench types into the app find people here too.
 */
export function searchTexts(rows) {
  return rows.map((row) =>
    [row[NAME], row[EMAIL] ?? '', row[SIP] ?? '', row[LINE_URI] ?? ''].join('\n').toLowerCase(),
  );
}

/** A plain filter: every user whose text holds the term, the first page of them and the count. */
export function searchRows(rows, texts, term) {
  const needle = term.toLowerCase();
  const matches = needle === '' ? rows : rows.filter((_, i) => texts[i].includes(needle));
  return { rows: matches.slice(0, PAGE_SIZE), total: matches.length };
}
