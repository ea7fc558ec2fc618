// The bench's floor: React alone showing the users table the app shows on /users, and the same
// search over the same users with a plain filter. No router, no query cache, no component library:
// what any React page doing this costs, measured in the same run as the app.
import { useEffect, useLayoutEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { CELLS, searchRows, searchTexts } from './search.mjs';

/** The table's 8 cells in the app's words, then the SIP address, line URI and email. */
type Row = (string | null)[];

// As the app: `?scenario=large` is the 100,000 users; without it, the default tenant.
const scenario =
  new URLSearchParams(location.search).get('scenario') === 'large' ? 'large' : 'default';
// The scenario's first page is in the page itself, so the first paint is React rendering the table.
const inlined = JSON.parse(document.getElementById('first-rows')!.textContent!) as {
  columns: string[];
  rows: Record<string, Row[]>;
};
const firstRows = inlined.rows[scenario]!;

interface Users {
  rows: Row[];
  texts: string[];
}

function Floor() {
  const [users, setUsers] = useState<Users | null>(null);
  const [term, setTerm] = useState('');
  useEffect(() => {
    fetch(`/users-${scenario}.json`)
      .then((response) => response.json())
      .then((rows: Row[]) => setUsers({ rows, texts: searchTexts(rows) }));
  }, []);
  // The rows now come from every user: the bench waits for this mark (milliseconds since navigation).
  useLayoutEffect(() => {
    if (users) document.documentElement.dataset.floorReady = String(Math.round(performance.now()));
  }, [users]);
  const shown = users
    ? searchRows(users.rows, users.texts, term)
    : { rows: firstRows, total: null };
  return (
    <main>
      <h1>Users</h1>
      <label htmlFor="search">Search users</label>
      <br />
      <input
        id="search"
        type="search"
        value={term}
        onChange={(event) => setTerm(event.currentTarget.value)}
      />
      <p>{shown.total === null ? 'Loading all users…' : `${shown.total} users`}</p>
      <table aria-label="Users">
        <thead>
          <tr>
            {inlined.columns.map((label) => (
              <th key={label} scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.rows.map((row: Row, position: number) => (
            <tr key={position}>
              {row.slice(0, CELLS).map((cell, column) => (
                <td key={column}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<Floor />);
