// Turns the measurements into figures, each with its bar (PRODUCT.md §5: never worse; these set
// the exit code) and its target (where the next performance work must land), and, where the
// React-alone floor measured the same thing in the same run, the floor's value and the ratio to
// it; then prints them as a Markdown table and as JSON. A figure without a bar is for information.

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${Math.round(value)} ms`;
const round2 = (value) => Math.round(value * 100) / 100;

/** The targets of PRODUCT.md §5, by figure: { text (or text(floor)), ok(value, floor) }. */
const TARGETS = {
  initialJsCssGzipBytes: { text: '≤ 130 KB', ok: (value) => value <= 130 * 1024 },
  lighthouseScore: { text: '100', ok: (value) => value >= 100 },
  'lighthouse.lcpMs': {
    text: (floor) =>
      typeof floor === 'number' ? `≤ 1.5 × floor (${ms(1.5 * floor)})` : '≤ 1.5 × floor',
    ok: (value, floor) => typeof floor === 'number' && value <= 1.5 * floor,
  },
  largeFirstLoadMs: { text: '≤ 1000 ms', ok: (value) => value <= 1000 },
  'search.p95Ms': { text: '≤ 40 ms', ok: (value) => value <= 40 },
  'search.maxMs': { text: '≤ 80 ms', ok: (value) => value <= 80 },
  'search.longestTaskMs': { text: '≤ 50 ms', ok: (value) => value <= 50 },
  pagingLongestTaskMs: { text: '≤ 50 ms', ok: (value) => value <= 50 },
  heapUsedMB: { text: '≤ 60 MB', ok: (value) => value <= 60 },
  'bulk.jobMs': { text: '≤ 60 s', ok: (value) => value <= 60_000 },
  'bulk.jobLongestTaskMs': { text: '≤ 50 ms', ok: (value) => value <= 50 },
  'bulk.slowestSecondUpdates': { text: '≥ 1 per second', ok: (value) => value >= 1 },
  'bulk.exportMs': { text: '≤ 5 s', ok: (value) => value <= 5_000 },
  'bulk.exportLongestTaskMs': { text: '≤ 50 ms', ok: (value) => value <= 50 },
};

/**
 * Each part is { value } or { error }; a part that failed leaves its barred figures "NOT met",
 * and its targets too. `floor` holds the floor's parts: { bundle, lighthouse, large } (large:
 * { firstLoad, search, heap }, each a part), or a part that failed as a whole.
 * Each figure: id, label, value (a number, or null if its part failed), text, bar, met; floor,
 * floorText and ratio (value / floor), null where there is no floor; target and targetMet, null
 * where there is no target.
 */
export function buildFigures({
  bundle,
  lighthouse,
  large,
  bulk,
  api,
  floor = { error: 'not measured' },
  budgets,
}) {
  const figures = [];
  // `floorOf`: [the floor's part, pick] for a figure the floor measures too; pick gives
  // [value, text] as for the app.
  const add = (part, id, label, bar, pick, floorOf) => {
    const target = TARGETS[id] ?? null;
    const [floorValue, floorText] = floorFigure(floorOf);
    const figure = { id, label, value: null, text: '', bar: bar.text, met: null };
    if (part.error) {
      figure.text = `failed: ${part.error}`;
      figure.met = bar.ok ? false : null;
    } else {
      [figure.value, figure.text] = pick(part.value);
      figure.met = bar.ok ? bar.ok(figure.value) : null;
    }
    const ratio =
      typeof figure.value === 'number' && typeof floorValue === 'number' && floorValue !== 0
        ? round2(figure.value / floorValue)
        : null;
    figures.push({
      ...figure,
      floor: floorValue,
      floorText,
      ratio,
      target: typeof target?.text === 'function' ? target.text(floorValue) : (target?.text ?? null),
      targetMet: target ? figure.value !== null && target.ok(figure.value, floorValue) : null,
    });
  };
  const floorFigure = (floorOf) => {
    if (!floorOf) return [null, null];
    const [part, pick] = floorOf;
    if (part.error) return [null, `failed: ${part.error}`];
    return pick(part.value);
  };
  const info = { text: '' };
  const atMost = (limit, text) => ({ text, ok: (value) => value <= limit });
  // The floor's parts, each { value } or { error } whatever failed.
  const floorParts = floor.error
    ? { bundle: floor, lighthouse: floor, firstLoad: floor, search: floor, heap: floor }
    : {
        bundle: floor.bundle,
        lighthouse: floor.lighthouse,
        ...(floor.large.error
          ? { firstLoad: floor.large, search: floor.large, heap: floor.large }
          : floor.large.value),
      };

  add(
    bundle,
    'initialJsCssGzipBytes',
    'Initial JS + CSS (gzip), mock chunk excluded',
    atMost(budgets.initialKB * 1024, `≤ ${budgets.initialKB} KB (aim ${budgets.aimKB} KB)`),
    (b) => [b.initialGzipBytes, `${kb(b.initialGzipBytes)} (${b.initialFiles.length} files)`],
    [floorParts.bundle, (b) => [b.initialGzipBytes, kb(b.initialGzipBytes)]],
  );
  // What the decided stack needs before any app code (scripts/bench/floor/stack/): a floor of
  // its own, for the bytes the app adds to it.
  add(
    bundle,
    'initialOverStackGzipBytes',
    '… of which above the decided stack alone (React, Fluent UI, TanStack, zod)',
    info,
    (b) =>
      floor.stackBundle?.value
        ? [
            b.initialGzipBytes - floor.stackBundle.value.initialGzipBytes,
            `${kb(b.initialGzipBytes - floor.stackBundle.value.initialGzipBytes)} (the stack alone: ${kb(floor.stackBundle.value.initialGzipBytes)})`,
          ]
        : [null, `stack floor failed: ${floor.stackBundle?.error ?? 'not measured'}`],
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
    [
      floorParts.lighthouse,
      (l) => [l.median.score, `${l.median.score} (runs: ${l.runs.map((r) => r.score).join(', ')})`],
    ],
  );
  for (const [key, label] of [
    ['fcpMs', 'First Contentful Paint'],
    ['lcpMs', 'Largest Contentful Paint'],
    ['tbtMs', 'Total Blocking Time'],
    ['speedIndexMs', 'Speed Index'],
  ]) {
    const pick = (l) => [Math.round(l.median[key]), ms(l.median[key])];
    add(lighthouse, `lighthouse.${key}`, `… ${label} (median run)`, info, pick, [
      floorParts.lighthouse,
      pick,
    ]);
  }
  const cls = (l) => [Number(l.median.cls.toFixed(3)), l.median.cls.toFixed(3)];
  add(lighthouse, 'lighthouse.cls', '… Cumulative Layout Shift (median run)', info, cls, [
    floorParts.lighthouse,
    cls,
  ]);

  // The large scenario failed as a whole (its page never loaded), or part by part.
  const { search, rows, paging, heap, firstLoad } = large.error
    ? { search: large, rows: large, paging: large, heap: large, firstLoad: large }
    : large.value;
  const searchFigure = (key) => (s) => [s[key], `${ms(s[key])} (${s.count} searches)`];
  add(search, 'search.p50Ms', 'Large: search keystroke → rows, p50', info, searchFigure('p50Ms'), [
    floorParts.search,
    searchFigure('p50Ms'),
  ]);
  add(
    search,
    'search.p95Ms',
    'Large: search keystroke → rows, p95',
    atMost(budgets.searchP95Ms, `≤ ${budgets.searchP95Ms} ms`),
    searchFigure('p95Ms'),
    [floorParts.search, searchFigure('p95Ms')],
  );
  add(search, 'search.maxMs', 'Large: search keystroke → rows, max', info, searchFigure('maxMs'), [
    floorParts.search,
    searchFigure('maxMs'),
  ]);
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
  const longestTask = (s) => [
    s.longestTaskMs,
    `${ms(s.longestTaskMs)} (${s.longTasksOver50} tasks > 50 ms)`,
  ];
  add(search, 'search.longestTaskMs', 'Large: longest task while searching', info, longestTask, [
    floorParts.search,
    longestTask,
  ]);
  const heapFigure = (h) => [h.usedMB, `${h.usedMB.toFixed(1)} MB`];
  add(heap, 'heapUsedMB', 'Large: JS heap after GC, runs done', info, heapFigure, [
    floorParts.heap,
    heapFigure,
  ]);
  if (!heap.error && heap.value.worker) {
    add(heap, 'workerHeapUsedMB', "… the mock worker's JS heap after GC", info, (h) => [
      h.worker.usedMB,
      `${h.worker.usedMB.toFixed(1)} MB (page and worker: ${(h.usedMB + h.worker.usedMB).toFixed(1)} MB)`,
    ]);
  }
  const loadFigure = (loadMs) => [loadMs, ms(loadMs)];
  add(firstLoad, 'largeFirstLoadMs', 'Large: first load until rows show', info, loadFigure, [
    floorParts.firstLoad,
    loadFigure,
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
/** The bar's status, and the target's where there is one. */
const statusText = (f) =>
  f.targetMet === null ? status(f.met) : `${status(f.met)}; target ${status(f.targetMet)}`;

export function markdownTable(figures) {
  const cell = (text) => String(text).replaceAll('|', '\\|').replaceAll('\n', ' ');
  return [
    '| figure | value | floor | ratio | bar | target | status |',
    '|---|---|---|---|---|---|---|',
    ...figures.map((f) => {
      const ratio = f.ratio === null ? '—' : `${f.ratio.toFixed(2)}×`;
      const cells = [f.label, f.text, f.floorText ?? '—', ratio, f.bar || '—', f.target ?? '—'];
      return `| ${[...cells, statusText(f)].map(cell).join(' | ')} |`;
    }),
  ].join('\n');
}

export function toJson({ figures, details, meta }) {
  const withTargets = figures.filter((f) => f.targetMet !== null);
  return {
    ...meta,
    allBarsMet: figures.every((f) => f.met !== false),
    targetsMet: withTargets.filter((f) => f.targetMet).length,
    targetsTotal: withTargets.length,
    figures: figures.map((f) => ({
      ...f,
      status: status(f.met),
      targetStatus: f.targetMet === null ? null : status(f.targetMet),
    })),
    details,
  };
}
