import { HttpResponse } from 'msw';
import { dialInRequestSchema } from '../../src/api/contract';
import { dialIn, endMeeting, listMeetings } from '../domain/dial-in';
import type { MockServerParts } from './parts';
import { parseBody, toResponse } from './http';

/** The simulated bridge (mock mode only): callers dial in with an ID and maybe a PIN. */
export function dialInHandlers({ route, store }: MockServerParts) {
  return [
    route('post', '/dial-in', async ({ request }) => {
      const body = await parseBody(request, dialInRequestSchema);
      if (!body.ok) return toResponse(body);
      const { conferenceId, pin } = body.value;
      return HttpResponse.json(
        store.write((tenant) => dialIn(tenant, conferenceId, pin)),
        {
          headers: { 'Cache-Control': 'no-store' },
        },
      );
    }),
    route('get', '/dial-in/meetings', () =>
      HttpResponse.json({ items: listMeetings(store.read()) }),
    ),
    route<{ conferenceId: string }>('post', '/dial-in/meetings/:conferenceId/end', ({ params }) => {
      store.write((tenant) => endMeeting(tenant, params.conferenceId));
      return new HttpResponse(null, { status: 204 });
    }),
  ];
}
