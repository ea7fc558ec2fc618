import { sendConferenceInfoRequestSchema } from '../../src/api/contract';
import { resetConferenceId, resetPin, sendConferenceInfo } from '../domain/actions';
import type { MockServerParts } from './parts';
import { parseBody, toResponse } from './http';

const NO_STORE = { 'Cache-Control': 'no-store' };

export function audioConferencingHandlers({ route, store, ctx }: MockServerParts) {
  return [
    route<{ userId: string }>('post', '/users/:userId/conference-id/reset', ({ params }) =>
      toResponse(
        store.write((tenant) => resetConferenceId(tenant, ctx, params.userId)),
        { headers: NO_STORE },
      ),
    ),
    // P2: the one response that carries a PIN; never cached anywhere.
    route<{ userId: string }>('post', '/users/:userId/pin/reset', ({ params }) =>
      toResponse(
        store.write((tenant) => resetPin(tenant, ctx, params.userId)),
        { headers: NO_STORE },
      ),
    ),
    route<{ userId: string }>(
      'post',
      '/users/:userId/conference-info/send',
      async ({ params, request }) => {
        const body = await parseBody(request, sendConferenceInfoRequestSchema);
        if (!body.ok) return toResponse(body);
        return toResponse(
          store.write((tenant) => sendConferenceInfo(tenant, ctx, params.userId, body.value.to)),
          { headers: NO_STORE },
        );
      },
    ),
  ];
}
