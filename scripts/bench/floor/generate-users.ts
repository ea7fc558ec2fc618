// The floor's data, from the mock's own generator: the same users as the app's `default` and
// `large` scenarios, in the order /users lists them with no search (display name: the tenant keeps
// its users so). Writes users-<scenario>.json (every user, fetched by the page) into the data folder
// and the first page of each, with the column headings, into the first-rows file (inlined into the
// page at build time).
//
//   node --import tsx scripts/bench/floor/generate-users.ts <data folder> <first-rows file>
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { UserRecord } from '../../../mocks/domain/types.ts';
import { USER_LIST_COLUMNS, userListCells } from '../../../mocks/domain/users.ts';
import { generateScenario } from '../../../mocks/scenarios/scenarios.ts';

const PAGE_SIZE = 25;
const [dataDir, firstRowsFile] = process.argv.slice(2);
if (!dataDir || !firstRowsFile) {
  throw new Error('Usage: generate-users.ts <data folder> <first-rows file>');
}

/**
 * One user as the floor's row (search.mjs names the positions): the table's cells, as the app's
 * export has them, then what a search looks in.
 */
function rowOf(user: UserRecord) {
  return [...userListCells(user), user.sipAddress, user.lineUri, user.email];
}

mkdirSync(dataDir, { recursive: true });
mkdirSync(dirname(firstRowsFile), { recursive: true });
const firstRows: Record<string, unknown[]> = {};
for (const scenario of ['default', 'large'] as const) {
  const rows = generateScenario(scenario).users.map(rowOf);
  writeFileSync(join(dataDir, `users-${scenario}.json`), JSON.stringify(rows));
  firstRows[scenario] = rows.slice(0, PAGE_SIZE);
  console.log(`${scenario}: ${rows.length} users`);
}
// The app's column headings with the first pages, so the floor's table is the app's.
writeFileSync(firstRowsFile, JSON.stringify({ columns: USER_LIST_COLUMNS, rows: firstRows }));
