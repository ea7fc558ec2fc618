// Picks the search terms for the keystroke measurement from the data the mock actually serves:
// each term must find someone, and typing its last character must change the first page (or the
// stopwatch would have nothing to wait for). Expected pages come from the API, not from the UI.

/** Fetches one page of /api/users from inside the page (through the mock). */
export function apiUsers(page, { search = '', pageNumber = 1, pageSize }) {
  const query = new URLSearchParams({ page: String(pageNumber), pageSize: String(pageSize) });
  if (search) query.set('search', search);
  return page.evaluate(async (qs) => {
    const response = await fetch(`/api/users?${qs}`);
    if (!response.ok) throw new Error(`GET /api/users?${qs}: ${response.status}`);
    return response.json();
  }, query.toString());
}

/**
 * Returns `count` terms as { term, prefix, prefixNames, termNames }. No term or prefix is searched
 * twice (as either), so no answer the measurement waits for comes from a cache.
 */
export async function pickSearchTerms(page, { count, pageSize, log }) {
  const users = await sampleUsers(page);
  const candidates = candidateTerms(users);
  const firstPage = memoize(async (search) =>
    (await apiUsers(page, { search, pageSize })).items.map((user) => user.displayName),
  );

  const picked = [];
  const searched = new Set();
  let tried = 0;
  for (const term of candidates) {
    if (picked.length === count) break;
    const prefix = term.slice(0, -1);
    // A prefix seen before would come from the app's cache and be refetched in the background,
    // and the app debounces keystrokes while it fetches: every measurement starts from a fresh,
    // settled prefix instead.
    if (searched.has(term) || searched.has(prefix)) continue;
    tried += 1;
    const termNames = await firstPage(term);
    if (termNames.length === 0) continue;
    const prefixNames = await firstPage(prefix);
    if (sameNames(prefixNames, termNames)) continue;
    picked.push({ term, prefix, prefixNames, termNames });
    searched.add(term).add(prefix);
  }
  log(
    `Picked ${picked.length} search terms out of ${tried} tried (${candidates.length} candidates)`,
  );
  if (picked.length < count)
    throw new Error(`Only ${picked.length} usable search terms were found; ${count} are needed.`);
  return picked;
}

/** Users from all over the list (its order decides the first pages), with SIP address and phone. */
async function sampleUsers(page) {
  const { total } = await apiUsers(page, { pageSize: 1 });
  const users = [];
  for (const fraction of [0, 0.11, 0.23, 0.37, 0.48, 0.59, 0.71, 0.83, 0.94]) {
    const pageNumber = Math.max(1, Math.ceil((fraction * total) / 100));
    const { items } = await apiUsers(page, { pageNumber, pageSize: 100 });
    // A few users a page, far enough apart to have different surnames.
    for (const summary of [items[7], items[53], items[91]].filter(Boolean)) {
      users.push(
        await page.evaluate(async (id) => (await fetch(`/api/users/${id}`)).json(), summary.id),
      );
    }
  }
  return users;
}

/**
 * Terms of every kind a user would type: given-name and surname prefixes, "given sur…", SIP
 * addresses, email aliases and phone numbers. Lower case and ending in a letter or digit, so that
 * page.keyboard.press() types the last character as is; kinds take turns, for variety.
 */
export function candidateTerms(users) {
  const kinds = users.map((user) => {
    const given = user.givenName.toLowerCase();
    const surname = user.surname.toLowerCase();
    const alias = (user.sipAddress ?? '').replace(/^sip:/, '').split('@')[0] ?? '';
    const phone = (user.lineUri ?? '').replace(/^tel:/, '');
    return [
      [given.slice(0, 2), given.slice(0, 3)],
      [surname.slice(0, 3), surname.slice(0, 4), surname.slice(0, 5)],
      [`${given} ${surname.slice(0, 2)}`, `${given} ${surname.slice(0, 3)}`],
      [`sip:${alias.slice(0, given.length + 3)}`, `sip:${alias.slice(0, given.length + 5)}`],
      [alias.slice(0, given.length + 4), alias.slice(0, -1)],
      phone ? [phone.slice(0, 9), phone.slice(0, 11), phone.slice(0, 12)] : [],
    ];
  });
  const terms = [];
  // Round robin: each user's first term of each kind, then the second ones, …
  for (let round = 0; round < 3; round += 1) {
    for (const user of kinds) {
      for (const ofKind of user) {
        const term = ofKind[round];
        if (term && term.length >= 2 && /[a-z0-9]$/.test(term) && !/\s$/.test(term.slice(0, -1)))
          terms.push(term);
      }
    }
  }
  return [...new Set(terms)];
}

export function sameNames(a, b) {
  return a.length === b.length && a.every((name, i) => name === b[i]);
}

function memoize(fn) {
  const cache = new Map();
  return (key) => {
    if (!cache.has(key)) cache.set(key, fn(key));
    return cache.get(key);
  };
}
