import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createMiddleware } from '@mswjs/http-middleware';
import express from 'express';
import { isPagePath, pageResponse, SECURITY_HEADERS } from '../config/csp';
import type { ApiErrorBody } from '../src/api/contract/common';
import { prepareUserSearch } from './domain/user-query';
import { createFaultState, NO_FAULTS } from './faults';
import { createServedHandlers } from './handlers/handlers';
import { createMockStore } from './store';

export interface ApiServerOptions {
  scenario?: string;
  seed?: number;
  latencyMs?: number;
  /** A production build to serve on the same origin (`npm start`); none for the API alone. */
  appDir?: string | null;
}

/** The most a request body may hold: every body of the contract is far smaller. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * The mock as a real HTTP API (`npm run api`): the one handler set, through MSW's maintained
 * Express adapter, on one in-memory tenant that every client shares. With `appDir` it also serves
 * the production build on the same origin, as a deployment would (`npm start`). It is for this
 * machine only: it answers only requests addressed to a loopback name, and changes only from
 * pages of this machine.
 */
export function createApiServer(options: ApiServerOptions = {}) {
  const store = createMockStore({ storage: null, scenario: options.scenario, seed: options.seed });
  const faults = createFaultState({ ...NO_FAULTS, latencyMs: options.latencyMs ?? 0 });
  // The tenant and its search index are made before the first request, not during it.
  prepareUserSearch(store.read()).step();
  const handle = createMiddleware(...createServedHandlers({ store, faults }));

  const app = express();
  app.disable('x-powered-by');
  app.use((_req, res, next) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    next();
  });
  app.use(refuseWhatIsNotForThisMachine);
  app.use(allowLocalOrigins);
  app.use(dropConnectionOnNetworkError);
  // Express 4 doesn't wait for an async middleware: whatever it throws goes to the error handler.
  app.use((req, res, next) => void Promise.resolve(handle(req, res, next)).catch(next));
  app.use('/api', (req, res) => {
    refuse(res, 404, {
      code: 'not_found',
      message: `The API has no ${req.method} ${req.baseUrl}${req.path}.`,
    });
  });
  if (options.appDir) serveApp(app, options.appDir);
  app.use(answerFailuresAsJson);
  return { app, store, faults };
}

function refuse(res: express.Response, status: number, body: ApiErrorBody) {
  res.status(status).setHeader('Cache-Control', 'no-store').json(body);
}

const LOOPBACK_HOST = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;
const LOCAL_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;

/**
 * Refuses, before any handler runs: a request addressed to another name (DNS rebinding), a path
 * whose escapes don't decode, a change sent from a page of another origin (the browser sends its
 * Origin: this stops cross-site requests to the test hooks), a body over the limit.
 */
function refuseWhatIsNotForThisMachine(
  req: express.Request,
  res: express.Response,
  next: express.NextFunction,
) {
  if (!LOOPBACK_HOST.test(req.headers.host ?? '')) {
    return refuse(res, 400, {
      code: 'validation',
      message: 'This server answers only requests to 127.0.0.1 or localhost.',
    });
  }
  try {
    decodeURIComponent(req.path);
  } catch {
    return refuse(res, 400, {
      code: 'validation',
      message: 'The path has an escape (%…) that is not valid.',
    });
  }
  const origin = req.headers.origin;
  if (origin && !LOCAL_ORIGIN.test(origin) && !['GET', 'HEAD', 'OPTIONS'].includes(req.method)) {
    return refuse(res, 403, {
      code: 'forbidden',
      message: 'Changes are accepted only from pages of this machine.',
    });
  }
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
    return refuse(res, 413, {
      code: 'validation',
      message: `A request body holds at most ${MAX_BODY_BYTES / 1024} KB.`,
    });
  }
  next();
}

/**
 * CORS for pages on this machine: a dev server on another port (`VITE_API_MOCKING=false
 * VITE_API_BASE_URL=http://127.0.0.1:8787/api npm run dev`) may call the API. Nothing else may.
 */
function allowLocalOrigins(
  req: express.Request,
  res: express.Response,
  next: express.NextFunction,
) {
  const origin = req.headers.origin;
  if (origin && LOCAL_ORIGIN.test(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Vary', 'Origin');
    res.setHeader('Access-Control-Expose-Headers', 'ETag, Idempotent-Replayed, WWW-Authenticate');
    if (req.method === 'OPTIONS') {
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, DELETE');
      res.setHeader(
        'Access-Control-Allow-Headers',
        'Authorization, Content-Type, If-Match, Idempotency-Key',
      );
      res.setHeader('Access-Control-Max-Age', '600');
      res.status(204).end();
      return;
    }
  }
  next();
}

/**
 * A mocked network error (`Response.error()`: offline, a dropped answer) has no status: the
 * connection is closed without an answer, as a failed network closes it.
 */
function dropConnectionOnNetworkError(
  req: express.Request,
  res: express.Response,
  next: express.NextFunction,
) {
  const writeHead = res.writeHead;
  res.writeHead = function (this: express.Response, status: number, ...rest: unknown[]) {
    if (status === 0) {
      req.socket.destroy();
      return this;
    }
    return (writeHead as (...args: unknown[]) => express.Response).call(this, status, ...rest);
  } as typeof res.writeHead;
  next();
}

/** What no handler answered because it failed: the contract's error body, never a stack trace. */
function answerFailuresAsJson(
  error: unknown,
  req: express.Request,
  res: express.Response,
  _next: express.NextFunction,
) {
  console.error(`${req.method} ${req.path} failed:`, error);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  refuse(res, 500, {
    code: 'server_error',
    message: 'The server failed. What you asked may not have been done: check, then try again.',
  });
}

/** The production build: its files as they are, every page the app's index.html with a CSP. */
function serveApp(app: express.Express, appDir: string) {
  const indexFile = path.join(appDir, 'index.html');
  if (!existsSync(indexFile))
    throw new Error(`No production build in ${appDir}: run the build first.`);
  const html = readFileSync(indexFile, 'utf8');
  app.get('*', (req, res, next) => {
    if (!isPagePath(req.path)) return next();
    const page = pageResponse(html);
    res.set(page.headers).send(page.body);
  });
  app.use(
    '/assets',
    express.static(path.join(appDir, 'assets'), { immutable: true, maxAge: '1y', index: false }),
  );
  app.use(express.static(appDir, { index: false }));
}
