/** The contract as an OpenAPI 3.1 document (generated from these declarations: `npm run openapi`). */
import { z } from 'zod/mini';
import { defineRoute } from './route';

export const getOpenApiRoute = defineRoute({
  operationId: 'getOpenApiDocument',
  method: 'get',
  path: '/openapi.json',
  summary: 'This contract, as an OpenAPI 3.1 document',
  tag: 'Contract',
  access: 'public',
  response: z.record(z.string(), z.unknown()),
  responseDescription: 'The OpenAPI document.',
});
