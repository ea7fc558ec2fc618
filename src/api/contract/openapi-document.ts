/**
 * The contract as an OpenAPI 3.1 document, made from the route declarations and their zod
 * schemas (zod 4's JSON Schema output). `npm run openapi` writes it to `openapi.json`; a test
 * keeps that file fresh. Not part of the app: only the script and the tests import it.
 */
import { z } from 'zod/mini';
import { TAGS, errorStatuses, paramNames, type RouteDefinition } from './route';
import { ALL_ROUTES, CONTRACT_MODULES } from './routes';

type Json = Record<string, unknown>;

const ERROR_RESPONSES: Record<number, { name: string; description: string }> = {
  400: {
    name: 'BadRequest',
    description: 'The request is not valid: `fieldErrors` names each field. Nothing was changed.',
  },
  401: {
    name: 'Unauthorized',
    description: 'No bearer token, or one the server doesn’t know. Nothing was changed.',
  },
  403: {
    name: 'Forbidden',
    description:
      'The caller may not do this (A1): a Global Reader’s change, a user on an admin route, an admin on a user’s own. Nothing was changed.',
  },
  404: { name: 'NotFound', description: 'No such user, site or policy.' },
  409: {
    name: 'Conflict',
    description:
      'Not possible now (`unavailable`: the rules say why), or an `Idempotency-Key` whose first request is still running (`in_progress`) or was a PIN reset already done (`already_done`).',
  },
  412: {
    name: 'PreconditionFailed',
    description:
      'The `If-Match` version is stale: someone changed the user since (A4). Nothing was changed.',
  },
  422: {
    name: 'IdempotencyMismatch',
    description: 'This `Idempotency-Key` was used for a different request.',
  },
};

function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function isSchema(value: unknown): value is z.ZodMiniType {
  return typeof value === 'object' && value !== null && '_zod' in value;
}

/** Every exported schema of the contract, by its component name (`userDetailSchema` → `UserDetail`). */
function namedSchemas(): Map<z.ZodMiniType, string> {
  const names = new Map<z.ZodMiniType, string>();
  for (const module of Object.values(CONTRACT_MODULES)) {
    for (const [exportName, value] of Object.entries(module)) {
      if (isSchema(value) && exportName.endsWith('Schema') && !names.has(value)) {
        names.set(value, pascal(exportName.slice(0, -'Schema'.length)));
      }
    }
  }
  return names;
}

function ref(name: string): Json {
  return { $ref: `#/components/schemas/${name}` };
}

/** The `{name}` form of a path template. */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z]\w*)/g, '{$1}');
}

function stripMeta(schema: Json): Json {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
}

/** Removes the components nothing refers to (directly or through another component). */
function pruneUnused(document: Json, schemas: Record<string, Json>): Record<string, Json> {
  const used = new Set<string>();
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (typeof value !== 'object' || value === null) return;
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string') {
        const name = inner.replace('#/components/schemas/', '');
        if (!used.has(name) && schemas[name]) {
          used.add(name);
          visit(schemas[name]);
        }
      } else visit(inner);
    }
  };
  const { components, ...rest } = document as { components: Json };
  visit(rest);
  visit({ ...components, schemas: undefined });
  return Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name)));
}

function acceptsEmpty(schema: z.ZodMiniType): boolean {
  return schema.safeParse({}).success;
}

function operationOf(route: RouteDefinition, schemaName: (schema: z.ZodMiniType) => string): Json {
  const parameters: Json[] = paramNames(route.path).map((name) => ({
    name,
    in: 'path',
    required: true,
    description: route.params?.[name] ?? name,
    schema: { type: 'string', minLength: 1 },
  }));
  if (route.query) {
    const query = z.toJSONSchema(route.query, { io: 'input', unrepresentable: 'any' }) as Json;
    const properties = (query.properties ?? {}) as Record<string, Json>;
    const required = new Set((query.required as string[] | undefined) ?? []);
    for (const [name, schema] of Object.entries(properties)) {
      parameters.push({
        name,
        in: 'query',
        required: required.has(name),
        ...(schema.type === 'array' ? { style: 'form', explode: true } : {}),
        schema,
      });
    }
  }
  if (route.ifMatch) parameters.push({ $ref: '#/components/parameters/IfMatch' });
  if (route.idempotencyKey) parameters.push({ $ref: '#/components/parameters/IdempotencyKey' });

  const successHeaders: Json = {};
  if (route.etag) successHeaders.ETag = { $ref: '#/components/headers/ETag' };
  if (route.cache) {
    successHeaders['Cache-Control'] = {
      description:
        route.cache === 'no-store'
          ? 'Never stored by any cache: the answer may hold a one-time value (a PIN).'
          : 'Stored only if checked again before each use.',
      required: true,
      schema: { type: 'string', const: route.cache },
    };
  }
  if (route.idempotencyKey) {
    successHeaders['Idempotent-Replayed'] = { $ref: '#/components/headers/IdempotentReplayed' };
  }
  if (route.created) {
    successHeaders.Location = {
      description: 'Where what was made can be read.',
      required: true,
      schema: { type: 'string' },
    };
  }
  const status = route.response === null ? '204' : route.created ? '201' : '200';
  const success: Json = { description: route.responseDescription };
  if (Object.keys(successHeaders).length > 0) success.headers = successHeaders;
  if (route.response !== null) {
    success.content =
      route.responseFormat === 'csv'
        ? { 'text/csv': { schema: { type: 'string' } } }
        : { 'application/json': { schema: ref(schemaName(route.response)) } };
  }
  const responses: Json = { [status]: success };
  for (const code of errorStatuses(route)) {
    responses[String(code)] = { $ref: `#/components/responses/${ERROR_RESPONSES[code]!.name}` };
  }
  responses.default = { $ref: '#/components/responses/Error' };

  return {
    operationId: route.operationId,
    summary: route.summary,
    description: route.description ?? route.summary,
    tags: [route.tag],
    security: route.access === 'public' ? [] : [{ bearerToken: [] }],
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(route.body
      ? {
          requestBody: {
            required: !acceptsEmpty(route.body),
            content: { 'application/json': { schema: ref(schemaName(route.body)) } },
          },
        }
      : {}),
    responses,
    ...(route.mockOnly ? { 'x-mock-only': true } : {}),
    'x-access': route.access,
  };
}

export function buildOpenApiDocument(version: string): Json {
  const names = namedSchemas();
  const registry = z.registry<{ id: string }>();
  for (const [schema, name] of names) registry.add(schema, { id: name });
  // Schemas a route uses without naming them get the route's name.
  const schemaName = (schema: z.ZodMiniType): string => names.get(schema)!;
  for (const route of ALL_ROUTES) {
    for (const [schema, suffix] of [
      [route.body, 'Request'],
      [route.response, 'Response'],
    ] as const) {
      if (schema && !names.has(schema)) {
        const name = `${pascal(route.operationId)}${suffix}`;
        names.set(schema, name);
        registry.add(schema, { id: name });
      }
    }
  }
  const generated = z.toJSONSchema(registry, {
    uri: (id) => `#/components/schemas/${id}`,
    io: 'input',
    unrepresentable: 'any',
  }).schemas as Record<string, Json>;
  const schemas = Object.fromEntries(
    Object.entries(generated).map(([name, schema]) => [name, stripMeta(schema)]),
  );

  const paths: Record<string, Json> = {};
  for (const route of ALL_ROUTES) {
    (paths[openApiPath(route.path)] ??= {})[route.method] = operationOf(route, schemaName);
  }

  const document: Json = {
    openapi: '3.1.0',
    info: {
      title: 'Audio Conferencing admin center API',
      version,
      summary: 'Users’ dial-in identity: conference IDs, organizer PINs and the conference info.',
      description:
        'The HTTP contract of the Audio Conferencing admin center, generated from its zod schemas. Every request but the mock’s test hooks carries `Authorization: Bearer <token>`; every error is `{code, message, fieldErrors?}`. Changes carry `If-Match` (the user’s ETag; a stale one gets 412) and `Idempotency-Key` (a repeat is done once). Operations marked `x-mock-only` exist only on the mock server. Rule numbers (C2, P2, A4 …) refer to the product brief.',
      contact: { name: 'Audio Conferencing admin center' },
      license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' },
    },
    servers: [{ url: '/api', description: 'The admin center’s own origin' }],
    tags: Object.entries(TAGS).map(([name, description]) => ({ name, description })),
    paths,
    components: {
      securitySchemes: {
        bearerToken: {
          type: 'http',
          scheme: 'bearer',
          description:
            'An access token. The mock knows demo tokens: one per admin role and one per user (`demo-user-<userId>`), listed by `GET /_mock/tokens`.',
        },
      },
      parameters: {
        IfMatch: {
          name: 'If-Match',
          in: 'header',
          required: false,
          description: 'A4: the ETag of the version the change is made against; stale → 412.',
          schema: { type: 'string' },
        },
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description:
            'A4: the same key for a repeat of the same change (a retry) gets the first answer; another request with it gets 422. 1–200 characters, kept a day, per caller.',
          schema: { type: 'string', minLength: 1, maxLength: 200 },
        },
      },
      headers: {
        ETag: {
          description: 'The version of the user; send it back in `If-Match`.',
          required: true,
          schema: { type: 'string' },
        },
        IdempotentReplayed: {
          description:
            '`true` when this is the stored answer of an earlier request with the same `Idempotency-Key`.',
          schema: { type: 'string', const: 'true' },
        },
      },
      responses: {
        ...Object.fromEntries(
          Object.entries(ERROR_RESPONSES).map(([code, { name, description }]) => [
            name,
            {
              description,
              ...(code === '401'
                ? {
                    headers: {
                      'WWW-Authenticate': {
                        description: 'The Bearer challenge (RFC 6750).',
                        required: true,
                        schema: { type: 'string', pattern: '^Bearer ' },
                      },
                    },
                  }
                : {}),
              content: { 'application/json': { schema: ref('ApiErrorBody') } },
            },
          ]),
        ),
        Error: {
          description: 'The server failed (5xx): nothing was changed; try again.',
          content: { 'application/json': { schema: ref('ApiErrorBody') } },
        },
      },
      schemas,
    },
  };
  (document.components as Json).schemas = pruneUnused(document, schemas);
  return document;
}
