import { HttpResponse } from 'msw';
import { dialInRoute, endMeetingRoute, listMeetingsRoute } from '../../src/api/contract/dial-in';
import { dialIn, endMeeting, listMeetings } from '../domain/dial-in';
import { settledTenant } from './meetings';
import type { MockServerParts } from './parts';
import { refuse } from '../domain/result';
import { noContent, toResponse } from './http';

/** The simulated bridge (mock only): callers dial in with an ID and maybe a PIN. */
export function dialInHandlers(parts: MockServerParts) {
  const {
    router: { route },
    store,
  } = parts;
  return [
    // M4: the invites as they are now, migrations that fell due having run.
    route(dialInRoute, ({ body }) => {
      settledTenant(parts);
      return HttpResponse.json(
        store.write((tenant) => dialIn(tenant, body.conferenceId, body.pin)),
      );
    }),
    route(listMeetingsRoute, () => HttpResponse.json({ items: listMeetings(store.read()) })),
    route(endMeetingRoute, ({ params }) =>
      store.write((tenant) => endMeeting(tenant, params.conferenceId))
        ? noContent()
        : toResponse(refuse('not_found', 'No meeting with this conference ID is on the bridge.')),
    ),
  ];
}
