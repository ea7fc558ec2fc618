// Runs inside the page (page.addInitScript), before the app starts, so it must not refer to
// anything outside itself. It gives the bench `window.__bench`: how to read the Users table, a
// running maximum of its rows, long-task recording and the search stopwatch.
export function installBenchHelpers() {
  // PRODUCT.md §4: "a table or grid named `Users`".
  const TABLE = ['table', '[role="table"]', '[role="grid"]']
    .map((element) => `${element}[aria-label="Users"]`)
    .join(', ');

  const usersTable = () => document.querySelector(TABLE);

  /** Data rows: native or ARIA rows, without the header row(s). */
  const dataRows = (table) =>
    [...table.querySelectorAll('tr, [role="row"]')].filter(
      (row) => !row.querySelector('th, [role="columnheader"]'),
    );

  /** The display names shown, in order (each row's first-cell link); null if there is no table. */
  const rowNames = () => {
    const table = usersTable();
    if (!table) return null;
    return dataRows(table).map((row) => {
      const cell = row.querySelector('td, [role="cell"], [role="gridcell"], [role="rowheader"]');
      const link = cell?.querySelector('a, [role="link"]');
      return (link ?? cell)?.textContent?.trim() ?? '';
    });
  };

  const sameNames = (names, expected) =>
    names !== null && names.length === expected.length && names.every((n, i) => n === expected[i]);

  // The most data rows the table ever held, checked on every DOM change from the first paint on,
  // so a brief burst of extra rows between two samples can't go unseen.
  let maxRows = 0;
  const countRows = () => {
    const table = usersTable();
    if (table) maxRows = Math.max(maxRows, dataRows(table).length);
  };
  new MutationObserver(countRows).observe(document, { childList: true, subtree: true });

  // Long tasks from start() on only (not buffered: the large scenario's first load is not counted).
  let longTaskObserver = null;
  let longTasks = [];
  const longTasksStart = () => {
    longTasks = [];
    longTaskObserver = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry);
    });
    longTaskObserver.observe({ type: 'longtask', buffered: false });
  };
  /** The long tasks' durations since start(); `withStart` gives each as { start, duration }. */
  const longTasksStop = ({ withStart = false } = {}) => {
    for (const entry of longTaskObserver.takeRecords()) longTasks.push(entry);
    longTaskObserver.disconnect();
    return longTasks.map((entry) =>
      withStart ? { start: entry.startTime, duration: entry.duration } : entry.duration,
    );
  };

  /**
   * Arms the search stopwatch: it starts at the keydown of `key` (capture phase, the event's own
   * timestamp, on the same clock as performance.now()) and stops at the first animation frame
   * after the table shows exactly `expected`. The table must not show `expected` yet, or the
   * clock could stop at once and measure nothing.
   */
  let pending = null;
  const armSearch = (key, expected, searchBox) => {
    if (sameNames(rowNames(), expected)) throw new Error('The table already shows the result.');
    let keydownAt = null;
    let keyInSearchBox = false;
    const onKeydown = (event) => {
      if (keydownAt !== null || event.key !== key) return;
      keydownAt = event.timeStamp;
      keyInSearchBox = event.target === searchBox;
    };
    document.addEventListener('keydown', onKeydown, true);
    pending = new Promise((resolve, reject) => {
      const timeout = setTimeout(() => {
        done();
        reject(new Error(`No result for key ${key} within 20 s; table shows ${rowNames()}`));
      }, 20_000);
      const observer = new MutationObserver(() => {
        if (keydownAt === null || !sameNames(rowNames(), expected)) return;
        done();
        requestAnimationFrame(() => {
          const stoppedAt = performance.now();
          resolve({ ms: stoppedAt - keydownAt, keydownAt, stoppedAt, keyInSearchBox });
        });
      });
      const done = () => {
        clearTimeout(timeout);
        observer.disconnect();
        document.removeEventListener('keydown', onKeydown, true);
      };
      observer.observe(document, { childList: true, subtree: true, characterData: true });
    });
    // Keep an unobserved rejection from being reported before searchResult() collects it.
    pending.catch(() => {});
  };
  const searchResult = () => pending;

  window.__bench = {
    rowNames,
    sameNames,
    rowCount: () => rowNames()?.length ?? 0,
    maxRows: () => (countRows(), maxRows),
    longTasksStart,
    longTasksStop,
    armSearch,
    searchResult,
  };
}
