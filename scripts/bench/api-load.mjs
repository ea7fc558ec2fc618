// `npm run api` under load: GET /api/users?search= from 50 connections at once, against the
// `large` scenario (100,000 users), bounded in count and time. Latency per request (p50, p95,
// p99, max), throughput and errors.
import { startApi } from '../start-api.mjs';

const CONNECTIONS = 50;
const REQUESTS = 5_000;
const WARM_UP = 250;
const TIME_LIMIT_MS = 30_000;
const TOKEN = 'demo-teams-administrator';

/** Search terms that find people: the starts of the names on the first pages, and none at all. */
async function searchTerms(url) {
  const terms = new Set(['']);
  for (let page = 1; page <= 5; page++) {
    const response = await fetch(`${url}/users?page=${page * 37}&pageSize=100`, {
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    const { items } = await response.json();
    for (const user of items) {
      for (const word of user.displayName.toLowerCase().split(/\s+/)) {
        for (const length of [2, 3, 5]) if (word.length >= length) terms.add(word.slice(0, length));
      }
    }
  }
  return [...terms];
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

export async function measureApiLoad({ port, log }) {
  log(`Starting the mock API (large scenario) on port ${port}`);
  const started = performance.now();
  const api = await startApi({ port, scenario: 'large' });
  const startupMs = performance.now() - started;
  try {
    const terms = await searchTerms(api.url);
    let next = 0;
    const run = async (count, latencies, errors, deadline) => {
      const worker = async () => {
        while (next < count && performance.now() < deadline) {
          const term = terms[next++ % terms.length];
          const begin = performance.now();
          try {
            const response = await fetch(`${api.url}/users?search=${encodeURIComponent(term)}`, {
              headers: { Authorization: `Bearer ${TOKEN}` },
            });
            await response.arrayBuffer();
            if (response.status !== 200) errors.push(response.status);
          } catch (error) {
            errors.push(String(error));
          }
          latencies.push(performance.now() - begin);
        }
      };
      await Promise.all(Array.from({ length: CONNECTIONS }, worker));
    };
    log(`Load: ${CONNECTIONS} connections, ${REQUESTS} requests over ${terms.length} search terms`);
    await run(WARM_UP, [], [], performance.now() + TIME_LIMIT_MS);
    next = 0;
    const latencies = [];
    const errors = [];
    const begin = performance.now();
    await run(REQUESTS, latencies, errors, begin + TIME_LIMIT_MS);
    const elapsedMs = performance.now() - begin;
    const sorted = [...latencies].sort((a, b) => a - b);
    const round = (value) => Math.round(value * 10) / 10;
    return {
      connections: CONNECTIONS,
      requests: latencies.length,
      errors: errors.length,
      p50Ms: round(percentile(sorted, 50)),
      p95Ms: round(percentile(sorted, 95)),
      p99Ms: round(percentile(sorted, 99)),
      maxMs: round(sorted[sorted.length - 1]),
      requestsPerSecond: Math.round((latencies.length / elapsedMs) * 1000),
      startupMs: Math.round(startupMs),
    };
  } finally {
    await api.stop();
  }
}
