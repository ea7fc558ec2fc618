// Turns the measurements into figures, each with its bar (PRODUCT.md §5) and whether it is met,
// then prints them as a Markdown table and as JSON. A figure without a bar is for information.

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${Math.round(value)} ms`;

/**
 * Each part is { value } or { error }; a part that failed leaves its barred figures "NOT met".
 * Each figure: id, label, value (a number, or null if its part failed), text, bar, met.
 */
export function buildFigures({ bundle, lighthouse, large, bulk, api, budgets }) {
  const figures = [];
  const add = (part, id, label, bar, pick) => {
    if (part.error) {
      const met = bar.ok ? false : null;
      figures.push({ id, label, value: null, text: `failed: ${part.error}`, bar: bar.text, met });
      return;
    }
    const [value, text] = pick(part.value);
    figures.push({ id, label, value, text, bar: bar.text, met: bar.ok ? bar.ok(value) : null });
  };
  const info = { text: '' };
  const atMost = (limit, text) => ({ text, ok: (value) => value <= limit });

  add(
    bundle,
    'initialJsCssGzipBytes',
    'Initial JS + CSS (gzip), mock chunk excluded',
    atMost(budgets.initialKB * 1024, `≤ ${budgets.initialKB} KB (aim ${budgets.aimKB} KB)`),
    (b) => [b.initialGzipBytes, `${kb(b.initialGzipBytes)} (${b.initialFiles.length} files)`],
  );
  add(bundle, 'mockChunkGzipBytes', 'Mock chunk (gzip, mock mode only)', info, (b) => [
    b.mockGzipBytes,
    kb(b.mockGzipBytes),
  ]);

  add(
    lighthouse,
    'lighthouseScore',
    `Lighthouse desktop performance, /users (median of ${budgets.lighthouseRuns})`,
    { text: `≥ ${budgets.lighthouseScore}`, ok: (value) => value >= budgets.lighthouseScore },
    (l) => [l.median.score, `${l.median.score} (runs: ${l.runs.map((r) => r.score).join(', ')})`],
  );
  for (const [key, label] of [
    ['fcpMs', 'First Contentful Paint'],
    ['lcpMs', 'Largest Contentful Paint'],
    ['tbtMs', 'Total Blocking Time'],
    ['speedIndexMs', 'Speed Index'],
  ]) {
    add(lighthouse, `lighthouse.${key}`, `… ${label} (median run)`, info, (l) => [
      Math.round(l.median[key]),
      ms(l.median[key]),
    ]);
  }
  add(lighthouse, 'lighthouse.cls', '… Cumulative Layout Shift (median run)', info, (l) => [
    Number(l.median.cls.toFixed(3)),
    l.median.cls.toFixed(3),
  ]);

  // The large scenario failed as a whole (its page never loaded), or part by part.
  const { search, rows, paging, heap, firstLoad } = large.error
    ? { search: large, rows: large, paging: large, heap: large, firstLoad: large }
    : large.value;
  add(search, 'search.p50Ms', 'Large: search keystroke → rows, p50', info, (s) => [
    s.p50Ms,
    `${ms(s.p50Ms)} (${s.count} searches)`,
  ]);
  add(
    search,
    'search.p95Ms',
    'Large: search keystroke → rows, p95',
    atMost(budgets.searchP95Ms, `≤ ${budgets.searchP95Ms} ms`),
    (s) => [s.p95Ms, `${ms(s.p95Ms)} (max ${ms(s.maxMs)}, ${s.count} searches)`],
  );
  add(
    rows,
    'maxDomRows',
    'Large: most data rows the table ever held',
    atMost(budgets.pageSize, `≤ ${budgets.pageSize} (one page)`),
    (watched) => {
      // Watched on every DOM change; the samples after each search and page turn are a cross-check.
      const samples = [search, paging].flatMap((part) => part.value?.rowSamples ?? []);
      const most = Math.max(watched, ...samples);
      return [most, String(most)];
    },
  );
  add(
    paging,
    'pagingLongestTaskMs',
    'Large: longest task while scrolling and paging',
    atMost(budgets.longTaskMs, `≤ ${budgets.longTaskMs} ms`),
    (p) => [
      p.longestTaskMs,
      `${ms(p.longestTaskMs)} (${p.longTasksOver50} tasks > 50 ms, ${p.pagesTurned} page turns)`,
    ],
  );
  add(search, 'search.longestTaskMs', 'Large: longest task while searching', info, (s) => [
    s.longestTaskMs,
    `${ms(s.longestTaskMs)} (${s.longTasksOver50} tasks > 50 ms)`,
  ]);
  add(heap, 'heapUsedMB', 'Large: JS heap after GC, runs done', info, (h) => [
    h.usedMB,
    `${h.usedMB.toFixed(1)} MB`,
  ]);
  if (!heap.error && heap.value.worker) {
    add(heap, 'workerHeapUsedMB', "… the mock worker's JS heap after GC", info, (h) => [
      h.worker.usedMB,
      `${h.worker.usedMB.toFixed(1)} MB`,
    ]);
  }
  add(firstLoad, 'largeFirstLoadMs', 'Large: first load until rows show', info, (loadMs) => [
    loadMs,
    ms(loadMs),
  ]);
  add(
    api,
    'api.errors',
    `npm run api (large): GET /api/users?search= from ${api.value?.connections ?? 50} connections, errors`,
    atMost(0, '0'),
    (a) => [a.errors, `${a.errors} of ${a.requests} requests`],
  );
  add(
    api,
    'api.p99Ms',
    '… latency p99 (p50, p95, max)',
    { text: `aim ≤ ${budgets.apiP99AimMs} ms` },
    (a) => [
      a.p99Ms,
      `${ms(a.p99Ms)} (p50 ${ms(a.p50Ms)}, p95 ${ms(a.p95Ms)}, max ${ms(a.maxMs)}; ${a.requestsPerSecond} requests/s)`,
    ],
  );
  // Bulk work over the large scenario, through the UI (J5, J8).
  const { job, exportCsv } = bulk.error ? { job: bulk, exportCsv: bulk } : bulk.value;
  const atLeast = (limit, text) => ({ text, ok: (value) => value >= limit });
  add(
    job,
    'bulk.jobMs',
    'Large: bulk Send conference info to every user, Start to done',
    atMost(budgets.bulkJobMs, `≤ ${budgets.bulkJobMs / 1000} s`),
    (j) => [j.ms, `${(j.ms / 1000).toFixed(1)} s for ${j.users.toLocaleString('en-US')} users`],
  );
  add(
    job,
    'bulk.jobLongestTaskMs',
    '… longest task while it runs (its page shown, to done)',
    atMost(budgets.longTaskMs, `≤ ${budgets.longTaskMs} ms`),
    (j) => [j.longestTaskMs, `${ms(j.longestTaskMs)} (${j.longTasksOver50} over 50 ms)`],
  );
  add(
    job,
    'bulk.pageChangeLongestTaskMs',
    '… longest task from Start to the job page (the page change)',
    info,
    (j) => [
      j.pageChangeLongestTaskMs,
      `${ms(j.pageChangeLongestTaskMs)} (${j.pageChangeLongTasksOver50} over 50 ms; the page in ${ms(j.jobPageMs)})`,
    ],
  );
  add(
    job,
    'bulk.slowestSecondUpdates',
    '… progress updates in its slowest second',
    atLeast(1, '≥ 1 per second'),
    (j) => [
      j.slowestSecondUpdates,
      `${j.slowestSecondUpdates} (${j.progressUpdatesPerSecond}/s on average)`,
    ],
  );
  add(
    exportCsv,
    'bulk.exportMs',
    'Large: Export to CSV of every user, click to file',
    atMost(budgets.exportMs, `≤ ${budgets.exportMs / 1000} s`),
    (e) => [e.ms, `${(e.ms / 1000).toFixed(1)} s for ${e.users.toLocaleString('en-US')} users`],
  );
  add(
    exportCsv,
    'bulk.exportLongestTaskMs',
    '… longest task meanwhile',
    atMost(budgets.longTaskMs, `≤ ${budgets.longTaskMs} ms`),
    (e) => [e.longestTaskMs, `${ms(e.longestTaskMs)} (${e.longTasksOver50} over 50 ms)`],
  );
  return figures;
}

const status = (met) => (met === null ? 'info' : met ? 'met' : 'NOT met');

export function markdownTable(figures) {
  const cell = (text) => String(text).replaceAll('|', '\\|').replaceAll('\n', ' ');
  return [
    '| figure | value | bar | status |',
    '|---|---|---|---|',
    ...figures.map(
      (f) => `| ${cell(f.label)} | ${cell(f.text)} | ${cell(f.bar || '—')} | ${status(f.met)} |`,
    ),
  ].join('\n');
}

export function toJson({ figures, details, meta }) {
  return {
    ...meta,
    allBarsMet: figures.every((f) => f.met !== false),
    figures: figures.map((f) => ({ ...f, status: status(f.met) })),
    details,
  };
}
