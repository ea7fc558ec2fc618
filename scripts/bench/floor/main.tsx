// The bench's floor: React alone showing the users table the app shows on /users, and the same
// search over the same users with a plain filter. No router, no query cache, no component library:
// what any React page doing this costs, measured in the same run as the app.
import { useEffect, useLayoutEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  CONFERENCE_ID,
  DEPARTMENT,
  EMAIL,
  ENABLED,
  NAME,
  PIN,
  PROVIDER,
  SITE,
  searchRows,
  searchTexts,
} from './search.mjs';

type Row = [
  name: string,
  email: string | null,
  department: string,
  site: string,
  enabled: 0 | 1,
  provider: 'Microsoft' | 'ThirdParty' | 'None',
  conferenceId: string | null,
  pin: 0 | 1 | 2,
  sip: string,
  lineUri: string | null,
];

const PROVIDER_LABEL = { Microsoft: 'Microsoft', ThirdParty: 'Third party', None: 'None' };
const PIN_LABEL = ['Not set', 'Set', 'Locked'];
const COLUMNS = [
  'Display name',
  'Email',
  'Department',
  'Site',
  'Audio Conferencing',
  'Provider',
  'Conference ID',
  'PIN',
];

// As the app: `?scenario=large` is the 100,000 users; without it, the default tenant.
const scenario =
  new URLSearchParams(location.search).get('scenario') === 'large' ? 'large' : 'default';
// The scenario's first page is in the page itself, so the first paint is React rendering the table.
const firstRows: Row[] = JSON.parse(document.getElementById('first-rows')!.textContent!)[scenario];

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
            {COLUMNS.map((label) => (
              <th key={label} scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.rows.map((row: Row, position: number) => (
            <tr key={position}>
              <td>{row[NAME]}</td>
              <td>{row[EMAIL] ?? 'No mailbox'}</td>
              <td>{row[DEPARTMENT]}</td>
              <td>{row[SITE]}</td>
              <td>{row[ENABLED] ? 'On' : 'Off'}</td>
              <td>{PROVIDER_LABEL[row[PROVIDER]]}</td>
              <td>{row[CONFERENCE_ID] ?? 'None'}</td>
              <td>{PIN_LABEL[row[PIN]]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<Floor />);
