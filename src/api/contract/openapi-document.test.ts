import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFaultState, NO_FAULTS } from '../../../mocks/faults';
import { createHandlers } from '../../../mocks/handlers/handlers';
import { createMockStore } from '../../../mocks/store';
import { buildOpenApiDocument } from './openapi-document';
import { ALL_ROUTES } from './routes';

const committed = JSON.parse(readFileSync('openapi.json', 'utf8')) as {
  info: { version: string };
  paths: Record<string, Record<string, { operationId: string }>>;
};
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/** `GET /api/users/:userId`, as a handler registers it. */
function documentedOperations(): string[] {
  return Object.entries(committed.paths).flatMap(([path, operations]) =>
    Object.keys(operations).map(
      (method) => `${method.toUpperCase()} /api${path.replace(/\{(\w+)\}/g, ':$1')}`,
    ),
  );
}

describe('openapi.json: the contract, generated', () => {
  it('is fresh: what `npm run openapi` writes now is what is committed', () => {
    expect(
      buildOpenApiDocument(version),
      'openapi.json is stale: run `npm run openapi` and commit it',
    ).toEqual(committed);
  });

  it('has every handler route, and a handler for every path it has', () => {
    const handlers = createHandlers({
      store: createMockStore({ storage: null }),
      faults: createFaultState(NO_FAULTS),
    });
    const registered = handlers.map(
      (handler) => `${handler.info.method} ${String(handler.info.path)}`,
    );
    expect(new Set(registered).size, 'no route is registered twice').toBe(registered.length);
    expect([...registered].sort()).toEqual(documentedOperations().sort());
  });

  it('declares each route once: unique operation ids, unique method and path', () => {
    const ids = ALL_ROUTES.map((route) => route.operationId);
    const keys = ALL_ROUTES.map((route) => `${route.method} ${route.path}`);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(keys).size).toBe(keys.length);
    expect(documentedOperations()).toHaveLength(ALL_ROUTES.length);
  });
});
