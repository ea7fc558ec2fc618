import { HttpResponse } from 'msw';
import openapi from '../../openapi.json' with { type: 'json' };
import { getOpenApiRoute } from '../../src/api/contract/openapi';
import type { MockServerParts } from './parts';

/** GET /openapi.json: the contract every host of the mock serves, as `npm run openapi` wrote it. */
export function contractHandlers({ router: { route } }: MockServerParts) {
  return [route(getOpenApiRoute, () => HttpResponse.json(openapi))];
}
