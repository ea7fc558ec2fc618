import {
  sendConferenceInfoRequestSchema,
  setConferenceIdRequestSchema,
  updateAudioConferencingRequestSchema,
} from '../../src/api/contract';
import { resetConferenceId, sendConferenceInfo } from '../domain/actions';
import { setConferenceId } from '../domain/set-conference-id';
import { updateAudioConferencing } from '../domain/update-audio-conferencing';
import type { MockServerParts } from './parts';
import { userTarget } from './change';
import { parseBody, toResponse } from './http';

const NO_STORE = { 'Cache-Control': 'no-store' };

/** A4: the version of the user the change was made against. */
const ifMatch = (request: Request) => request.headers.get('If-Match') ?? undefined;

type UserParams = { userId: string };

export function audioConferencingHandlers({ route, store, ctx, guarded }: MockServerParts) {
  const onUser = { target: userTarget };
  return [
    route<UserParams>(
      'post',
      '/users/:userId/conference-id/reset',
      guarded<UserParams>('resetConferenceId', onUser, ({ params, request }) =>
        toResponse(
          store.write((tenant) => resetConferenceId(tenant, ctx, params.userId, ifMatch(request))),
          { headers: NO_STORE },
        ),
      ),
    ),
    route<UserParams>(
      'post',
      '/users/:userId/conference-id',
      guarded<UserParams>('setConferenceId', onUser, async ({ params, request }) => {
        const body = await parseBody(request, setConferenceIdRequestSchema);
        if (!body.ok) return toResponse(body);
        return toResponse(
          store.write((tenant) =>
            setConferenceId(tenant, ctx, params.userId, body.value.conferenceId, ifMatch(request)),
          ),
          { headers: NO_STORE },
        );
      }),
    ),
    route<UserParams>(
      'put',
      '/users/:userId/audio-conferencing',
      guarded<UserParams>('updateAudioConferencing', onUser, async ({ params, request }) => {
        const body = await parseBody(request, updateAudioConferencingRequestSchema);
        if (!body.ok) return toResponse(body);
        return toResponse(
          store.write((tenant) =>
            updateAudioConferencing(tenant, ctx, params.userId, body.value, ifMatch(request)),
          ),
          { headers: NO_STORE },
        );
      }),
    ),
    route<UserParams>(
      'post',
      '/users/:userId/conference-info/send',
      guarded<UserParams>('sendConferenceInfo', onUser, async ({ params, request }) => {
        const body = await parseBody(request, sendConferenceInfoRequestSchema);
        if (!body.ok) return toResponse(body);
        return toResponse(
          store.write((tenant) => sendConferenceInfo(tenant, ctx, params.userId, body.value.to)),
          { headers: NO_STORE },
        );
      }),
    ),
  ];
}
