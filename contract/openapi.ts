/**
 * The contract suite's view of openapi.json: each operation, its parameters, and validators for
 * what it may answer (status, JSON body, required headers), compiled with Ajv (JSON Schema
 * 2020-12, as OpenAPI 3.1 uses).
 */
import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

type Json = Record<string, unknown>;

interface ParameterObject {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: Json;
}

/** The media types an answer may have: JSON, or a CSV file (a string). */
export type MediaType = 'application/json' | 'text/csv';

interface ResponseObject {
  description: string;
  headers?: Record<string, { required?: boolean; schema?: Json; $ref?: string }>;
  content?: Partial<Record<MediaType, { schema: Json }>>;
}

export interface Operation {
  operationId: string;
  method: string;
  /** The OpenAPI path, `/users/{userId}`. */
  path: string;
  mockOnly: boolean;
  access: string;
  parameters: ParameterObject[];
  requestBody?: { required: boolean; schema: Json };
  responses: Record<string, ResponseObject>;
}

export const document = JSON.parse(readFileSync('openapi.json', 'utf8')) as {
  paths: Record<string, Record<string, Json>>;
  components: Record<string, Record<string, Json>>;
};

const BASE = 'https://contract.invalid/openapi.json';
const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema({ $id: BASE, components: document.components });

/** Follows a local `$ref` (`#/components/…`) to what it names. */
function resolve<T>(value: T | { $ref: string }): T {
  if (value && typeof value === 'object' && '$ref' in value) {
    const path = (value as { $ref: string }).$ref.replace(/^#\//, '').split('/');
    let target: unknown = document;
    for (const part of path) target = (target as Json)[part];
    return resolve(target as T);
  }
  return value as T;
}

/** A schema of the document (maybe a `$ref`), as a validator. */
const validators = new Map<string, ValidateFunction>();
export function validatorOf(schema: Json): ValidateFunction {
  const key = JSON.stringify(schema);
  let validate = validators.get(key);
  if (!validate) {
    const rebased = JSON.parse(key.replaceAll('"#/components/', `"${BASE}#/components/`)) as Json;
    validate = ajv.compile(rebased);
    validators.set(key, validate);
  }
  return validate;
}

export const operations: Operation[] = Object.entries(document.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, raw]) => {
    const operation = raw as Json & {
      operationId: string;
      parameters?: (ParameterObject | { $ref: string })[];
      requestBody?: { required: boolean; content: { 'application/json': { schema: Json } } };
      responses: Record<string, ResponseObject | { $ref: string }>;
    };
    return {
      operationId: operation.operationId,
      method,
      path,
      mockOnly: operation['x-mock-only'] === true,
      access: String(operation['x-access'] ?? 'signed-in'),
      parameters: (operation.parameters ?? []).map((p) => resolve(p)),
      requestBody: operation.requestBody
        ? {
            required: operation.requestBody.required,
            schema: operation.requestBody.content['application/json'].schema,
          }
        : undefined,
      responses: Object.fromEntries(
        Object.entries(operation.responses).map(([status, response]) => [
          status,
          resolve(response),
        ]),
      ),
    };
  }),
);

export function operation(operationId: string): Operation {
  const found = operations.find((o) => o.operationId === operationId);
  if (!found) throw new Error(`openapi.json has no operation ${operationId}`);
  return found;
}

/** A request body's schema, resolved (for generating invalid inputs). */
export function bodySchemaOf(op: Operation): Json | undefined {
  return op.requestBody ? resolve(op.requestBody.schema as Json) : undefined;
}

export function resolveSchema(schema: Json): Json {
  return resolve(schema);
}

/** The media types `op` may answer with, its errors' JSON included (for `Accept`). */
export function mediaTypesOf(op: Operation): MediaType[] {
  const types = new Set<MediaType>();
  for (const response of Object.values(op.responses)) {
    for (const type of Object.keys(response.content ?? {})) types.add(type as MediaType);
  }
  return [...types];
}

/** An answer's media type as its Content-Type header names it (`text/csv; charset=utf-8` → `text/csv`). */
function mediaTypeOf(headers: Headers): string | null {
  const value = headers.get('Content-Type');
  return value === null ? null : value.split(';')[0]!.trim().toLowerCase();
}

/**
 * Whether an answer is one the contract allows: a documented status (a 4xx must be listed; a 5xx
 * falls to `default`; a 201 is checked as documented, `Location` and all), every required header
 * (with its `const` or `pattern`), a Content-Type of one of the response's media types, and a
 * body that validates against that media type's schema: JSON parsed, a CSV file as its text.
 * Returns what is wrong, or nothing.
 */
export function contractProblems(
  op: Operation,
  status: number,
  headers: Headers,
  body: unknown,
): string[] {
  const listed = op.responses[String(status)];
  const response = listed ?? (status >= 500 ? op.responses.default : undefined);
  if (!response) return [`${status} is not a documented answer of ${op.operationId}`];
  const problems: string[] = [];
  for (const [name, raw] of Object.entries(response.headers ?? {})) {
    const header = resolve(raw as { required?: boolean; schema?: Json });
    const value = headers.get(name);
    if (value === null) {
      if (header.required) problems.push(`header ${name} is missing`);
      continue;
    }
    const schema = header.schema ?? {};
    if ('const' in schema && value !== schema.const) {
      problems.push(`header ${name} is "${value}", not "${String(schema.const)}"`);
    }
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern).test(value)) {
      problems.push(`header ${name} "${value}" doesn't match ${schema.pattern}`);
    }
  }
  const content = response.content ?? {};
  const documented = Object.keys(content) as MediaType[];
  if (documented.length > 0) {
    const type = mediaTypeOf(headers);
    const media = documented.find((candidate) => candidate === type);
    if (!media) {
      problems.push(
        `Content-Type is ${type === null ? 'missing' : `"${headers.get('Content-Type')}"`}, not ${documented.join(' or ')}`,
      );
      return problems;
    }
    if (media === 'text/csv' && typeof body !== 'string') {
      problems.push(`a ${media} body is text, not ${body === undefined ? 'empty' : 'JSON'}`);
      return problems;
    }
    const validate = validatorOf(content[media]!.schema);
    if (!validate(body)) {
      problems.push(
        `body doesn't match the schema: ${ajv.errorsText(validate.errors, { separator: '; ' })}`,
      );
    }
  } else if (status !== 204 && body !== undefined && status < 500) {
    problems.push(`${status} has a body the contract doesn't describe`);
  }
  return problems;
}
