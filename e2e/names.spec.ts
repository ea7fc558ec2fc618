import type { Locator, Page } from '@playwright/test';
import {
  conferenceIdOf,
  dialIn,
  expect,
  MASKED_PIN,
  openUserIn,
  pageToUser,
  test,
} from './fixtures';

/*
 * The accessible names of PRODUCT.md §4, the ones QA suites rely on: every field is found by
 * getByLabel(name, { exact: true }), every control by getByRole(role, { name, exact: true }).
 * A renamed control fails the test that walks its screen, with the screen and the name.
 *
 * Bulk jobs' names are here too: the selection and its toolbar, a preview, the import, a job's page
 * and the list of jobs. Not built yet, so not here: Meetings, migrations and PowerShell. Add a
 * screen for each to NAMES, and a walk() that reaches it.
 */

type Role = Parameters<Page['getByRole']>[0];

interface Name {
  kind: 'label' | 'role';
  role?: Role;
  /** Absent only where §4 names a role without a name (an outcome's `status` or `alert`), or a
   * text has no role of its own (a preview's counts, in their `paragraph`): then it `shows` it. */
  name?: string;
  /** What it shows: a value, an answer, a list's item. */
  shows?: string | RegExp;
  /** The label of the field it belongs to (a select's option). */
  within?: string;
  /** Counted (exactly one) instead of seen: it may be empty, like a list nobody is in (a select's
   * options are always counted). */
  counted?: boolean;
}

const label = (name: string, more: Omit<Name, 'kind' | 'name'> = {}): Name => ({
  kind: 'label',
  name,
  ...more,
});
const role = (r: Role, name?: string, more: Omit<Name, 'kind' | 'role' | 'name'> = {}): Name => ({
  kind: 'role',
  role: r,
  name,
  ...more,
});

interface Screen {
  /** Where the names are: a dialog, a region, a landmark (itself checked, from the page). */
  in?: Name;
  names: Name[];
}

const AMOS = 'Amos Marble';
const KEN = 'Ken Myer';
const MEGAN = 'Megan Bowen'; // no mailbox
const DIEGO = 'Diego Siciliani'; // PIN locked
const ISAIAH = 'Isaiah Langer <img src=x onerror=alert(1)>';
const OTHER_ADDRESS = 'Send to a different email address';

/** The table: every screen and state of §4 that exists today, with the names it shows. */
export const NAMES = {
  Navigation: {
    in: role('navigation', 'Main'),
    names: [
      role('link', 'Users'),
      role('link', 'Conference bridges'),
      role('link', 'Sent emails'),
      role('link', 'Jobs'),
      role('link', 'Audit log'),
      role('link', 'Meeting migrations'),
      role('link', 'Dial-in simulator'),
    ],
  },
  Header: {
    in: role('banner'),
    names: [
      label('Signed in as'),
      role('combobox', 'Signed in as'),
      role('button', 'Advance time'),
    ],
  },
  'Users page': {
    names: [
      role('heading', 'Users'),
      role('searchbox', 'Search users'),
      role('table', 'Users'),
      role('button', 'Add filter'),
      role('button', 'Save query'),
      role('button', 'Saved queries'),
      role('button', 'Export to CSV'),
      role('button', 'Import CSV'),
      role('checkbox', 'Select all on this page'),
    ],
  },
  'Users table, searched for Amos Marble': {
    in: role('table', 'Users'),
    names: [role('link', AMOS), role('checkbox', `Select ${AMOS}`)],
  },
  'Users table, searched for Isaiah Langer (a name with markup)': {
    in: role('table', 'Users'),
    names: [role('link', ISAIAH)],
  },
  'Add filter': {
    names: [
      label('Property'),
      label('Operator'),
      role('option', 'Equal to', { within: 'Operator' }),
      role('option', 'Not equal to', { within: 'Operator' }),
      label('Value'),
      role('button', 'Apply'),
    ],
  },
  'A filter applied': {
    in: role('list', 'Filters'),
    names: [role('button', 'Remove')],
  },
  'Save query dialog': {
    in: role('dialog', 'Save query'),
    names: [label('Name'), role('button', 'Save'), role('button', 'Cancel')],
  },
  'Saved queries menu': {
    names: [role('menu', 'Saved queries')],
  },
  'Edit panel (Amos Marble)': {
    in: role('dialog', AMOS),
    names: [
      role('region', 'Audio Conferencing'),
      label('Conference ID', { shows: /^\d{7}$/ }),
      label('PIN', { shows: MASKED_PIN }),
      role('button', 'Edit'),
      role('button', 'Reset conference ID'),
      role('button', 'Set conference ID'),
      role('button', 'Send conference info in email'),
      role('button', 'Reset PIN'),
      role('button', 'Lock PIN'),
    ],
  },
  'Edit panel (Ken Myer, no PIN)': {
    in: role('dialog', KEN),
    names: [label('Conference ID', { shows: /^\d{7}$/ }), label('PIN', { shows: 'Not set' })],
  },
  'Edit panel (Diego Siciliani, PIN locked)': {
    in: role('dialog', DIEGO),
    names: [label('PIN', { shows: MASKED_PIN }), role('button', 'Unlock PIN')],
  },
  'Edit panel (Isaiah Langer, a name with markup)': {
    in: role('dialog', ISAIAH),
    names: [role('region', 'Audio Conferencing')],
  },
  'Reset conference ID dialog': {
    in: role('dialog', 'Reset conference ID'),
    names: [role('button', 'Reset'), role('button', 'Cancel')],
  },
  'Set conference ID dialog': {
    in: role('dialog', 'Set conference ID'),
    names: [label('New conference ID'), role('button', 'Save'), role('button', 'Cancel')],
  },
  'Edit Audio Conferencing dialog': {
    in: role('dialog', 'Edit Audio Conferencing'),
    names: [
      label('Audio Conferencing'),
      role('switch', 'Audio Conferencing'),
      label('Provider'),
      role('option', 'Microsoft', { within: 'Provider' }),
      role('option', 'Third party', { within: 'Provider' }),
      role('option', 'None', { within: 'Provider' }),
      label('Toll number'),
      label('Toll-free number'),
      label('Unauthenticated callers can start the meeting'),
      role('switch', 'Unauthenticated callers can start the meeting'),
      label('Dial-out'),
      role('button', 'Save'),
      role('button', 'Cancel'),
    ],
  },
  'Send conference info in email dialog': {
    in: role('dialog', 'Send conference info in email'),
    names: [label(OTHER_ADDRESS), role('button', 'Send'), role('button', 'Cancel')],
  },
  'Send conference info in email dialog (no mailbox: the address is required)': {
    in: role('dialog', 'Send conference info in email'),
    names: [label(OTHER_ADDRESS), role('button', 'Send')],
  },
  'Edit panel after sending the conference info': {
    in: role('dialog', AMOS),
    names: [role('status', undefined, { shows: /Conference info sent/ })],
  },
  'Reset PIN dialog': {
    in: role('dialog', 'Reset PIN'),
    names: [
      label('Automatically generate a PIN'),
      role('radio', 'Automatically generate a PIN'),
      label('Enter a specific PIN'),
      role('radio', 'Enter a specific PIN'),
      label('Send the PIN to the user in email'),
      role('checkbox', 'Send the PIN to the user in email'),
      label(OTHER_ADDRESS),
      role('button', 'Reset'),
      role('button', 'Cancel'),
    ],
  },
  'Reset PIN dialog, Enter a specific PIN': {
    in: role('dialog', 'Reset PIN'),
    names: [label('Specific PIN')],
  },
  'Reset PIN dialog (no mailbox: the address is required)': {
    in: role('dialog', 'Reset PIN'),
    names: [role('checkbox', 'Send the PIN to the user in email'), label(OTHER_ADDRESS)],
  },
  'Reset PIN dialog, the new PIN': {
    in: role('dialog', 'Reset PIN'),
    names: [
      role('status', undefined, { shows: /PIN reset/ }),
      label('New PIN'),
      label('Show PIN'),
      role('checkbox', 'Show PIN'),
      role('button', 'Copy PIN'),
      role('link', `Open my email app to send the PIN to ${AMOS}`),
      role('button', 'Close'),
    ],
  },
  'Dial-in simulator': {
    in: role('main'),
    names: [
      role('heading', 'Dial-in simulator'),
      label('Conference ID'),
      role('textbox', 'Conference ID'),
      label('PIN'),
      role('button', 'Dial in'),
    ],
  },
  'Dial-in simulator, a caller in the lobby': {
    in: role('main'),
    names: [
      role('status', undefined, { shows: /Caller 1/ }),
      role('list', 'In the meeting', { counted: true }),
      role('list', 'In the lobby', { shows: 'Caller 1' }),
    ],
  },
  'Dial-in simulator, a call refused': {
    in: role('main'),
    names: [role('alert', undefined, { shows: /conference ID/ })],
  },
  'Conference bridges': {
    names: [
      role('heading', 'Conference bridges'),
      label('PIN length'),
      label('Automatically send emails to users'),
      role('switch', 'Automatically send emails to users'),
      role('button', 'Save'),
      role('region', 'PIN policies'),
    ],
  },
  'Audit log': {
    names: [role('table', 'Audit log')],
  },
  'Sent emails': {
    names: [role('table', 'Sent emails'), role('region', 'Message')],
  },
  'Sent emails, a message selected': {
    names: [role('region', 'Message', { shows: /amos\.marble@contoso\.com/ })],
  },
  'My PIN (/me/pin)': {
    names: [role('combobox', 'Signed in as'), role('button', 'Reset my PIN')],
  },
  'My PIN, the new PIN': {
    in: role('main'),
    names: [
      role('status', undefined, { shows: /PIN reset/ }),
      label('New PIN'),
      role('checkbox', 'Show PIN'),
      role('button', 'Done'),
    ],
  },
  'Import conference IDs dialog, a CSV file chosen': {
    in: role('dialog', 'Import conference IDs'),
    names: [
      label('CSV file'),
      role('table', 'Rows', { shows: AMOS }),
      role('button', 'Start'),
      role('button', 'Cancel'),
    ],
  },
  'Bulk actions toolbar, 3 users selected': {
    in: role('toolbar', 'Bulk actions', { shows: '3 selected' }),
    names: [
      role('button', 'Select all matching users'),
      role('button', 'Clear selection'),
      role('button', 'Reset conference IDs'),
      role('button', 'Reset PINs'),
      role('button', 'Send conference info'),
      role('button', 'Unlock PINs'),
    ],
  },
  'Reset PINs preview (Amos Marble, Ken Myer; Megan Bowen skipped: no mailbox)': {
    in: role('dialog', 'Reset PINs'),
    names: [
      role('paragraph', undefined, { shows: /(?<!\d)2 users will change/ }),
      role('paragraph', undefined, { shows: /(?<!\d)1 will be skipped/ }),
      role('table', 'Skipped users', { shows: `${MEGAN} has no mailbox` }),
      role('button', 'Start'),
      role('button', 'Cancel'),
    ],
  },
  'Job page (/jobs/:jobId), the Reset PINs job done': {
    names: [
      role('heading', 'Reset PINs'),
      role('progressbar', 'Progress'),
      role('status', undefined, { shows: 'Succeeded 2, skipped 1, failed 0, cancelled 0' }),
      role('button', 'Cancel job'),
      role('button', 'Retry failed users'),
      role('button', 'Download results'),
      label('Outcome'),
      role('table', 'Results', { shows: MEGAN }),
    ],
  },
  'Jobs (/jobs)': {
    names: [role('heading', 'Jobs'), role('table', 'Jobs', { shows: 'Reset PINs' })],
  },
} satisfies Record<string, Screen>;

type ScreenName = keyof typeof NAMES;

/**
 * How many names the table checks: each name of each screen, and the dialog or region it is in
 * (the `main` or `banner` landmark it is looked for in is not counted).
 */
export const NAME_COUNT = Object.values(NAMES as Record<string, Screen>).reduce(
  (sum, screen) => sum + screen.names.length + (screen.in?.name === undefined ? 0 : 1),
  0,
);

function describeName(name: Name): string {
  const what = name.kind === 'label' ? 'label' : name.role;
  const called = name.name === undefined ? '' : ` "${name.name}"`;
  const within = name.within ? ` of "${name.within}"` : '';
  const shows = name.shows === undefined ? '' : ` showing ${String(name.shows)}`;
  return `${what}${called}${within}${shows}`;
}

function locate(scope: Locator, name: Name): Locator {
  const base = name.within ? scope.getByLabel(name.within, { exact: true }) : scope;
  let found =
    name.kind === 'label'
      ? base.getByLabel(name.name ?? '', { exact: true })
      : base.getByRole(name.role!, name.name === undefined ? {} : { name: name.name, exact: true });
  if (name.shows !== undefined) found = found.filter({ hasText: name.shows });
  return found;
}

async function expectName(scope: Locator, name: Name, screen: string): Promise<void> {
  const found = locate(scope, name);
  const message = `${screen}: ${describeName(name)}`;
  // A closed select's options are never "visible": they are counted.
  if (name.counted || name.role === 'option') await expect.soft(found, message).toHaveCount(1);
  else await expect.soft(found, message).toBeVisible();
}

type See = (screen: ScreenName) => Promise<Locator>;

/** The screens some walk() promises to check: the table and the walks must agree. */
const walked: ScreenName[] = [];

/**
 * A test that goes through `screens` in order; `see(screen)` checks all of that screen's names
 * (every missing one is reported) and returns where they are, for the walk to go on from there.
 */
function walk(title: string, screens: ScreenName[], body: (page: Page, see: See) => Promise<void>) {
  walked.push(...screens);
  test(title, async ({ page }) => {
    const seen: ScreenName[] = [];
    const see: See = async (screen) => {
      expect(screens, `${title} declares the screen "${screen}"`).toContain(screen);
      seen.push(screen);
      const { in: where, names } = NAMES[screen] as Screen;
      const errorsBefore = test.info().errors.length;
      const root = page.locator('body');
      let scope = root;
      if (where) {
        await expectName(root, where, screen);
        scope = locate(root, where);
      }
      for (const name of names) await expectName(scope, name, screen);
      const missing = test.info().errors.length - errorsBefore;
      if (missing > 0) throw new Error(`${screen}: ${missing} of its names not found (above)`);
      return scope;
    };
    await body(page, see);
    expect(seen, `${title} checks every screen it declares`).toEqual(screens);
  });
}

test('the table of names: every screen is walked once', () => {
  const screens = Object.keys(NAMES) as ScreenName[];
  expect([...walked].sort()).toEqual([...screens].sort());
  for (const screen of screens) {
    const { names } = NAMES[screen] as Screen;
    const keys = names.map(describeName);
    expect(new Set(keys).size, `${screen} lists each name once`).toBe(keys.length);
  }
  test.info().annotations.push({ type: 'names', description: String(NAME_COUNT) });
  console.log(`names.spec.ts checks ${NAME_COUNT} names on ${screens.length} screens`);
});

/** Closes a dialog with the button `button` and waits until it is gone. */
async function closeWith(dialog: Locator, button: string): Promise<void> {
  await dialog.getByRole('button', { name: button, exact: true }).click();
  await expect(dialog).toBeHidden();
}

walk(
  'Users page: navigation, header, search, filters and saved queries',
  [
    'Navigation',
    'Header',
    'Users page',
    'Users table, searched for Amos Marble',
    'Add filter',
    'A filter applied',
    'Save query dialog',
    'Saved queries menu',
  ],
  async (page, see) => {
    await page.goto('/users');
    await see('Navigation');
    await see('Header');
    await see('Users page');
    await page.getByRole('searchbox', { name: 'Search users', exact: true }).fill(AMOS);
    await expect(page).toHaveURL(/[?&]search=/);
    await see('Users table, searched for Amos Marble');

    await page.getByRole('button', { name: 'Add filter', exact: true }).click();
    await see('Add filter');
    await page.getByLabel('Property', { exact: true }).selectOption({ label: 'PIN locked' });
    await page.getByLabel('Operator', { exact: true }).selectOption({ label: 'Equal to' });
    await page.getByLabel('Value', { exact: true }).selectOption({ label: 'Yes' });
    await page.getByRole('button', { name: 'Apply', exact: true }).click();
    await see('A filter applied');

    await page.getByRole('button', { name: 'Save query', exact: true }).click();
    const save = await see('Save query dialog');
    await expect(save.getByLabel('Name', { exact: true })).toHaveAttribute('aria-required', 'true');
    await closeWith(save, 'Cancel');

    await page.getByRole('button', { name: 'Saved queries', exact: true }).click();
    await see('Saved queries menu');
  },
);

walk(
  "Amos Marble's Edit panel and its dialogs; Cancel changes nothing",
  [
    'Edit panel (Amos Marble)',
    'Reset conference ID dialog',
    'Set conference ID dialog',
    'Edit Audio Conferencing dialog',
    'Send conference info in email dialog',
  ],
  async (page, see) => {
    const panel = await openUserIn(page, AMOS);
    await see('Edit panel (Amos Marble)');
    const conferenceId = await conferenceIdOf(panel);
    const open = (button: string) =>
      panel.getByRole('button', { name: button, exact: true }).click();

    await open('Reset conference ID');
    await closeWith(await see('Reset conference ID dialog'), 'Cancel');
    await open('Set conference ID');
    const setId = await see('Set conference ID dialog');
    await expect(setId.getByLabel('New conference ID', { exact: true })).toHaveAttribute(
      'aria-required',
      'true',
    );
    await closeWith(setId, 'Cancel');
    await open('Edit');
    await closeWith(await see('Edit Audio Conferencing dialog'), 'Cancel');
    await open('Send conference info in email');
    await closeWith(await see('Send conference info in email dialog'), 'Cancel');
    await expect(panel.getByLabel('Conference ID', { exact: true })).toHaveText(conferenceId);
  },
);

walk(
  "Amos Marble's Reset PIN dialog, its options and the new PIN",
  ['Reset PIN dialog', 'Reset PIN dialog, Enter a specific PIN', 'Reset PIN dialog, the new PIN'],
  async (page, see) => {
    const panel = await openUserIn(page, AMOS);
    await panel.getByRole('button', { name: 'Reset PIN', exact: true }).click();
    const dialog = await see('Reset PIN dialog');
    await dialog.getByRole('radio', { name: 'Enter a specific PIN', exact: true }).check();
    await see('Reset PIN dialog, Enter a specific PIN');
    await dialog.getByRole('radio', { name: 'Automatically generate a PIN', exact: true }).check();
    await dialog.getByRole('button', { name: 'Reset', exact: true }).click();
    await see('Reset PIN dialog, the new PIN');
    await closeWith(dialog, 'Close');
  },
);

walk(
  'Edit panels of Ken Myer (no PIN), Diego Siciliani (locked) and Isaiah Langer (markup)',
  [
    'Edit panel (Ken Myer, no PIN)',
    'Edit panel (Diego Siciliani, PIN locked)',
    'Users table, searched for Isaiah Langer (a name with markup)',
    'Edit panel (Isaiah Langer, a name with markup)',
  ],
  async (page, see) => {
    await openUserIn(page, KEN);
    await see('Edit panel (Ken Myer, no PIN)');
    await openUserIn(page, DIEGO);
    await see('Edit panel (Diego Siciliani, PIN locked)');
    await page.goto('/users?search=Isaiah');
    await see('Users table, searched for Isaiah Langer (a name with markup)');
    await openUserIn(page, ISAIAH);
    await see('Edit panel (Isaiah Langer, a name with markup)');
  },
);

walk(
  'Megan Bowen has no mailbox: the required address fields keep their names',
  [
    'Send conference info in email dialog (no mailbox: the address is required)',
    'Reset PIN dialog (no mailbox: the address is required)',
  ],
  async (page, see) => {
    const panel = await openUserIn(page, MEGAN);
    await panel.getByRole('button', { name: 'Send conference info in email', exact: true }).click();
    const send = await see(
      'Send conference info in email dialog (no mailbox: the address is required)',
    );
    await expect(send.getByLabel(OTHER_ADDRESS, { exact: true })).toHaveAttribute(
      'aria-required',
      'true',
    );
    await closeWith(send, 'Cancel');

    await panel.getByRole('button', { name: 'Reset PIN', exact: true }).click();
    const reset = page.getByRole('dialog', { name: 'Reset PIN', exact: true });
    // Sending is on by default (B3); with no mailbox, the address is then required.
    await reset.getByRole('checkbox', { name: 'Send the PIN to the user in email' }).check();
    await see('Reset PIN dialog (no mailbox: the address is required)');
    await expect(reset.getByLabel(OTHER_ADDRESS, { exact: true })).toHaveAttribute(
      'aria-required',
      'true',
    );
    await closeWith(reset, 'Cancel');
  },
);

walk(
  'Dial-in simulator: the fields, the answer and the lists',
  [
    'Dial-in simulator',
    'Dial-in simulator, a caller in the lobby',
    'Dial-in simulator, a call refused',
  ],
  async (page, see) => {
    const conferenceId = await conferenceIdOf(await openUserIn(page, AMOS));
    await page.goto('/dial-in');
    const main = await see('Dial-in simulator');
    await expect(main.getByLabel('Conference ID', { exact: true })).toHaveAttribute(
      'aria-required',
      'true',
    );
    await dialIn(page, conferenceId);
    await see('Dial-in simulator, a caller in the lobby');
    await dialIn(page, '12');
    await see('Dial-in simulator, a call refused');
  },
);

walk('Conference bridges page', ['Conference bridges'], async (page, see) => {
  await page.goto('/settings/conference-bridge');
  await see('Conference bridges');
});

walk(
  'An email sent: the outcome, the Sent emails page with its message, the audit log',
  [
    'Edit panel after sending the conference info',
    'Sent emails',
    'Sent emails, a message selected',
    'Audit log',
  ],
  async (page, see) => {
    const panel = await openUserIn(page, AMOS);
    await panel.getByRole('button', { name: 'Send conference info in email', exact: true }).click();
    await closeWith(page.getByRole('dialog', { name: 'Send conference info in email' }), 'Send');
    await see('Edit panel after sending the conference info');

    await page.goto('/emails');
    const main = await see('Sent emails');
    await main.getByRole('table', { name: 'Sent emails' }).getByRole('button').first().click();
    await see('Sent emails, a message selected');

    await page.goto('/audit-log');
    await see('Audit log');
  },
);

walk(
  'My PIN (/me/pin): the self-service reset',
  ['My PIN (/me/pin)', 'My PIN, the new PIN'],
  async (page, see) => {
    await page.goto('/me/pin');
    await see('My PIN (/me/pin)');
    await page.getByRole('button', { name: 'Reset my PIN', exact: true }).click();
    await see('My PIN, the new PIN');
  },
);

walk(
  'Bulk jobs: the import, the selection, a preview, the job page and the list of jobs',
  [
    'Import conference IDs dialog, a CSV file chosen',
    'Bulk actions toolbar, 3 users selected',
    'Reset PINs preview (Amos Marble, Ken Myer; Megan Bowen skipped: no mailbox)',
    'Job page (/jobs/:jobId), the Reset PINs job done',
    'Jobs (/jobs)',
  ],
  async (page, see) => {
    await page.goto('/users');
    await page.getByRole('button', { name: 'Import CSV', exact: true }).click();
    const csv = ['UserPrincipalName,ConferenceId', 'amos.marble@contoso.com,7100001'];
    await page
      .getByRole('dialog', { name: 'Import conference IDs', exact: true })
      .getByLabel('CSV file', { exact: true })
      .setInputFiles({
        name: 'ids.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(`${csv.join('\r\n')}\r\n`),
      });
    await closeWith(await see('Import conference IDs dialog, a CSV file chosen'), 'Cancel');

    for (const name of [AMOS, KEN]) {
      await page.getByRole('checkbox', { name: `Select ${name}`, exact: true }).check();
    }
    // Megan is on a later page: the selection outlives paging.
    await pageToUser(page, MEGAN);
    await page.getByRole('checkbox', { name: `Select ${MEGAN}`, exact: true }).check();
    const toolbar = await see('Bulk actions toolbar, 3 users selected');

    await toolbar.getByRole('button', { name: 'Reset PINs', exact: true }).click();
    const preview = await see(
      'Reset PINs preview (Amos Marble, Ken Myer; Megan Bowen skipped: no mailbox)',
    );
    await preview.getByRole('button', { name: 'Start', exact: true }).click();
    await expect(page).toHaveURL(/\/jobs\/job-/);
    // A job runs on after its page opens: its names are checked once it is done.
    await expect(page.getByRole('status').filter({ hasText: /users done/ })).toContainText(
      'Completed',
      { timeout: 30_000 },
    );
    await see('Job page (/jobs/:jobId), the Reset PINs job done');

    await page
      .getByRole('navigation', { name: 'Main', exact: true })
      .getByRole('link', { name: 'Jobs', exact: true })
      .click();
    await see('Jobs (/jobs)');
  },
);
