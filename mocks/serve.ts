/**
 * `npm run api` and `npm start`: the mock API over HTTP, and with `--app` a production build on
 * the same origin. Listens on 127.0.0.1 only.
 */
import { parseArgs } from 'node:util';
import { DEMO_ADMIN_TOKENS } from '../src/api/contract/mock';
import { createApiServer } from './http-server';
import { isScenarioName, SCENARIOS } from './scenarios/scenarios';

const USAGE = `Usage: npm run api -- [--port 8787] [--scenario ${SCENARIOS.join('|')}] [--seed N] [--latency MS]
       npm start -- [the same options]   (also serves the production build)`;

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

/** Loopback only: the demo tokens and the test hooks are for this machine. */
const HOST = '127.0.0.1';

function options() {
  try {
    return parseArgs({
      options: {
        port: { type: 'string', default: process.env.PORT ?? '8787' },
        scenario: { type: 'string', default: 'default' },
        seed: { type: 'string' },
        latency: { type: 'string', default: '0' },
        app: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}
const values = options();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) fail(`Not a port: ${values.port}`);
if (!isScenarioName(values.scenario)) fail(`Not a scenario: ${values.scenario}`);
const seed = values.seed === undefined ? undefined : Number(values.seed);
if (seed !== undefined && !Number.isInteger(seed)) fail(`Not a seed: ${values.seed}`);
const latencyMs = Number(values.latency);
if (!Number.isFinite(latencyMs) || latencyMs < 0 || latencyMs > 30_000) {
  fail(`Not a latency in ms (0–30000): ${values.latency}`);
}

const started = Date.now();
const { app } = createApiServer({
  scenario: values.scenario,
  seed,
  latencyMs,
  appDir: values.app ?? null,
});
const server = app.listen(port, HOST, () => {
  const address = server.address();
  const origin = `http://${HOST}:${typeof address === 'object' && address ? address.port : port}`;
  console.log(
    [
      `Audio Conferencing API (mock, scenario ${values.scenario}${seed === undefined ? '' : `, seed ${seed}`}, latency ${latencyMs} ms) ready in ${Date.now() - started} ms`,
      values.app ? `  App:      ${origin}/users` : null,
      `  API:      ${origin}/api`,
      `  Contract: ${origin}/api/openapi.json`,
      `  Tokens:   ${origin}/api/_mock/tokens  (Authorization: Bearer ${DEMO_ADMIN_TOKENS.TeamsAdministrator} …)`,
    ]
      .filter(Boolean)
      .join('\n'),
  );
});

server.on('error', (error: NodeJS.ErrnoException) =>
  fail(
    error.code === 'EADDRINUSE'
      ? `Port ${port} is in use: stop what listens there, or choose another with --port.`
      : error.message,
  ),
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
